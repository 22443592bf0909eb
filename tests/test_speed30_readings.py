"""Issue 14, session 26: the lexical path made cheaper with the same answers.

- a pattern built from a set is the same text in every process (else the
  compiled-pattern cache never holds it);
- the review log's connection is opened without looking for sqlite-utils plugins;
- the nearest lexicon word, tried first with one pattern joining the entries,
  is the word trying them one by one finds;
- the readings kept per value give what reading them afresh gives.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from workbench.facts import happenings, measure
from workbench.facts.nearest import nearest
from workbench.store import ReviewLog


def test_patterns_built_from_sets_are_one_text_in_every_process():
    # str hashes (and so a set's order) follow PYTHONHASHSEED; the printed
    # hashes follow it too, so compare the pattern texts themselves instead
    code = (
        "from workbench.facts.quantity import units, rates; import sys; "
        "sys.stdout.write(units.UNIT_SUFFIX_RE.pattern + '\\n' + rates._MONEY_HINT.pattern)"
    )
    texts = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=True,
        ).stdout
        for seed in ("1", "2", "3", "4")
    }
    assert len(texts) == 1


def test_opening_a_log_looks_for_no_plugins(tmp_path, monkeypatch):
    import sqlite_utils.db  # after workbench.store (store.lite: without NumPy)

    def refuse() -> None:
        raise AssertionError("looked for sqlite-utils plugins")

    monkeypatch.setattr(sqlite_utils.db, "ensure_plugins_loaded", refuse)
    log = ReviewLog(tmp_path / "new.sqlite")  # created, then opened
    assert "runs" in log.db.table_names()
    log.close()
    again = ReviewLog(tmp_path / "new.sqlite")
    assert "reviews" in again.db.table_names()
    again.close()


def _one_by_one(text, start, end, lo, hi, lexicon, reach):
    """nearest() as it was: every entry tried at every word."""
    word = re.compile(r"[A-Za-z][\w'’-]*")
    after = [m.start() for m in word.finditer(text, end, hi)][:reach]
    before = [m.start() for m in word.finditer(text, lo, start)][-reach:]
    for d in range(reach):
        spots = ([after[d]] if d < len(after) else []) + (
            [before[-1 - d]] if d < len(before) else []
        )
        for pos in spots:
            for name, rx in lexicon:
                if rx.match(text, pos, hi):
                    return name
    return ""


_SENTENCES = (
    "Three men were arrested on Friday after the shooting, police said on Saturday.",
    "The 2009 verdict followed a trial in which he was convicted and sentenced to 12 years.",
    "Sales fell 8% in the quarter, and profit dropped to £2m, the company said.",
    "Turnout was 71% when polls closed at 10 p.m., the commission announced Monday.",
    "About 40 passengers were injured and 2 killed when the train derailed near Leeds.",
    "She told reporters on Tuesday that the plant would reopen in March, a year late.",
    "Shares rose 4.2% to $31.10 in New York trading after the merger was approved.",
)
_MIXED = (  # flags differ: cannot be joined, tried one by one as before
    ("said", re.compile(r"said\b")),
    ("told", re.compile(r"TOLD\b", re.IGNORECASE)),
)
_GROUPED = (("fell", re.compile(r"(fell|dropped)\b", re.IGNORECASE)),)  # a group: not joined


@pytest.mark.parametrize("lexicon", ["DATED", "EVENTS", "SAID", "mixed", "grouped"])
def test_the_nearest_word_is_the_one_trying_each_entry_finds(lexicon):
    lex = (
        {"mixed": _MIXED, "grouped": _GROUPED}.get(lexicon)
        or getattr(measure, lexicon, None)
        or getattr(happenings, lexicon)
    )  # SAID: read by told_day.py since session 32
    found = set()
    for text in _SENTENCES:
        for at in range(0, len(text), 3):
            for reach in (1, 4, 12):
                args = (text, at, at, 0, len(text), lex, reach)
                got = nearest(*args)
                assert got == _one_by_one(*args), (text, at, reach)
                found.add(got)
    assert found - {""}  # the lexicon was met, not only missed


@pytest.mark.parametrize("text", _SENTENCES)
def test_readings_kept_per_value_are_the_readings_made_afresh(text):
    for m in re.finditer(r"\d[\d.,%]*|Friday|Saturday|Monday|Tuesday|March", text):
        s, e = m.span()
        for kept in (measure.measure_of, measure.dated_event_of, measure.statement_dated):
            assert kept(text, s, e) == kept.__wrapped__(text, s, e)
            assert kept(text, s, e) == kept.__wrapped__(text, s, e)  # asked again: kept
