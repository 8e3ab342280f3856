"""Partner-facing pages of the activiteiten app, mounted under /partner/."""
