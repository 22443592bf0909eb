"""One outlet's value compared with several others is one finding (issue 15,
items at five articles): a star around that value, when the others agree
with it but for at most one dissent; never two values of one article, never
two dissents, and never a pair taken from a finding already made."""

from __future__ import annotations

from workbench import findings
from workbench.model import Alignment, Analysis, Article, Claim, Discrepancy, Side, Verdict

ARTICLES = tuple(Article(x, f"{x}.txt", x, "", None, "", "", x) for x in "abcde")


def _never(a: str, b: str) -> float:
    return 0.0


def _side(art: str, claim: int, text: str) -> Side:
    return Side(art, f"{art}:{claim}", 5, 5 + len(text), text, text)


def _analysis(discs: list[Discrepancy], claims: int = 1) -> Analysis:
    """Each article's sentences, every spoke aligned with the hub's sentence
    only (the spokes' sentences were never aligned with each other)."""
    cs = tuple(Claim(f"{x}:{i}", x, i, 0, 30, "...") for x in "abcde" for i in range(claims))
    al = {(s.claim, t.claim) for d in discs for s, t in [d.sides] if s.article != t.article}
    return Analysis(
        ARTICLES, cs, (), tuple(Alignment(x, y, 0.6) for x, y in sorted(al)), tuple(discs)
    )


def _d(n: str, verdict: Verdict, a: Side, b: Side) -> Discrepancy:
    return Discrepancy(n, "duration", verdict, f"{a.text} vs {b.text}", (a, b))


HUB = _side("a", 0, "seven hours")


def _items(discs: list[Discrepancy], claims: int = 1) -> list[list[str]]:
    out = findings.build(_analysis(discs, claims), _never).findings
    return sorted(sorted(f.discrepancies) for f in out)


def test_one_outlets_value_against_agreeing_outlets_and_one_dissent_is_one_finding():
    discs = [
        _d("d1", Verdict.CONSISTENT, HUB, _side("b", 0, "7 hours")),
        _d("d2", Verdict.CONSISTENT, HUB, _side("c", 0, "up to seven hours")),
        _d("d3", Verdict.CONFLICT, HUB, _side("d", 0, "five hours")),
    ]
    assert _items(discs) == [["d1", "d2", "d3"]]
    (f,) = findings.build(_analysis(discs), _never).findings
    assert f.verdict is Verdict.CONFLICT
    assert {v.value for v in f.versions} == {
        "seven hours",
        "7 hours",
        "up to seven hours",
        "five hours",
    }


def test_two_dissents_around_one_value_stay_apart():
    discs = [
        _d("d1", Verdict.CONFLICT, HUB, _side("b", 0, "86 hours")),
        _d("d2", Verdict.CONFLICT, HUB, _side("c", 0, "two hours")),
    ]
    assert _items(discs) == [["d1"], ["d2"]]


def test_two_values_of_one_article_around_a_value_stay_apart():
    discs = [
        _d("d1", Verdict.CONSISTENT, HUB, _side("b", 0, "7 hours")),
        _d("d2", Verdict.CONSISTENT, HUB, _side("b", 2, "seven-hour")),
    ]
    assert _items(discs, claims=3) == [["d1"], ["d2"]]  # b:0, b:2: not one passage


def test_a_star_never_takes_a_pair_from_a_finding_already_made():
    # d1 and d2 compare the same two values in two pairs of articles: one item;
    # d3 shares only a's side with d1 — d1, d2, d3 have no side in common
    other = _side("b", 0, "eight hours")
    discs = [
        _d("d1", Verdict.CONFLICT, HUB, other),
        _d("d3", Verdict.CONSISTENT, HUB, _side("e", 0, "7 hours")),
        _d("d2", Verdict.CONFLICT, _side("c", 0, "seven hours"), _side("d", 0, "eight hours")),
    ]
    assert _items(discs) == [["d1", "d2"], ["d3"]]
