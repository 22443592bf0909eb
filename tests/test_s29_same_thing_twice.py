"""Session 29 (issue 15, items to review): one compared thing told twice by a
source is one finding.

A source that states a figure in two sentences ("registration will begin on
April 29" in its lead, "Beginning April 29th, customers can register" further
on) gave two findings of one claim group sharing the other sources' figures
(42_ecbplus at five articles: the registration day twice). The overlap rule
(``clusters._two_shared``) joins findings holding the same figures of two
sources only when every source both hold states the same in each; the source's
two sentences were told apart by their words ("on April 29" / "from April
29"), though both read the same day. What a figure reads (its TIMEX value, its
normalised quantity) now counts: one reading each, the same, naming a figure.
Words alone ("today" in two papers) never do.
"""

from __future__ import annotations

from dataclasses import replace

from test_findings21_one_thing import Story, _items, _versions

from workbench.facts.measure import measure_of
from workbench.findings.build import findings
from workbench.model import Alignment, Analysis, Verdict


def _found(s: Story, discs, aligned):
    analysis = Analysis(
        tuple(s.articles),
        tuple(s.claims),
        tuple(s.facts),
        tuple(Alignment(x, y, 0.7) for x, y in aligned),
        tuple(discs),
        (),
    )
    return findings(analysis, (), (), read=measure_of)


def _story(sentences, pattern, kind, values):
    s = Story(sentences, pattern, kind)
    s.facts = [replace(f, value=values[f.text]) for f in s.facts]
    return s


# a, b and c aligned with each other in their leads; c's later sentence with a and b
ALIGNED = [("a:0", "b:0"), ("a:0", "c:0"), ("b:0", "c:0"), ("a:0", "c:1"), ("b:0", "c:1")]


def _twice(s: Story, a: str, b: str, c0: str, c1: str, verdict=Verdict.CONSISTENT):
    return [
        s.d("d1", verdict, ("a:0", a), ("b:0", b)),
        s.d("d2", verdict, ("a:0", a), ("c:0", c0)),
        s.d("d3", verdict, ("b:0", b), ("c:0", c0)),
        s.d("d4", verdict, ("a:0", a), ("c:1", c1)),
        s.d("d5", verdict, ("b:0", b), ("c:1", c1)),
    ]


REGISTRATION = {
    "a": ["T-Mobile will carry the phone, and registration will begin on April 29."],
    "b": ["The phone will be available for preorder on the carrier's website April 29."],
    "c": [
        "T-Mobile said it would carry the phone, with pre-registration on April 29th.",
        "Beginning April 29th, business customers can register on the website.",
    ],
}
DAY = r"(?:Beginning |on )?April 29(?:th)?"
APRIL = {"timex": "2013-04-29"}


def test_a_day_told_twice_by_one_source_in_other_words_is_one_finding():
    # "Beginning April 29th" reads the day as the start of something ("from"):
    # its version is not "on April 29th"'s, yet it is the same day
    values = dict.fromkeys(["on April 29", "April 29", "on April 29th"], APRIL)
    values["Beginning April 29th"] = {**APRIL, "modifier": "START"}
    s = _story(REGISTRATION, DAY, "date", values)
    ds = _twice(s, "on April 29", "April 29", "on April 29th", "Beginning April 29th")
    (f,) = _found(s, ds, ALIGNED)
    assert f.discrepancies == ("d1", "d2", "d3", "d4", "d5")
    assert len(_versions(f)) >= 2  # c's two statements stay versions of their own


DEATH = {
    "a": ["Mark Felt, the source known as Deep Throat, died on Thursday aged 95."],
    "b": ["W. Mark Felt, who leaked information about the break-in, died Thursday."],
    "c": [
        "Felt died yesterday at his home in Santa Rosa, his grandson said.",
        "The family said Thursday that he had been ill for months before he died.",
    ],
}


def test_a_day_told_once_resolved_once_as_written_is_one_finding():
    # c's "yesterday" (in Friday's paper) and its "Thursday" read the same day
    thursday = {"timex": "2008-12-18", "value": "XXXX-WXX-4"}
    values = {
        "on Thursday": thursday, "Thursday": thursday,
        "yesterday": {"timex": "2008-12-18", "value": "yesterday"},
    }  # fmt: skip
    s = _story(DEATH, r"\b(?:on Thursday|Thursday|yesterday)\b", "date", values)
    ds = _twice(s, "on Thursday", "Thursday", "yesterday", "Thursday", Verdict.UNRESOLVED)
    assert _items(_found(s, ds, ALIGNED)) == [("d1", "d2", "d3", "d4", "d5")]


def test_two_readings_of_one_source_stay_two_findings():
    # c gives the launch day in one sentence and another day in the other
    story = {**REGISTRATION, "c": [REGISTRATION["c"][0], "Beginning May 13th, shops sell it."]}
    pattern = r"(?:Beginning |on )?(?:April 29|May 13)(?:th)?"
    s = _story(story, pattern, "date", {
        "on April 29": APRIL, "April 29": APRIL, "on April 29th": APRIL,
        "Beginning May 13th": {"timex": "2013-05-13"},
    })  # fmt: skip
    ds = _twice(s, "on April 29", "April 29", "on April 29th", "Beginning May 13th")
    assert _items(_found(s, ds, ALIGNED)) == [("d1", "d2", "d3"), ("d4", "d5")]


TODAY = {
    "a": ["Microsoft today released an emergency patch for its browser."],
    "b": ["Microsoft issued an emergency patch today to plug the hole."],
    "c": [
        "The emergency patch went out on Tuesday, Microsoft said.",
        "Today the company also warned of attacks on older versions.",
    ],
}


def test_words_alone_never_read_alike():
    # no value read: "Today" and "on Tuesday" are compared by their words, which differ
    s = Story(TODAY, r"\b(?:today|Today|on Tuesday)\b", "date")
    u = Verdict.UNRESOLVED
    ds = _twice(s, "today", "today", "on Tuesday", "Today", u)
    assert _items(_found(s, ds, ALIGNED)) == [("d1", "d2", "d3"), ("d4", "d5")]
