"""Versions of a finding about a day are distinct normalised values (trial 27):
'Yesterday' opening a sentence and 'yesterday' are one version, and a part of
a day ('Saturday morning') within a day the finding states ('Saturday') is
that day's version; two parts of one day, a clock time, a bounded time or a
day not known as one stay apart."""

from __future__ import annotations

from workbench.findings.build import FactsAt, _version_key
from workbench.findings.days import within_days
from workbench.model import Fact, Side


def _time(article: str, text: str, timex: str, granularity: str, modifier=None, value=None):
    side = Side(article, f"{article}:0", 0, len(text), text, text)
    v = {
        "text": text,
        "timex": timex,
        "granularity": granularity,
        "modifier": modifier,
        "part": None,
        "value": value or text,
    }
    fact = Fact(f"{article}-f", side.claim, article, "date", 0, len(text), text, v)
    return side, fact


def _keys(*readings):
    facts, keys = FactsAt(), {}
    for r in readings:
        side, fact = _time(*r)
        facts[(side.article, side.start, side.end)] = fact
        keys.setdefault(_version_key(side, "date", facts), []).append(side)
    return keys, facts


def _within(keys, facts):
    return within_days(keys, facts.get, facts.of_claim)


def test_case_of_a_word_is_no_other_version():
    keys, _ = _keys(
        ("a", "Yesterday", "XXXX-XX-XX", "day"),
        ("b", "yesterday", "XXXX-XX-XX", "day"),
        ("c", "YESTERDAY", "XXXX-XX-XX", "day"),
    )
    assert len(keys) == 1
    keys, _ = _keys(("a", "today", "XXXX-XX-XX", "day"), ("b", "Yesterday", "XXXX-XX-XX", "day"))
    assert len(keys) == 2  # two words of different days stay apart


def test_a_part_of_the_day_joins_its_day():
    keys, facts = _keys(
        ("a", "Saturday", "XXXX-WXX-6", "day"),
        ("b", "Saturday morning", "XXXX-WXX-6TMO", "partofday"),
        ("c", "Friday", "XXXX-WXX-5", "day"),
    )
    joined = _within(keys, facts)
    assert len(joined) == 1
    ((part, day),) = joined.items()
    assert [s.text for s in keys[part]] == ["Saturday morning"]
    assert [s.text for s in keys[day]] == ["Saturday"]


def test_a_resolved_evening_joins_its_date():
    keys, facts = _keys(
        ("a", "March 12", "2005-03-12", "day", None, "2005-03-12"),
        ("b", "Saturday evening", "2005-03-12TEV", "partofday", None, "2005-03-12TEV"),
    )
    assert len(_within(keys, facts)) == 1


def test_a_time_of_day_joins_its_day():
    # resolved: the day is in the reading ("by noon" on Fri 19 Dec 2008)
    keys, facts = _keys(
        ("a", "Friday", "2008-12-19", "day", None, "2008-12-19"),
        ("b", "noon", "2008-12-19T12:00", "hour", "by", "2008-12-19T12:00"),
    )
    assert len(_within(keys, facts)) == 1
    keys, facts = _keys(
        ("a", "Saturday", "XXXX-WXX-6", "day"),
        ("b", "7 p.m. Saturday", "XXXX-WXX-6T19:00", "hour"),
    )
    assert len(_within(keys, facts)) == 1


def test_a_time_of_day_without_a_day_takes_the_day_beside_it():
    """'by noon on Friday' with no publication date: 'noon' reads T12:00 and
    'Friday' beside it in the same sentence gives its day."""
    text = "by noon on Friday"
    noon = Side("b", "b:0", 3, 7, "noon", "noon")
    facts = FactsAt()
    value = {"timex": "T12:00", "granularity": "hour", "modifier": "by", "value": "noon"}
    facts[("b", 3, 7)] = Fact("b-1", "b:0", "b", "time", 3, 7, "noon", value)
    day = {"timex": "XXXX-WXX-5", "granularity": "day", "modifier": None, "value": "Friday"}
    facts[("b", 11, 17)] = Fact("b-2", "b:0", "b", "date", 11, 17, text[11:17], day)
    friday, fact = _time("a", "Friday", "XXXX-WXX-5", "day")
    facts[("a", 0, 6)] = fact
    keys = {"time::friday": [friday], "time:by:noon": [noon]}
    assert _within(keys, facts) == {"time:by:noon": "time::friday"}
    # the same time of day with its day far off in the sentence takes none
    far = FactsAt(facts)
    far[("b", 11, 17)] = Fact("b-2", "b:0", "b", "date", 40, 46, "Friday", day)
    assert _within(keys, far) == {}


def test_what_stays_apart():
    # two parts of one day: a difference of the time of day
    keys, facts = _keys(
        ("a", "Saturday", "XXXX-WXX-6", "day"),
        ("b", "Saturday morning", "XXXX-WXX-6TMO", "partofday"),
        ("c", "Saturday night", "XXXX-WXX-6TNI", "partofday"),
    )
    assert _within(keys, facts) == {}
    keys, facts = _keys(
        ("a", "Saturday", "XXXX-WXX-6", "day"),
        ("b", "Saturday morning", "XXXX-WXX-6TMO", "partofday"),
        ("c", "7 p.m. Saturday", "XXXX-WXX-6T19:00", "hour"),
    )
    assert _within(keys, facts) == {}
    # a part of another day, and no day to join
    keys, facts = _keys(
        ("a", "Saturday", "XXXX-WXX-6", "day"),
        ("b", "Sunday morning", "XXXX-WXX-7TMO", "partofday"),
    )
    assert _within(keys, facts) == {}
    # a bound on the day itself is no day
    keys, facts = _keys(
        ("a", "by Saturday", "XXXX-WXX-6", "day", "by"),
        ("b", "Saturday morning", "XXXX-WXX-6TMO", "partofday"),
    )
    assert _within(keys, facts) == {}
    # a day not known as one: every unresolved relative day reads XXXX-XX-XX
    keys, facts = _keys(
        ("a", "today", "XXXX-XX-XX", "day"),
        ("b", "yesterday morning", "XXXX-XX-XXTMO", "partofday"),
    )
    assert _within(keys, facts) == {}


def test_one_finding_names_the_day_once(tmp_path, monkeypatch):
    """No publication date (as in ECB+): the days stay as written, and
    'Saturday morning' is still Saturday's version, not one of its own."""
    from workbench.cli import main
    from workbench.store import ReviewLog

    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")
    body = "A judge in Atlanta sentenced the courthouse gunman to life in prison {}.\n"
    paths = []
    for x, day in (("a", "on Saturday"), ("b", "on Saturday morning"), ("c", "on Friday")):
        path = tmp_path / f"{x}.txt"
        path.write_text(body.format(day), encoding="utf-8")
        paths.append(str(path))
    db = str(tmp_path / "log.sqlite")
    assert main(["check", *paths, "--db", db, "-q"]) == 0
    log = ReviewLog(db)
    try:
        (found,) = [f for f in log.findings() if f.kind == "date" and f.active]
    finally:
        log.close()
    assert sorted(tuple(sorted(v.sources)) for v in found.versions) == [("a", "b"), ("c",)]
