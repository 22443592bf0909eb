"""Session 39 (trial 46): a decision never loses or ignores what an editor
asked for. Marking a finding "needs correction" again with other
``--article``s keeps the corrections already owed (said in one line,
``--withdraw`` takes one back); the same articles in any order give the same
decision; an article no pair of the finding compares is refused with a
reason, never ignored; a refused decision prints back the note typed; a pair
left open and the history give the pair ids to decide them on their own."""

from __future__ import annotations

from dataclasses import replace
from itertools import permutations
from pathlib import Path

import pytest
from test_findings_log import _toll
from test_s36_decision_scope import _joined

from workbench import findings
from workbench.cli import main
from workbench.model import Analysis, Discrepancy, Verdict
from workbench.store import Change, ReviewLog, StoreError


def _log(tmp_path, analysis=None) -> tuple[str, str]:
    """A real log file holding one finding (a, b, c: 24 against d: 5); its
    path and the finding's id."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    log = ReviewLog(tmp_path / "log.sqlite")
    log.save_analysis(analysis or _toll())
    (f,) = log.findings()
    path, fid = str(log.path), f.id
    log.close()
    return path, fid


def _owed(db: str) -> dict[str, tuple[str, str]]:
    log = ReviewLog(db, create=False)
    (f,) = log.findings()
    log.close()
    return {m.id: (m.status, m.correct_article) for m in f.members}


def _review(db: str, fid: str, *options: str) -> int:
    return main(["review", fid, "--db", db, "--reviewer", "Ann", *options])


NC = ("--status", "needs-correction")


@pytest.mark.parametrize(
    ("first", "then", "owed"),
    [
        # a asked first, then d: a was replaced on the pair a-d, lost
        (("a",), ("d",), {"da": "a", "db": "d", "dc": "d"}),
        # two asked, then a third: both kept
        (("a", "b"), ("c",), {"da": "a", "db": "b", "dc": "c"}),
        # d first, then a and b named the other way round
        (("d",), ("b", "a"), {"da": "a", "db": "b", "dc": "d"}),
    ],
)
def test_naming_other_articles_again_keeps_those_already_owed(tmp_path, capsys, first, then, owed):
    db, fid = _log(tmp_path)
    assert _review(db, fid, *NC, *[x for a in first for x in ("--article", a)]) == 0
    capsys.readouterr()
    assert _review(db, fid, *NC, *[x for a in then for x in ("--article", a)]) == 0
    out = capsys.readouterr().out
    assert {d: a for d, (_s, a) in _owed(db).items()} == owed
    assert {s for s, _a in _owed(db).values()} == {"needs-correction"}
    kept = [a for a in first if a not in then]
    assert f"still owed from before: {', '.join(kept)}" in out
    assert "--withdraw ARTICLE takes one back" in out


def test_withdraw_takes_one_article_back_and_the_history_keeps_it(tmp_path, capsys):
    db, fid = _log(tmp_path)
    assert _review(db, fid, *NC, "--article", "a", "--correction", "Say 5") == 0
    assert _review(db, fid, *NC, "--article", "d") == 0
    capsys.readouterr()
    assert _review(db, fid, "--withdraw", "a") == 0
    out = capsys.readouterr().out
    assert "withdrawn: a" in out and "owed now: d" in out
    assert {a for _s, a in _owed(db).values()} == {"d"}
    log = ReviewLog(db, create=False)
    assert "a" in {h.article for h in log.history("da")}  # asked of a before, still there
    log.close()
    assert _review(db, fid, "--withdraw", "b") == 2  # b owes nothing
    assert "b owes no correction" in capsys.readouterr().err
    assert _review(db, fid, "--withdraw", "d") == 2  # nothing would be left
    assert "leaves no article to correct" in capsys.readouterr().err
    assert _review(db, fid, "--withdraw", "d", "--status", "verified") == 2
    assert "drop --withdraw" in capsys.readouterr().err
    assert {a for _s, a in _owed(db).values()} == {"d"}


def test_the_same_articles_in_any_order_give_the_same_decision(tmp_path):
    seen = []
    for n, order in enumerate(permutations(("d", "a", "b"))):
        db, fid = _log(tmp_path / str(n))
        assert _review(db, fid, *NC, *[x for a in order for x in ("--article", a)]) == 0
        seen.append(_owed(db))
    assert all(s == seen[0] for s in seen)


def _with_agreement() -> Analysis:
    """The toll finding with a pair of two sources that agree (a and b: 24)."""
    analysis = _toll()
    a, b = (d.sides[0] for d in analysis.discrepancies[:2])
    agree = Discrepancy("dab", "number", Verdict.CONSISTENT, "24 vs 24", (a, b))
    plain = replace(
        analysis, findings=(), groups=(), discrepancies=(*analysis.discrepancies, agree)
    )
    return findings.build(plain, lambda x, y: 1.0)


def test_a_pair_of_two_right_sources_names_one_article_whatever_the_order(tmp_path):
    # a and b agree: their pair names neither, and took the article named first
    seen = []
    for n, order in enumerate(permutations(("d", "c"))):
        db, fid = _log(tmp_path / str(n), _with_agreement())
        assert "dab" in _owed(db)
        assert _review(db, fid, *NC, *[x for a in order for x in ("--article", a)]) == 0
        seen.append(_owed(db))
    assert seen[0] == seen[1] and seen[0]["dab"] == ("needs-correction", "c")


def test_a_matching_holds_every_named_article_when_the_balance_would_drop_one():
    from workbench.store.owed import assign

    # greedy by fewest held, then scarcest: p1 takes b, p2 takes c, a is left
    pairs = {"p1": {"a", "b"}, "p2": {"a", "c"}, "p3": {"b", "c"}}
    asked = assign(("a", "b", "c"), pairs)
    assert set(asked.values()) == {"a", "b", "c"}
    with pytest.raises(StoreError, match="name fewer"):
        assign(("a", "b", "c"), {"p1": {"a", "b"}, "p2": {"a", "c"}})


@pytest.mark.parametrize("order", [("a", "c"), ("c", "a"), ("c",)])
def test_an_article_no_pair_compares_is_refused_with_the_reason_in_any_order(tmp_path, order):
    # c states '24' as a's and b's copy: no pair of the finding compares it
    log = ReviewLog(tmp_path / "log.sqlite")
    log.save_analysis(_joined(_toll("ab"), "24", "c"))
    (f,) = log.findings()
    assert "c" in f.sources
    with pytest.raises(StoreError, match=r"nothing recorded: c cannot be asked .* name a"):
        log.decide(f.id, Change("needs-correction", reviewer="Ann"), articles=order)
    (f,) = log.findings()
    assert {m.status for m in f.members} == {"open"}
    assert all(not log.history(m.id) for m in f.members)  # nothing written
    log.close()


def test_a_refused_decision_prints_back_the_note_and_correction_typed(tmp_path, capsys):
    db, fid = _log(tmp_path)
    # two versions: "needs correction" must name its article, and is refused
    note, fix = "AFP's count is old", "say 24"
    assert _review(db, fid, *NC, "--note", note, "--correction", fix) == 2
    err = capsys.readouterr().err
    assert f'--note "{note}"' in err and f"--correction '{fix}'" in err
    assert _review(db, fid, *NC, "--article", "zz", "--note", "checked") == 2
    assert "--note 'checked'" in capsys.readouterr().err


def test_a_pair_left_open_and_the_history_give_the_pair_ids(tmp_path, capsys):
    db, fid = _log(tmp_path)
    assert _review(db, fid, *NC, "--article", "a") == 0
    out = capsys.readouterr().out
    # session 42 (trial 49): the open version by value and source, and how to
    # decide it, never a list of pair ids to decide one by one
    assert "versions still open: A ‘24’ (b, c) against B" in out
    assert f"workbench review {fid} --status needs-correction --article b" in out
    assert "(db)" not in out
    assert main(["review", fid, "--db", db]) == 0
    shown = capsys.readouterr().out
    assert "versions still open: A ‘24’ (b, c) against B" in shown
    assert _review(db, "db", "--status", "verified") == 0  # reached on its own
    assert _owed(db)["db"] == ("verified", "")
    assert _review(db, fid, "--status", "disputed", "--article", "d") == 0
    capsys.readouterr()
    assert main(["review", fid, "--db", db, "--history"]) == 0
    history = capsys.readouterr().out.splitlines()
    assert "  db  verified" in history[2]
    assert "2 discrepancies (db, dc)  disputed" in history[-1]  # da keeps a, still asked


TOLL = "The storm killed {} people in the coastal town of Marlow on Sunday, officials said.\n"


@pytest.mark.parametrize(
    "east",
    [
        "The storm killed many people in the coastal town of Marlow on Sunday, officials said.\n",
        "Officials said a number of people were killed by the storm in the town of Marlow "
        "on Sunday.\n",
        None,  # every source telling it is in the finding: nothing more to say
    ],
)
def test_a_correction_that_looks_made_says_which_sources_it_was_not_compared_with(
    tmp_path, capsys, monkeypatch, east
):
    # trial 46: 3_1 corrected as asked, "looks made", while 3_10, telling the
    # same claim but left out of the finding, was never compared with the edit
    from test_s12_verdict_changed import _write

    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")
    paths = [
        _write(tmp_path, "north.txt", "2021-06-21", TOLL.format(24)),
        _write(tmp_path, "south.txt", "2021-06-21", TOLL.format(5)),
        _write(tmp_path, "west.txt", "2021-06-21", TOLL.format("twenty-four")),
    ]
    if east:
        paths.append(_write(tmp_path, "east.txt", "2021-06-21", east))
    db = str(tmp_path / "log.sqlite")
    assert main(["check", *paths, "--db", db, "-q"]) == 0
    log = ReviewLog(db)
    (toll,) = [f for f in log.findings() if f.kind == "number"]
    assert "east" not in toll.sources
    log.close()
    assert _review(db, toll.id, *NC, "--article", "south", "--correction", "24 people") == 0
    south = Path(paths[1])
    south.write_text(south.read_text().replace("killed 5 people", "killed 24 people"))
    capsys.readouterr()
    assert main(["check", *paths, "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Corrections that look made" in out
    said = "checked against north, west only, this finding's sources; east tells this claim too"
    assert (said in out) == bool(east) and ("checked against" in out) == bool(east)
    assert main(["review", toll.id, "--db", db]) == 0
    assert (said in capsys.readouterr().out.splitlines()[0]) == bool(east)
