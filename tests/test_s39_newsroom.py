"""Session 39, trial 45 P8: three BBC stories of one fire from three days
(the fire, the charge, the plea) were told as "14_1 and 14_2 and 14_3 are one
newsroom", then "14_2 and 14_3 are one newsroom" again, and ``coverage`` said
each pair "copy one story". Reports of one outlet that share no passage are
one newsroom, told once with all its sources; "copy" is kept for passages."""

from __future__ import annotations

import io

import pytest

from workbench.cli import main
from workbench.cli_coverage import _independence
from workbench.findings.copy_words import counted_once, is_newsroom
from workbench.model import CopyLink

NAMES = {"a": "BBC 1", "b": "BBC 2", "c": "BBC 3", "d": "ITV 1", "e": "ITV 2", "w": "Wire"}


def _room(x: str, y: str, outlet: str) -> CopyLink:
    return CopyLink(x, y, 0, f"same outlet: {outlet}")


@pytest.mark.parametrize("order", [("a", "b", "c"), ("c", "a", "b"), ("b", "c", "a")])
def test_a_newsroom_of_three_is_one_sentence_with_every_pair_told_once(order):
    links = (
        _room("a", "b", "bbc.co.uk"),
        _room("a", "c", "bbc.co.uk"),
        _room("b", "c", "bbc.co.uk"),
    )
    said = counted_once(order, links, NAMES)
    names = [NAMES[x] for x in order]
    assert said == [
        f"{names[0]}, {names[1]} and {names[2]} are one newsroom (bbc.co.uk); counted once"
    ]


def test_two_newsrooms_and_a_copy_each_said_once():
    links = (
        _room("a", "b", "bbc.co.uk"),
        _room("d", "e", "itv.com"),
        CopyLink("w", "d", 4, ""),  # near-verbatim passages: a copy, told as one
    )
    said = counted_once(list(NAMES), links, NAMES)
    assert "BBC 1 and BBC 2 are one newsroom (bbc.co.uk); counted once" in said
    assert "ITV 1 and ITV 2 are one newsroom (itv.com); counted once" in said
    assert any("share long passages" in s and "Wire" in s for s in said)
    assert len(said) == 3
    assert sum("BBC 2" in s for s in said) == 1


def test_one_outlet_with_passages_shared_is_a_copy_not_only_a_newsroom():
    link = CopyLink("a", "b", 3, "same outlet: bbc.co.uk")
    assert not is_newsroom(link)
    assert is_newsroom(_room("a", "b", "bbc.co.uk"))


def test_coverage_says_one_newsroom_not_copy_one_story():
    out = io.StringIO()
    links = (_room("a", "b", "bbc.co.uk"), CopyLink("c", "w", 2, ""))
    _independence(["a", "b", "c", "w"], links, {}, out)
    text = out.getvalue()
    assert "a and b are one newsroom: both from bbc.co.uk" in text
    assert "a and b copy one story" not in text
    assert "c and w copy one story: 2 near-verbatim sentences" in text


STORIES = (  # one newsroom, three days, three different stories of one fire
    ("2013-07-21", "A fire broke out at the Waitrose store in Wellington early on Sunday.\n\n"
     "Sixty firefighters fought the flames, which began in the roof.\n"),
    ("2013-07-23", "A 38-year-old man has been charged with arson over the Waitrose fire.\n\n"
     "He will appear before magistrates in Taunton, police said.\n"),
    ("2013-07-25", "The man accused of starting the Waitrose fire denied arson in court.\n\n"
     "Sixty firefighters had fought the flames, the court heard.\n"),
)  # fmt: skip


def test_check_names_the_newsroom_once(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    paths = []
    for i, (day, text) in enumerate(STORIES):
        p = tmp_path / f"bbc{i}.md"
        url = f"https://www.bbc.co.uk/news/uk-england-somerset-{i}"
        p.write_text(f"---\nurl: {url}\npublished: {day}\n---\n{text}", encoding="utf-8")
        paths.append(str(p))
    db = tmp_path / "l.sqlite"
    assert main(["check", *paths, "--db", str(db), "--keep-unmatched"]) == 0
    out = capsys.readouterr().out
    block = out[out.index("Independence:") :].split("\n\n")[0].splitlines()
    assert block[0] == "Independence: 1 independent source among 3:"
    # one line naming the newsroom's sources (trial 47: who counts with whom, grouped)
    assert len(block) == 2 and "Counted once: " in block[1]
    assert "(one newsroom: bbc.co.uk)" in block[1] and block[1].count("newsroom") == 1
    assert all(f"bbc{i}" in block[1] for i in range(3))
    assert "copy" not in out.lower().split("independence:")[1].split("review log")[0]
    assert main(["check", *paths, "--db", str(db), "--keep-unmatched", "--independence"]) == 0
    full = capsys.readouterr().out
    block = full[full.index("Independence:") :].split("\n\n")[0].splitlines()
    assert len(block) == 2 and "are one newsroom (bbc.co.uk); counted once" in block[1]
    assert main(["coverage", "--db", str(db)]) == 0
    cov = capsys.readouterr().out
    assert "copy one story" not in cov and cov.count("are one newsroom: both from") == 3
