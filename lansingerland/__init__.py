"""Samen aan zet: the portal of Lansingerland's coalition against loneliness."""
