"""A correction proposed across two sentences is seen as made when the text
now reads as asked, though one of its sentences was left as it was (trial 30:
"Mommy, Mommy, I got hit. Something hit me in my back." asked of a quote whose
claim, in a log of the earlier release, was its first sentence; corrected word
for word, check listed it under "Corrections to check" and the window greyed
it out). An edit elsewhere, or words that were there before, are no evidence."""

from __future__ import annotations

import json
import sqlite3

import pytest
from test_s12_verdict_changed import _write
from test_s16_partial_correction import _decide, _edit

from workbench.cli import main
from workbench.store.made import looks_made

FIRST = "After the shot, the girl exclaimed, “Mommy, Mommy, I got hit."
SECOND = "Somebody hit me in my back.”"
ASKED = "Mommy, Mommy, I got hit. Something hit me in my back."


@pytest.mark.parametrize(
    ("now", "asked", "was", "made"),
    [
        # the first sentence untouched, the second corrected: made
        (
            f"Intro.\n{FIRST}\nSomething hit me in my back.”\nMore.",
            ASKED,
            [(FIRST, "Somebody")],
            True,
        ),
        # the same, the proposal quoted with its attribution
        (
            f"{FIRST}\nSomething hit me in my back.”",
            f"“{ASKED}” she said.",
            [(FIRST, "Somebody")],
            True,
        ),
        # a figure in the sentence decided on, the fix runs into the next one
        (
            "The fire killed 24 people.\nIt broke out at dawn on Tuesday.",
            "killed 24 people. It broke out at dawn",
            [("The fire killed 24 people.", "30")],
            True,
        ),
        # nothing edited where it was asked: the second sentence still says Somebody
        (f"{FIRST}\n{SECOND}\nSomething else.", ASKED, [(FIRST, "Somebody")], False),
        # the proposal asks for words the sentence already held: no evidence of an edit
        (f"{FIRST}\n{SECOND}", "Mommy, Mommy, I got hit.", [(FIRST, "Somebody")], False),
        # the proposal restates the value decided on
        (f"{FIRST}\n{SECOND}", f"I got hit. {SECOND}", [(FIRST, "Somebody")], False),
        # the sentence decided on gone and the proposal there: made (as before)
        (
            "The fire killed 24 people.",
            "killed 24 people",
            [("The fire killed 30 people.", "30")],
            True,
        ),
        # the proposal nowhere: not made
        (
            "The fire killed 25 people.",
            "killed 24 people",
            [("The fire killed 30 people.", "30")],
            False,
        ),
    ],
)
def test_made_as_asked_reads_the_text_around_the_sentence_decided_on(now, asked, was, made):
    assert looks_made(now, asked, was) is made


OTHER = (
    "Her mother said the girl screamed, “Mommy, Mommy, I got hit. Something hit me in my back,”"
    " before she fell on the steps.\n"
)
MORE = "The trial of the teenager accused of the shooting continues on Wednesday in Albany.\n"


@pytest.fixture
def quoted(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    body = f"Her mother told the court: {FIRST}\n{SECOND}\n" + MORE
    a = _write(tmp_path, "a.txt", "2021-06-23", body)
    b = _write(tmp_path, "b.txt", "2021-06-23", OTHER + MORE)
    db = str(tmp_path / "log.sqlite")
    assert main(["check", a, b, "--db", db, "-q"]) == 0
    return db, a, b


def _as_the_earlier_release_wrote_it(db: str) -> None:
    """The side's claim text set to the quotation's first sentence, as the
    release of trial 30 anchored a quote spanning two sentences."""
    con = sqlite3.connect(db)
    with con:
        for did, sides in con.execute("SELECT id, sides FROM discrepancies").fetchall():
            stored = json.loads(sides)
            for side in stored:
                if side.get("article") == "a":
                    side["claim_text"] = "Her mother told the court: " + FIRST
            con.execute(
                "UPDATE discrepancies SET sides = ? WHERE id = ?", [json.dumps(stored), did]
            )
    con.close()


@pytest.mark.parametrize("earlier", [False, True])
def test_a_quote_corrected_across_two_sentences_looks_made(quoted, capsys, earlier):
    db, a, b = quoted
    _decide(db, "quote", "a", ASKED)
    if earlier:
        _as_the_earlier_release_wrote_it(db)
    _edit(a, SECOND, "Something hit me in my back.”")
    capsys.readouterr()
    assert main(["check", a, b, "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Corrections that look made" in out, out
    assert "Corrections to check" not in out, out


def test_an_edit_elsewhere_is_still_to_check(quoted, capsys):
    db, a, b = quoted
    _decide(db, "quote", "a", ASKED)
    _as_the_earlier_release_wrote_it(db)
    _edit(a, SECOND, "Somebody hit me hard in my back.”")
    capsys.readouterr()
    assert main(["check", a, b, "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Corrections that look made" not in out, out
