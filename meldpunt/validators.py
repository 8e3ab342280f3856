"""Checks and clean-ups of what people type into the meldpunt form.

The phone rule is the portal's one rule, shared with the partner forms and
activities: it lives in ``lansingerland.validators``.
"""

from lansingerland.validators import normalize_phone

__all__ = ["normalize_phone"]
