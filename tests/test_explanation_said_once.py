"""A finding's explanation says each version once (trial 43, item 8: one
clock's label and reading, "3:30 p.m. (at 3:30 p.m. = Sat 1 Jan 2011 15:30)",
six times in about 600 characters)."""

from __future__ import annotations

import json

import pytest

from workbench.cli import main
from workbench.findings.told import with_reading as _with_reading


@pytest.mark.parametrize(
    ("value", "reading"),
    [
        ("3:30 p.m.", "at 3:30 p.m. = Sat 1 Jan 2011 15:30"),
        ("8.40am", "about 8.40am = Thu 14 Mar 2019 08:40"),
        ("Saturday", "on Saturday = Sat 4 May 2024"),
        ("noon", "by noon = Tue 2 Jan 2024 12:00"),
    ],
)
def test_a_reading_that_holds_the_wording_stands_alone(value, reading) -> None:
    assert _with_reading(value, reading) == reading
    # a reading that does not hold it still follows it
    assert _with_reading(value, "2019-03-14T08:40") == f"{value} (2019-03-14T08:40)"


def _explanations(tmp_path, capsys, texts, published="2024-05-05") -> list[str]:
    files = []
    for n, text in enumerate(texts):
        p = tmp_path / f"r{n}.txt"
        p.write_text(text + "\n", encoding="utf-8")
        files.append(str(p))
    out = tmp_path / "out.json"
    db = str(tmp_path / "log.sqlite")
    assert main(["check", *files, "--db", db, "--published", published, "--json", str(out)]) == 0
    capsys.readouterr()
    return [f["explanation"] for f in json.loads(out.read_text())["findings"]]


CLOCKS = [  # one clock told three ways: every two versions conflict
    ("The ferry left Oban at 7:45 pm on Saturday with 80 passengers, the operator said.",
     "The ferry left Oban at 8:15 pm on Saturday with 80 passengers, the operator said.",
     "The ferry sailed from Oban at 9:05 pm on Saturday carrying 80 passengers, operators said."),
    ("Polls closed at 21:00 on Sunday in the northern region, officials said.",
     "Polls closed at 22:00 on Sunday in the northern region, officials said.",
     "Polls in the northern region closed at 20:00 on Sunday, officials said."),
]  # fmt: skip


@pytest.mark.parametrize("texts", CLOCKS)
def test_three_versions_each_against_each_are_listed_once(tmp_path, capsys, texts) -> None:
    (said,) = _explanations(tmp_path, capsys, texts)
    assert "every two of the 3 versions" in said
    head = said.split(" — ")[1]  # the verdict, before the reason of its strongest pair
    assert "‘" not in head


def test_two_versions_are_not_named_again_after_the_verdict(tmp_path, capsys) -> None:
    (said,) = _explanations(
        tmp_path,
        capsys,
        [
            "The bridge reopened at 6:10 am on Monday after repairs, the council said.",
            "The bridge reopened at 7:40 am on Monday after repairs, the council said.",
        ],
    )
    assert "between" not in said
