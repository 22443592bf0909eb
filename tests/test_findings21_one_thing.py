"""One measured thing, one finding (issue 15, fresh editor trials): findings
that each compared the very same figure of one source join when that figure is
its grouped sentence's only one of its kind and every other figure of both is
its own sentence's only one; never by value alone, never across owners."""

from __future__ import annotations

import re

from workbench.facts.measure import measure_of
from workbench.findings.build import findings
from workbench.model import (
    Analysis,
    Article,
    Claim,
    ClaimGroup,
    Discrepancy,
    Fact,
    Member,
    Side,
    Verdict,
)

LENGTH = r"(?:more than )?(?:\d+|three|four|two) (?:decades|years|hours|minutes)"


class Story:
    """Articles of one or more sentences; figures of one kind read by a pattern."""

    def __init__(self, sentences: dict[str, list[str]], figure: str, kind: str):
        self.articles, self.claims, self.facts = [], [], []
        for art, texts in sentences.items():
            text = " ".join(texts)
            self.articles.append(Article(art, f"{art}.txt", art, "", None, "", text, art))
            at = 0
            for n, t in enumerate(texts):
                c = Claim(f"{art}:{n}", art, n, at, at + len(t), t)
                self.claims.append(c)
                for m in re.finditer(figure, t):
                    start, end = at + m.start(), at + m.end()
                    fid = f"{c.id}@{m.start()}"
                    self.facts.append(Fact(fid, c.id, art, kind, start, end, m.group(0), {}))
                at += len(t) + 1
        self.kind = kind

    def side(self, claim: str, value: str) -> Side:
        f = next(f for f in self.facts if f.claim == claim and f.text == value)
        return Side(f.article, claim, f.start, f.end, f.text, f.text)

    def d(self, n: str, verdict: Verdict, a: tuple[str, str], b: tuple[str, str]) -> Discrepancy:
        x, y = self.side(*a), self.side(*b)
        return Discrepancy(n, self.kind, verdict, f"{x.text} vs {y.text}", (x, y))

    def found(self, discs: list[Discrepancy], groups: list[list[str]]):
        grouped = tuple(
            ClaimGroup(f"g{n}", tuple(Member(c.split(":")[0], (c,), 0.8) for c in g))
            for n, g in enumerate(groups)
        )
        analysis = Analysis(
            tuple(self.articles), tuple(self.claims), tuple(self.facts), (), tuple(discs), grouped
        )
        return findings(analysis, grouped, (), read=measure_of)


def _items(out) -> list[tuple[str, ...]]:
    return sorted(f.discrepancies for f in out)


def _versions(f) -> dict[str, set[str]]:
    return {v.value: {s.article for s in v.sides} for v in f.versions}


MYSTERY = {
    "a": ["His disclosure ended a mystery that had lasted three decades."],
    "b": ["The revelation capped a whodunnit that spanned more than three decades."],
    "c": ["It ended a guessing game that had gone on for more than 30 years."],
    "d": ["His disclosure ended a mystery that had lasted three decades."],
}


def test_one_length_compared_by_two_sources_is_one_finding_with_its_versions():
    s = Story(MYSTERY, LENGTH, "duration")
    hub = ("a:0", "three decades")
    d1 = s.d("d1", Verdict.UNRESOLVED, hub, ("b:0", "more than three decades"))
    d2 = s.d("d2", Verdict.UNRESOLVED, hub, ("c:0", "more than 30 years"))
    (f,) = s.found([d1, d2], [["a:0", "d:0"]])
    assert f.discrepancies == ("d1", "d2")
    assert _versions(f) == {
        "three decades": {"a", "d"},
        "more than three decades": {"b"},
        "more than 30 years": {"c"},
    }


STANDOFF = {
    "a": ["Offices were shut during the standoff that lasted two hours."],
    "b": ["What followed was a tense three hours while police negotiated."],
    "c": ["Police locked down the area for almost three hours while they negotiated."],
    "e": ["The standoff lasted two hours before the gunman gave himself up."],
}


def test_two_dissents_from_one_grouped_figure_are_one_finding_with_the_group_filled():
    # two sources outside the group, each compared with the group's figure only
    s = Story(STANDOFF, r"(?:almost )?(?:two|three) hours", "duration")
    d1 = s.d("d1", Verdict.CONFLICT, ("a:0", "two hours"), ("b:0", "three hours"))
    d2 = s.d("d2", Verdict.CONFLICT, ("a:0", "two hours"), ("c:0", "almost three hours"))
    (f,) = s.found([d1, d2], [["a:0", "e:0"]])
    assert _versions(f) == {
        "two hours": {"a", "e"},
        "three hours": {"b"},
        "almost three hours": {"c"},
    }
    assert f.verdict is Verdict.CONFLICT


def test_a_figure_of_an_ungrouped_sentence_joins_nothing():
    s = Story(MYSTERY, LENGTH, "duration")
    hub = ("a:0", "three decades")
    d1 = s.d("d1", Verdict.UNRESOLVED, hub, ("b:0", "more than three decades"))
    d2 = s.d("d2", Verdict.UNRESOLVED, hub, ("c:0", "more than 30 years"))
    assert _items(s.found([d1, d2], [])) == [("d1",), ("d2",)]


