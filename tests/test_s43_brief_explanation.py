"""Session 43 (polish53; user trial 49): a finding of several versions showed
a ~150-word pairwise paragraph as its explanation, in the panel and in
``check``. An editor reads it in seconds now: one line a version (value,
sources, dates) and one line of why; the reasons pair by pair stay below in
the panel and one command away on the command line (``review F…``)."""

from __future__ import annotations

import pytest
from test_s12_verdict_changed import _write
from test_s43_partly_open_counts import TEXTS
from test_window import make_window, wait_analysis

from workbench.cli import main
from workbench.findings.brief import dates_of, reasons, told_briefly, why_line
from workbench.ui.panel_text import explained


@pytest.fixture
def story(tmp_path, monkeypatch):
    """30 in a and b, about 30 in c, 24 in d, 27 in e: four versions, 'about 30'
    agreeing with some (the version-by-version explanation); e a day later."""
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    days = ("2021-06-23",) * 4 + ("2021-06-24",)
    values = ("30", "30", "about 30", "24", "27")
    return [
        _write(tmp_path, f"{x}.txt", day, text.format(v))
        for x, v, text, day in zip("abcde", values, TEXTS, days, strict=True)
    ]


def _finding_block(out: str) -> list[str]:
    lines = out.splitlines()
    start = next(i for i, x in enumerate(lines) if "CONFLICT number" in x)
    end = next((i for i in range(start + 1, len(lines)) if not lines[i].strip()), len(lines))
    return lines[start:end]


def test_check_says_why_in_one_line_and_where_each_pair_is(story, tmp_path, capsys):
    db = str(tmp_path / "log.sqlite")
    assert main(["check", *story, "--db", db]) in (0, 1)
    block = _finding_block(capsys.readouterr().out)
    whys = [x for x in block if x.strip().startswith("Why conflict:")]
    assert len(whys) == 1, block
    (why,) = whys
    assert "workbench review F" in why
    assert len(why.split()) <= 50, why
    # no pairwise paragraph: no line lists versions' verdicts against the others
    assert not [x for x in block if ": conflict with " in x], block
    # each version's line says when its sources were published
    versions = [x for x in block if x.startswith("  ‘")]
    assert len(versions) == 4 and all("; published 2021-06-2" in x for x in versions), versions
    assert any("published 2021-06-24" in x for x in versions)
    # the reasons pair by pair stay one command away
    fid = block[0].split("]")[0].lstrip("[")
    assert main(["review", fid, "--db", db]) == 0
    assert "Each two versions:" in capsys.readouterr().out


def test_the_panel_leads_with_a_line_a_version_and_one_why(qtbot, story, tmp_path):
    w = make_window(qtbot)
    w.open_paths(story, str(tmp_path / "log.sqlite"))
    wait_analysis(qtbot, w)
    (row,) = [r for r in w.session.rows if r.verdict == "conflict" and not r.agreed]
    assert w.select(row.id)
    text = w.panel.explanation.text()
    top, _sep, below = text.partition("\n\nPair by pair: ")
    lines = top.splitlines()
    assert [x[:2] for x in lines[1:5]] == ["A ", "B ", "C ", "D "], lines
    assert all("; published 2021-06-2" in x for x in lines[1:5]), lines
    assert lines[5].startswith("Why conflict: ") and len(lines) == 6, lines
    assert len(top.split()) < 110, top
    assert below == row.explanation  # every pair's reason, below


def test_two_versions_keep_their_explanation(tmp_path, monkeypatch, capsys):
    """A near miss: a finding of two versions is short already."""
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    paths = [
        _write(tmp_path, f"{x}.txt", "2021-06-23", TEXTS[k].format(v))
        for k, (x, v) in enumerate((("a", 30), ("b", 24)))
    ]
    assert main(["check", *paths, "--db", str(tmp_path / "l.sqlite")]) in (0, 1)
    block = _finding_block(capsys.readouterr().out)
    assert not [x for x in block if x.strip().startswith("Why conflict:")]
    assert not [x for x in block if "; published" in x]


def test_reasons_split_outside_brackets():
    text = "A: conflict with B. Why: 4 vs 5 (a; b): differ; 6 vs 7: differ — conflict"
    assert reasons(text) == ["4 vs 5 (a; b): differ", "6 vs 7: differ — conflict"]
    assert reasons("no reasons here") == []


@pytest.mark.parametrize(
    ("top", "first"),
    [
        (("four and a half months",), "4 vs four and a half months: shorter"),
        (("nothing named",), "412 vs 4: longer"),  # none names it: the first
        ((), "412 vs 4: longer"),
    ],
)
def test_why_names_the_version_most_sources_state(top, first):
    text = "X. Why: 412 vs 4: longer; 4 vs four and a half months: shorter; 5 vs 4: longer"
    said = why_line(text, "conflict", top)
    assert said == f"Why conflict: {first} (and 2 more reasons, pair by pair below)"


def test_a_long_reason_is_cut_and_a_lone_one_counts_nothing():
    long = "Why: " + " ".join(f"w{k}" for k in range(60))
    said = why_line(long, "unresolved")
    assert said.endswith(" …") and len(said.split()) <= 33
    assert why_line("Why: 4 vs 5: differ", "conflict") == "Why conflict: 4 vs 5: differ"


def test_when_it_is_told_briefly_and_dates():
    assert told_briefly(3, "X. Why: a")
    assert not told_briefly(2, "X. Why: a") and not told_briefly(4, "no reason given")
    assert dates_of(["a", "b"], {"a": "2021-06-24", "b": "2021-06-23"}) == (
        "; published 2021-06-23 to 2021-06-24"
    )
    assert dates_of(["a"], {"a": ""}) == ""


def test_explained_without_dates_still_reads(qtbot, story, tmp_path):
    """The panel's text without a date reader (an older caller): no dates."""
    w = make_window(qtbot)
    w.open_paths(story, str(tmp_path / "log.sqlite"))
    wait_analysis(qtbot, w)
    (row,) = [r for r in w.session.rows if r.verdict == "conflict" and not r.agreed]
    top = explained(row, {}).partition("\n\nPair by pair: ")[0]
    assert "Why conflict: " in top and "; published" not in top
