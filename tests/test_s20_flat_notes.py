"""An editor's note or correction with line breaks (two editors' notes are
merged with a blank line between) is printed on one line with the breaks
shown as " ¶ ", not as the escape "\\n" (trial 29: ``review --history`` read
"…2008\\n\\n Window note part1"); a break still cannot forge a line."""

from __future__ import annotations

from test_findings_log import _toll

from workbench.cli import main
from workbench.store import Change, ReviewLog
from workbench.terminal import flat, one_line


def test_flat_shows_breaks_as_one_paragraph_mark():
    assert flat("firing was Sat\n\nWindow note") == "firing was Sat ¶ Window note"
    assert flat("a\r\nb\u2028c \n  d") == "a ¶ b ¶ c ¶ d"
    assert flat("  one line  ") == "one line" and flat("") == ""
    assert one_line(flat("x\n\x1b[31m")) == "x ¶ \\x1b[31m"  # controls still escaped


def test_history_and_review_print_a_merged_note_without_escapes(tmp_path, capsys):
    db = tmp_path / "log.sqlite"
    log = ReviewLog(db)
    log.save_analysis(_toll())
    (f,) = log.findings()
    note = "CLI note: firing was Sat Dec 13 2008\n\nWindow note part1"
    forged = "Say 24\n2026-01-01T00:00:00Z  da  verified  Mallory"
    log.decide(f.id, Change("needs-correction", note, forged, "Ann"))
    log.close()
    capsys.readouterr()
    for args in (["--history"], [], ["--status", "disputed"]):
        assert main(["review", f.id, "--db", str(db), *args]) == 0
        out = capsys.readouterr().out
        assert "\\n" not in out
        assert "firing was Sat Dec 13 2008 ¶ Window note part1" in out
        assert not any(line.startswith("2026-01-01") for line in out.splitlines())
    assert main(["review", "da", "--db", str(db), "--history"]) == 0
    out = capsys.readouterr().out
    assert "2008 ¶ Window note part1" in out and "\\n" not in out
