"""The window: a thin Qt shell over the core.

Nothing in here decides anything about claims or discrepancies; it shows
what :mod:`workbench.analysis` found and writes what the editor decides
through :class:`workbench.store.ReviewLog`.
"""
