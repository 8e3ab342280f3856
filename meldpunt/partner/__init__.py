"""Partner-facing pages of the meldpunt app, mounted under /partner/."""
