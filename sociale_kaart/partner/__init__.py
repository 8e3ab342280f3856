"""Partner-facing pages of the sociale_kaart app, mounted under /partner/."""
