"""The core and the check/review/report paths never import Qt."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT, SEEDS

BLOCK = """
import sys, importlib.abc
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'):
            raise ImportError('Qt is blocked in this test: ' + name)
sys.meta_path.insert(0, Block())
"""


def test_core_and_cli_run_with_qt_unimportable(tmp_path):
    code = (
        BLOCK
        + f"""
import workbench.analysis, workbench.store, workbench.report, workbench.cli, workbench.service
from workbench.cli import main
db = {str(tmp_path / "db.sqlite")!r}
assert main(['check', *{[str(s) for s in SEEDS]!r}, '--db', db, '-q']) == 0
assert main(['report', '--db', db, '--format', 'md']) == 0
assert not [m for m in sys.modules if m.startswith('PySide6')]
print('QT-FREE OK')
"""
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert res.returncode == 0, res.stderr
    assert "QT-FREE OK" in res.stdout
