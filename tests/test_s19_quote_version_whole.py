"""A quote finding's versions are the sources' whole quotations (trial 26:
‘her,’ named a version of “He tried to provide first aid for her, and…”,
‘there was any more I could give you,’ lost its "If" and "I would"), shown
clipped only between words for length, and a text that ends a quotation
takes no second closing mark (‘…comfort for her,””’)."""

from __future__ import annotations

import pytest
from test_s12_verdict_changed import _write

from workbench.cli import main
from workbench.naming import clip, quoted, shorten, unquoted
from workbench.store import ReviewLog

STORY = (
    "A fire broke out at a hotel in Leeds on Tuesday night.\n{quote} fire chief Tom Hale said.\n"
)

CASES = {
    # a word lost in the middle of one source's quotation
    "middle": (
        "“He tried to help her, and tried to keep the guests calm until the crews came,”",
        "“He tried to help, and tried to keep the guests calm until the crews came,”",
    ),
    # one source drops the opening and closing words ("If" ... "I would")
    "ends": (
        "“If there was any more the crews could have done tonight, they would,”",
        "“There was not any more the crews could have done tonight,”",
    ),
    # one source ends the quotation early ("sorry" gone)
    "tail": (
        "“The damage caused a lot of pain to the owners and we are sorry,”",
        "“The damage caused a lot of pain to the owners and we are,”",
    ),
}


def _values(tmp_path, first: str, second: str) -> dict[str, tuple[str, ...]]:
    paths = [
        _write(tmp_path, f"{x}.txt", "2021-06-23", STORY.format(quote=q))
        for x, q in (("a", first), ("b", second))
    ]
    db = str(tmp_path / "log.sqlite")
    assert main(["check", *paths, "--db", db, "-q"]) == 0
    log = ReviewLog(db)
    try:
        found = [f for f in log.findings() if f.kind == "quote" and f.active]
    finally:
        log.close()
    assert len(found) == 1
    return {v.value: tuple(sorted(v.sources)) for v in found[0].versions}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_quote_version_is_the_whole_quotation(tmp_path, monkeypatch, case):
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")
    first, second = CASES[case]
    assert _values(tmp_path, first, second) == {
        unquoted(first): ("a",),
        unquoted(second): ("b",),
    }


def test_unquoted_takes_the_enclosing_marks_only():
    assert unquoted("“No, no, no!”") == "No, no, no!"
    assert unquoted("“I voted for him.") == "I voted for him."  # opening mark only
    assert unquoted("He knows village life well,”") == "He knows village life well,"
    assert unquoted("“said ‘no’ twice”") == "said ‘no’ twice"  # inner marks kept
    assert unquoted("‘No choice but to strike,’") == "No choice but to strike,"  # British style
    assert unquoted("the players’") == "the players’"  # an apostrophe is no mark


def test_a_text_ending_a_quotation_gets_no_second_mark():
    assert quoted("…comfort for her,”") == "“…comfort for her,”"
    assert quoted("…comfort for her,”…") == "“…comfort for her,”…"
    assert quoted("plain words") == "“plain words”"
    assert quoted("“Already quoted,” he said") == "“Already quoted,” he said"
    assert quoted("x", "‘", "’") == "‘x’"


def test_shortened_between_words():
    text = "He tried to provide first aid for her, and tried to provide comfort for her,"
    short = shorten(text, 70)
    assert len(short) <= 70 and short.endswith("…")
    assert text.startswith(short[:-1].rstrip())
    assert short[:-1].split()[-1] in text.split()  # no word cut in two
    assert shorten("short enough", 70) == "short enough"
    assert shorten("a" * 100, 10) == "a" * 9 + "…"  # one long word: cut it
    assert clip("x " * 60, 20).endswith("…”")