def test_a_shared_figure_beside_another_of_its_kind_joins_nothing():
    # the figure both compared could be read as the other of its sentence's
    story = {**MYSTERY, "a": ["The mystery lasted three decades and the probe four years."]}
    s = Story(story, LENGTH, "duration")
    hub = ("a:0", "three decades")
    d1 = s.d("d1", Verdict.UNRESOLVED, hub, ("b:0", "more than three decades"))
    d2 = s.d("d2", Verdict.UNRESOLVED, hub, ("c:0", "more than 30 years"))
    assert _items(s.found([d1, d2], [["a:0", "d:0"]])) == [("d1",), ("d2",)]


def test_another_figure_read_beside_one_of_its_kind_joins_nothing():
    # a year compared with the day of a death, from a sentence that also dates
    # something else: what it measures is unclear, it stays a finding of its own
    story = {
        **MYSTERY,
        "c": ["His identity, kept for 30 years, was unknown until three years ago."],
    }
    s = Story(story, r"(?:more than )?(?:three|30) (?:decades|years)", "duration")
    hub = ("a:0", "three decades")
    d1 = s.d("d1", Verdict.UNRESOLVED, hub, ("b:0", "more than three decades"))
    d2 = s.d("d2", Verdict.UNRESOLVED, hub, ("c:0", "30 years"))
    assert _items(s.found([d1, d2], [["a:0", "d:0"]])) == [("d1",), ("d2",)]


# --- owners as the comparison reads them ---------------------------------------

MONEY = r"\$\d+ million"


def test_two_clubs_offers_joined_through_one_figure_stay_two_findings():
    # the Red Sox' own offer (the clause's subject) is not the Nationals'
    story = {
        "a": ["The Nationals have bid $160 million for the first baseman."],
        "b": ["The Nationals' offer was reported at $160 million."],
        "c": ["The Red Sox offered $170 million, a source said."],
        "d": ["The Nationals have bid $160 million for the first baseman."],
    }
    s = Story(story, MONEY, "money")
    hub = ("a:0", "$160 million")
    d1 = s.d("d1", Verdict.CONFLICT, hub, ("b:0", "$160 million"))
    d2 = s.d("d2", Verdict.CONFLICT, hub, ("c:0", "$170 million"))
    assert _items(s.found([d1, d2], [["a:0", "d:0"]])) == [("d1",), ("d2",)]


def test_a_listed_owners_figure_is_not_another_sentences_unowned_range():
    # "the Orioles (seven years, $140 million)" is the Orioles' figure; a range
    # of every seven-year offer never names them
    story = {
        "a": ["Rivals are the Orioles (seven years, $140 million) and the Cubs."],
        "b": ["The Orioles have made an offer of $140 million over seven years."],
        "c": ["The seven-year offers were in the $150 million range."],
    }
    s = Story(story, MONEY, "money")
    d1 = s.d("d1", Verdict.CONSISTENT, ("a:0", "$140 million"), ("b:0", "$140 million"))
    d2 = s.d("d2", Verdict.CONFLICT, ("b:0", "$140 million"), ("c:0", "$150 million"))
    out = s.found([d1, d2], [["a:0", "b:0", "c:0"]])
    assert _items(out) == [("d1",), ("d2",)]


def test_one_owner_named_in_both_sentences_stays_one_finding():
    # "Charles' big day" and "Charles took a handoff": one owner however the
    # possessive was cut
    story = {
        "a": ["Charles' big day included an 86 yard touchdown run."],
        "b": ["Charles took a handoff and ran 80 yard for the score."],
        "c": ["Charles kicked off the half with an 86 yard touchdown."],
    }
    s = Story(story, r"\d+ yard", "quantity")
    d1 = s.d("d1", Verdict.CONFLICT, ("a:0", "86 yard"), ("b:0", "80 yard"))
    d2 = s.d("d2", Verdict.CONFLICT, ("c:0", "86 yard"), ("b:0", "80 yard"))
    (f,) = s.found([d1, d2], [["a:0", "b:0", "c:0"]])
    assert _versions(f) == {"86 yard": {"a", "c"}, "80 yard": {"b"}}


def test_a_member_the_comparison_reads_as_another_owners_is_not_filled_in():
    story = {
        "a": ["The Nationals have bid $160 million for him."],
        "b": ["The Nationals' offer was reported at $150 million."],
        "c": ["The Red Sox have bid $160 million for him."],
        "e": ["The Nationals put $160 million on the table for him."],
    }
    s = Story(story, MONEY, "money")
    d1 = s.d("d1", Verdict.CONFLICT, ("a:0", "$160 million"), ("b:0", "$150 million"))
    (f,) = s.found([d1], [["a:0", "b:0", "c:0", "e:0"]])
    assert _versions(f)["$160 million"] == {"a", "e"}
