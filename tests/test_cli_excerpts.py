"""What ``check`` prints lets an editor check a finding without opening the
files: the compared words are in every excerpt, each source's sentence is
shown, and quotations are not quoted twice (fresh user trial)."""

from __future__ import annotations

from conftest import SEEDS

from workbench.cli import main
from workbench.cli_findings import around
from workbench.findings.build import _version_key
from workbench.model import Side

LONG = (
    "Sheriff's deputies and state police chased him for 30 miles, including through a "
    "construction zone, at speeds up to 120 mph before he finally pulled over after about "
    "15 minutes, Genesee County Sheriff Robert J. Pickell said."
)


def test_an_excerpt_keeps_the_compared_words_wherever_they_are():
    for words in ("30 miles", "up to 120 mph", "Robert J. Pickell", "Sheriff's deputies"):
        start = LONG.index(words)
        text = around(LONG, start, start + len(words), 80)
        assert words in text, (words, text)
        assert len(text) < 120
    short = "Two were hurt."
    assert around(short, 0, 3) == "“Two were hurt.”"


def test_a_name_written_with_or_without_full_stops_is_one_version():
    def key(text: str) -> str:
        return _version_key(Side("a", "a:0", 0, len(text), text, ""), "attribution", {})

    assert key("Sheriff Robert J. Pickell") == key("Sheriff Robert J Pickell")
    assert key("Sheriff Robert J. Pickell") != key("Undersheriff James Gage")


def test_check_output_and_the_html_report_never_quote_a_quotation_twice(tmp_path, capsys):
    db, html = tmp_path / "log.sqlite", tmp_path / "r.html"
    assert main(["check", *map(str, SEEDS), "--db", str(db), "--report", str(html)]) == 0
    out = capsys.readouterr().out
    assert "‘“" not in out and '‘"' not in out
    assert "““" not in html.read_text(encoding="utf-8")
