"""Claim Workbench: compare news reports of the same event claim by claim."""

__version__ = "0.1.0"
