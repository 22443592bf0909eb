"""The correction report, byte for byte, in every format.

Two review logs made from the seeds with four decisions (one bound to an
article; in the second, orphaned by checking fewer articles) are kept in
fixtures/reports, so the analysis engine changing its findings does not
move this test. Each is rendered with the clock and the version pinned and
compared with the reports next to it, which were written before the store
handed out typed records. Regenerate them only for an intended change of
the report or of the log: ``python tests/test_report_identity.py``, or, for
a change of the report alone, ``python tests/test_report_identity.py
--outputs`` (the kept logs rendered again, not remade).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from unittest import mock

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from conftest import SEEDS  # noqa: E402

from workbench import report  # noqa: E402
from workbench.cli import main  # noqa: E402
from workbench.store import ReviewLog, log  # noqa: E402

EXPECTED = ROOT / "tests" / "fixtures" / "reports"
FORMATS = ("md", "html", "csv", "json")


def make_log(folder: Path, orphan: bool) -> Path:
    """Seeds checked and four decisions; with ``orphan``, then checked again
    without the seed every flag involves (the reviews are orphaned)."""
    db = folder / "review.sqlite"
    ticks = iter(f"2026-01-01T00:{i // 60:02d}:{i % 60:02d}Z" for i in range(3600))
    with mock.patch.object(log, "now", lambda: next(ticks)):
        assert main(["check", *map(str, SEEDS), "--db", str(db), "-q"]) == 0
        store = ReviewLog(db)
        try:
            flags = report.build_report(store)["discrepancies"]
        finally:
            store.close()
        decisions = [
            ["needs-correction", "--note", "agency says <b>50km</b>", "--correction",
             "=about 50km", "--reviewer", "ana", "--article", flags[0]["sides"][1]["article"]],
            ["disputed", "--note", "cut\nchanges | meaning", "--reviewer", "ben"],
            ["verified", "--reviewer", "kim"],
            ["dismissed", "--reviewer", ""],
        ]  # fmt: skip
        for flag, decision in zip(flags, decisions, strict=False):
            assert main(["review", flag["id"], "--db", str(db), "--status", *decision]) == 0
        if orphan:
            assert main(["check", *map(str, SEEDS[1:]), "--db", str(db), "-q"]) == 0
    return db


def render_all(db: Path, folder: Path) -> dict[str, str]:
    """Every format; the log's folder (named in the report) as ``<tmp>``."""
    out = {}
    with (
        mock.patch.object(report, "now", lambda: "2026-01-02T00:00:00Z"),
        mock.patch.object(report, "__version__", "0.0.test"),
    ):
        store = ReviewLog(db, create=False)
        try:
            for fmt in FORMATS:
                out[fmt] = report.render(store, fmt).replace(str(folder), "<tmp>")
        finally:
            store.close()
    return out


@pytest.mark.parametrize("state", ["decided", "orphaned"])
def test_report_is_byte_identical(tmp_path, state):
    db = tmp_path / "review.sqlite"
    shutil.copyfile(EXPECTED / f"{state}.sqlite", db)
    for fmt, got in render_all(db, tmp_path).items():
        expected = (EXPECTED / f"{state}.{fmt}").read_text(encoding="utf-8")
        assert got == expected, f"{state}.{fmt} differs"


if __name__ == "__main__":  # pragma: no cover - regenerates the expected files
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        EXPECTED.mkdir(parents=True, exist_ok=True)
        for state in ("decided", "orphaned"):
            folder = Path(tmp) / state
            folder.mkdir()
            if "--outputs" in sys.argv:
                db = folder / "review.sqlite"
                shutil.copyfile(EXPECTED / f"{state}.sqlite", db)
                for fmt, text in render_all(db, folder).items():
                    (EXPECTED / f"{state}.{fmt}").write_text(text, encoding="utf-8")
                continue
            db = make_log(folder, state == "orphaned")
            store = ReviewLog(db, create=False)
            (EXPECTED / f"{state}.sqlite").unlink(missing_ok=True)  # copy_to never replaces
            store.copy_to(EXPECTED / f"{state}.sqlite")
            store.close()
            for fmt, text in render_all(db, folder).items():
                (EXPECTED / f"{state}.{fmt}").write_text(text, encoding="utf-8")
