"""User trial 48 (problem 4, and polish51's brief item 5): the window's
review panel said a finding's copies in ``copy_words``' long sentences over
every link among its sources ("Counted once: A shares long passages with B
and C — probably one wire story"), while ``check`` said who counts once
with whom in one clause over the links its count stands on, and the links
counted apart beside it. One function (``copy_groups.copies_said``) says it
for both, so the panel prints check's lines word for word."""

from __future__ import annotations

from pathlib import Path

from test_s34_polish import _copies, _write

from workbench.cli import main
from workbench.naming import labels
from workbench.store import ReviewLog
from workbench.ui.panel_text import all_versions
from workbench.ui.rows import finding_rows


def test_the_panel_says_the_copies_as_check_says_them(tmp_path: Path, capsys) -> None:
    texts = _copies()
    # three copies of one story (one edited), one of another toll
    texts["Herald"] = texts["Courier"].replace("until dark", "until nightfall")
    db = str(tmp_path / "l.sqlite")
    assert main(["check", *_write(tmp_path, texts), "--db", db]) == 0
    out = capsys.readouterr().out
    log = ReviewLog(db, create=False)
    try:
        rows = finding_rows(log.findings(), log.copies())
        names = labels(list(log.articles()))
    finally:
        log.close()
    said = [
        x.strip() for x in out.splitlines() if x.startswith(("  Counted once", "  Also linked"))
    ]
    assert said, out  # the story is told as copies: something to compare
    compared = 0
    for row in rows:
        block = out.split(f"[{row.id}]")[1].split("\n\n")[0] if f"[{row.id}]" in out else ""
        check_lines = [
            x.strip()
            for x in block.splitlines()
            if x.startswith(("  Counted once", "  Also linked"))
        ]
        if not check_lines:
            continue
        panel = all_versions(row, names)
        for line in check_lines:
            assert line in panel.splitlines(), (line, panel)
        assert "probably one wire story" not in panel  # the long form is gone
        compared += 1
    assert compared, out
