"""Data files of Claim Workbench (icons, stylesheets, desktop integration).

Installed as the package ``workbench.resources`` and read through
``importlib.resources`` (see ``workbench/ui/resources.py``), so the same
code finds them in a source checkout, an installed wheel and a frozen build.
"""
