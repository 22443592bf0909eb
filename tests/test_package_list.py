"""The installed app holds every package: pyproject.toml lists packages by
name (so resource folders are not mistaken for packages), and a package left
off the list is missing from a wheel while an editable install still works —
which is how `workbench.judge` once went unlisted."""

from __future__ import annotations

import tomllib

from conftest import ROOT


def test_every_package_folder_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "workbench").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert found - listed == set(), "add these to [tool.setuptools] packages"
    assert listed - found == {"workbench.resources"}, "listed but not a package folder"
