"""The lexical path starts without NumPy: sqlite-utils would import it only to
map NumPy number types, which the review log never stores (issue 14). A check
of files starts without the web client and without the other commands'
modules (``serve``), which only a web address or that command needs."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT, SEEDS


def test_a_lexical_check_never_imports_numpy(tmp_path):
    code = f"""
import sys
from workbench.cli import main
db = {str(tmp_path / "db.sqlite")!r}
assert main(['check', *{[str(s) for s in SEEDS]!r}, '--db', db, '-q']) == 0
assert main(['report', '--db', db, '--format', 'md']) == 0
print(sorted(m for m in ('numpy', 'pandas') if m in sys.modules))
print(sorted(m for m in {UNNEEDED!r} if m in sys.modules))
"""
    env = {**os.environ, "WORKBENCH_EMBEDDINGS": "0"}
    res = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env
    )
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip().splitlines()[-2:] == ["[]", "[]"]


UNNEEDED = (
    "http.client",
    "ssl",
    "urllib.request",
    "workbench.articles.fetch",
    "workbench.articles.snapshots",
    "workbench.serve",
    "ctypes.util",
)


def test_a_check_of_web_addresses_still_fetches_them_with_the_client(tmp_path):
    """The client is imported where an address is met (a refused scheme says
    so as before: the check reads it with the fetcher's own message)."""
    from workbench.cli_sources import Sources

    unread: list[str] = []
    got = Sources(["ftp://example.org/a.html"], {}, unread, str(tmp_path / "db.sqlite"))
    assert got.articles == [] and len(unread) == 1 and "ftp://example.org/a.html" in unread[0]
    assert got.keep() == ""  # nothing fetched, nothing to keep


def test_numpy_imported_after_the_log_still_works():
    code = """
import workbench.store, sqlite_utils
import numpy
assert numpy.zeros(2).sum() == 0.0
print('ok')
"""
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "ok"
