"""The import contracts in pyproject.toml ([tool.importlinter]) hold, checked by
import-linter as CI does; and a contract broken on purpose fails the check, so a
passing run means something. tests/test_boundaries.py checks similar rules on
the AST without the tool."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

# the venv's own lint-imports, next to the interpreter running the tests
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(cwd: Path, pythonpath: Path | None = None) -> subprocess.CompletedProcess[str]:
    if not LINT_IMPORTS.exists():
        pytest.fail(f"{LINT_IMPORTS} is missing: install the test extra, pip install -e '.[test]'")
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(pythonpath), env.get("PYTHONPATH", "")])
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],  # no cache folder left in the checkout
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_import_contracts_hold():
    proc = lint_imports(ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 broken" in proc.stdout


def _python_only(folder: str, names: list[str]) -> list[str]:
    return [n for n in names if n == "__pycache__" or ("." in n and not n.endswith(".py"))]


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("model.py", "import PySide6", "Only the window imports Qt"),
        (
            "report/__init__.py",
            "from workbench.ui import window",
            "The core never imports the window",
        ),
        ("judge/engine.py", "from workbench import align", "Layers: the shells over the log"),
        ("facts/time/find.py", "from workbench import store", "Layers: the shells over the log"),
        ("facts/quote/find.py", "from workbench.facts import time", "The fact families are"),
        ("store/log.py", "from workbench import judge", "The review log stores records"),
    ],
)
def test_a_broken_contract_fails(tmp_path, module, line, contract):
    """A copy of the package with one violating import, found first on the path,
    in a folder holding the project's configuration."""
    shutil.copytree(ROOT / "workbench", tmp_path / "workbench", ignore=_python_only)
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / "workbench" / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")
    proc = lint_imports(tmp_path, pythonpath=tmp_path)
    output = proc.stdout + proc.stderr
    assert proc.returncode != 0, output
    # the summary line: "<name> BROKEN" or "<name> BROKEN (3 ignored imports)"
    summary = [ln for ln in output.splitlines() if ln.startswith(contract)]
    assert summary and " BROKEN" in summary[0], output
