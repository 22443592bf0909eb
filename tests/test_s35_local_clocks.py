"""Session 35 (eng109, issue 11): a UTC clock written beside a local one. Own
cases, never the held-out sentences.

"22:15 local time (21:15 UTC)" against another report's "23:15 local time" was
compared as a clock in a known zone against one of no known zone: a question
whether the place keeps UTC+2, or "the same time of day" for "21:15 local
time". The local clocks compare; the conversion stands aside
(facts/time/unzoned.py). A conversion written first ("0140 GMT (9:40 a.m. local
time)") now gives its local clock the zone too (facts/time/zones.py).
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import analyse_dated

from workbench.facts.time import find_times
from workbench.facts.time.zones import with_zones


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _flags(tmp_path, *arts: tuple[str, str]) -> list[tuple[str, str, str]]:
    return [
        (d.rule, str(d.verdict), d.explanation)
        for d in analyse_dated(tmp_path, *arts).discrepancies
    ]


BLAST = "The blast happened at {} in the port district, police said."
FERRY = "The ferry sank at {} about ten miles off the northern coast, the coastguard said."


@pytest.mark.parametrize("swap", [False, True])
@pytest.mark.parametrize(
    ("template", "a", "b", "apart"),
    [
        (BLAST, "22:15 local time (21:15 UTC)", "23:15 local time", "1 hour apart"),
        (BLAST, "22:15 local time (21:15 GMT)", "21:15 local time", "1 hour apart"),
        (FERRY, "0140 GMT (9:40 a.m. local time)", "10:40 a.m. local time", "1 hour apart"),
        (FERRY, "9:40 a.m. local time, or 0140 GMT", "11.40am local time", "2 hours apart"),
        (FERRY, "2:05 p.m. local time (0605 GMT)", "1:05 p.m. local time", "1 hour apart"),
    ],
)
def test_local_clocks_of_one_event_compare_beside_a_conversion(
    tmp_path, template, a, b, apart, swap
):
    arts = [("2025-03-04", template.format(a)), ("2025-03-04", template.format(b))]
    got = [f for f in _flags(tmp_path, *(arts[::-1] if swap else arts))]
    assert [v for _, v, _ in got] == ["conflict"], got
    why = got[0][2]
    assert apart in why and "local time" in why, why
    assert "same time of day" not in why and "one moment if" not in why, why


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        ("10:15 p.m. local time (21:15 UTC)", "22:15 GMT", "conflict"),
        ("9:40 a.m. local time (0140 GMT)", "01:40 UTC", "consistent"),
        ("9:40 a.m. local time (0140 GMT)", "02:40 UTC", "conflict"),
        ("09:15 GMT", "11:15 local time", "unresolved"),  # no conversion: a question, as before
    ],
)
def test_a_conversion_still_meets_a_clock_in_a_written_zone(tmp_path, a, b, verdict):
    got = _flags(tmp_path, ("2025-03-04", FERRY.format(a)), ("2025-03-04", FERRY.format(b)))
    assert [v for _, v, _ in got] == [verdict], got


@pytest.mark.parametrize(
    ("sentence", "local", "conversion"),
    [
        ("It sank at 9:40 a.m. local time (0140 GMT).", "9:40 a.m. local time", "0140 GMT"),
        ("It sank at 0140 GMT (9:40 a.m. local time).", "9:40 a.m. local time", "0140 GMT"),
        ("It sank at 0140 GMT, at 9:40 a.m. at sea.", None, None),  # no conversion written
    ],
)
def test_a_conversion_gives_its_local_clock_the_zone_in_either_order(sentence, local, conversion):
    found = with_zones([sentence], [find_times(sentence, date(2025, 3, 4))])[0]
    by_text = {m.text: m for m in found}
    if local is None:
        assert not any(m.converts for m in found), found
        return
    assert by_text[local].tz == 480 and not by_text[local].converts
    assert by_text[conversion].converts and by_text[conversion].tz == 0
