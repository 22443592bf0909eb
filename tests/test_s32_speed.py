"""Session 32, issue 14: the aligner's lexical half is worked out while the
model still encodes (``align_lexical``, ``analysis._before_vectors``), and it
gives the same candidates, scores and alignments, float for float, as the
candidate search done in one pass after the vectors."""

from __future__ import annotations

import dataclasses
import random

import pytest

from workbench import align, align_lexical, analysis, thresholds
from workbench.align import _candidates, _vectors
from workbench.model import Article, Claim

WORDS = ["flood", "river", "bank", "council", "vote", "rain", "dam", "levee"]
WORDS += ["bridge", "mayor", "police", "fire", "storm", "court", "ferry", "quay"]


def _claims(rng: random.Random, layout: list[str]) -> list[Claim]:
    return [
        Claim(
            f"{art}:{k}",
            art,
            k,
            0,
            1,
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 7))),
        )
        for k, art in enumerate(layout)
    ]


def _walk(claims: list[Claim], vecs: list[dict[str, float]]) -> dict[tuple[int, int], float]:
    """Every cross-article pair's word cosine, summed as a plain walk sums it."""
    out = {}
    for i, v in enumerate(vecs):
        for j in range(i + 1, len(vecs)):
            if claims[j].article == claims[i].article:
                continue
            acc = 0.0
            hit = False
            for tok, w in v.items():
                if tok in vecs[j]:
                    acc += w * vecs[j][tok]
                    hit = True
            if hit:
                out[i, j] = acc
    return out


class _Strong:
    """Strong pairs and cosines drawn at random, as align._EmbeddingScores exposes them."""

    def __init__(self, rng: random.Random, claims: list[Claim], floor: float) -> None:
        self.strong: dict[int, dict[int, float]] = {}
        self.cos: dict[tuple[int, int], float] = {}
        for i in range(len(claims)):
            for j in range(i + 1, len(claims)):
                self.cos[i, j] = rng.uniform(-0.2, 0.95)  # also within an article (a quote)
                if claims[i].article != claims[j].article and self.cos[i, j] >= floor:
                    self.strong.setdefault(i, {})[j] = self.cos[i, j]

    def __call__(self, i: int, j: int) -> float:
        return self.cos[min(i, j), max(i, j)]


@pytest.mark.parametrize("contiguous", [True, False])
def test_a_pair_the_embedding_adds_takes_the_cosine_the_walk_sums(contiguous):
    rng = random.Random(32 if contiguous else 33)
    for _ in range(30):
        layout = [rng.choice("pqrs") for _ in range(rng.randint(2, 25))]
        layout = sorted(layout) if contiguous else layout
        claims = _claims(rng, layout)
        lex = align_lexical.prepare(claims, {}, set())
        walked = _walk(claims, lex.vecs)
        for i in range(len(claims)):
            for j in range(i + 1, len(claims)):
                want = walked.get((i, j), 0.0)
                assert lex.cosine(i, j) == want  # the same bits, not merely close
        # and the walk's own sums, where it met the pair
        for i, acc in enumerate(align_lexical.cosines(claims, lex.vecs)):
            for j, cos in acc.items():
                assert cos == lex.cosine(i, j)


def test_candidates_prepared_ahead_equal_one_pass_in_order_and_bits():
    default = thresholds.current().align
    rng = random.Random(2032)
    dims = ["count", "length", "timex:T", "money:EUR"]
    for trial in range(60):
        t = dataclasses.replace(
            default, min_candidate=rng.choice([default.min_candidate, 0.0, 0.4])
        )
        layout = sorted(rng.choice("abcde") for _ in range(rng.randint(2, 28)))
        claims = _claims(rng, layout)
        evidence = {
            c.id: [(rng.choice(dims), v, v + rng.choice([0, 2])) for v in rng.sample(range(8), 2)]
            for c in claims
            if rng.random() < 0.5
        }
        forced = {
            (i, j)
            for i in range(len(claims))
            for j in range(i + 1, len(claims))
            if rng.random() < 0.04  # a quotation links them, of one article or two
        }
        emb = _Strong(rng, claims, rng.choice([0.3, 0.6])) if trial % 3 else None
        tokens = [align.content_tokens(c.text) for c in claims]
        with thresholds.use(dataclasses.replace(thresholds.current(), align=t)):
            ahead = align_lexical.prepare(claims, evidence, forced)
            assert ahead.fits(claims, forced, t)
        got = _candidates(claims, tokens, forced, evidence, emb, t, ahead)
        want = _one_pass(claims, tokens, forced, evidence, emb, t)
        assert list(got) == list(want)  # article pairs in the order met
        assert {k: v for k, v in got.items()} == want  # each list in order, same floats


def _one_pass(claims, tokens, forced, evidence, emb, t):
    """The candidate search as session 31 wrote it: the walk, the embedding's
    pairs and the quotations' in one loop, each score mixed as it is met."""
    from collections import defaultdict

    from workbench.lexical import _mix
    from workbench.one_copy import first_copies

    # an identical copy of an article weighs no word again (session 43, one_copy.py):
    # the random layouts here may repeat an article's sentences
    vecs, _ = _vectors(tokens, first_copies(claims))
    joined = [" ".join(toks) for toks in tokens]
    distinct = [len(set(toks)) for toks in tokens]
    evs = [evidence.get(c.id) for c in claims]
    forced_of = defaultdict(list)
    for a, b in forced:
        forced_of[a].append(b)
    top = max(t.min_candidate, t.weak_candidate)
    pairs = defaultdict(list)
    for i, acc in enumerate(align_lexical.cosines(claims, vecs)):
        ev_i = evs[i]
        cands = [
            j
            for j, cos in acc.items()
            if cos >= top
            or (
                ev_i and cos >= t.min_candidate and evs[j] and align.shared_values(ev_i, evs[j]) > 0
            )
        ]
        strong = emb.strong.get(i, {}) if emb is not None else {}
        cands += strong
        cands += forced_of.get(i, ())
        for j in dict.fromkeys(cands):
            score = _mix(acc.get(j, 0.0), joined[i], joined[j], distinct[i], distinct[j])
            if emb is not None:
                score = t.emb_weight * emb(i, j) + (1 - t.emb_weight) * score
            if ev_i and evs[j]:
                score += t.fact_bonus * min(align.shared_values(ev_i, evs[j]), 2)
            if (i, j) in forced:
                score = max(score, 0.9)
            pairs[(claims[i].article, claims[j].article)].append((score, i, j))
    return dict(pairs)


def test_lexical_half_prepared_for_other_claims_or_links_is_not_used():
    rng = random.Random(5)
    claims = _claims(rng, sorted("aabbbcc"))
    lex = align_lexical.prepare(claims, {}, set())
    t = thresholds.current().align
    assert lex.fits(claims, set(), t)
    assert not lex.fits(list(claims), set(), t)  # another list of claims
    assert not lex.fits(claims, {(0, 3)}, t)  # a quotation links two more
    assert not lex.fits(claims, set(), dataclasses.replace(t, min_candidate=0.33))


def _article(aid: str, text: str) -> Article:
    from datetime import date

    return Article(aid, f"{aid}.txt", aid, aid.upper(), date(2024, 3, 5), "", text, f"sha-{aid}")


TEXTS = {
    "one": 'Floods closed 14 roads in Bristol on Monday. "We are ready," the mayor said. '
    "The river rose two metres overnight.",
    "two": 'Flooding shut 12 roads across Bristol on Monday. "We are ready," said the mayor. '
    "Water rose 2 m in the night.",
    "three": "The river burst its banks near the ferry quay. Fourteen roads were closed on "
    "Monday, the council said.",
}


def test_the_analysis_aligns_on_the_half_it_prepared_and_finds_the_same(monkeypatch):
    """The analysis hands the aligner the lexical half it prepared before the
    vectors and the aligner takes it (one walk, not two); an analysis whose
    aligner must walk on its own finds the same alignments and flags."""
    arts = [_article(k, v) for k, v in TEXTS.items()]
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    walks: list[int] = []
    prepare = align_lexical.prepare

    def counted(*args, **kwargs):
        walks.append(len(args[0]))
        return prepare(*args, **kwargs)

    monkeypatch.setattr(align_lexical, "prepare", counted)
    monkeypatch.setattr(align, "prepare", counted)
    got = analysis.analyze(arts)
    assert len(walks) == 1  # prepared before the vectors, and used

    before = analysis._before_vectors

    def stale(*args):  # a half prepared for other thresholds: the aligner walks itself
        links, evidence, worked = before(*args)
        lex = dataclasses.replace(
            worked.lexical, t=dataclasses.replace(worked.lexical.t, min_candidate=-1.0)
        )
        return links, evidence, dataclasses.replace(worked, lexical=lex)

    monkeypatch.setattr(analysis, "_before_vectors", stale)
    again = analysis.analyze(arts)
    assert len(walks) == 3
    assert got.alignments == again.alignments and got.alignments
    assert got.discrepancies == again.discrepancies


WIRE = (
    "PARIS (AFP) - Riot police fired tear gas at protesters who set fire to cars in the "
    "centre of the city on Saturday evening, the interior ministry said. "
    '"The situation is under control," a spokesman told reporters near the square.'
)


def _copies(texts: dict[str, str]):
    from workbench.analysis import claims_of

    arts = tuple(_article(k, v) for k, v in sorted(texts.items()))
    claims = tuple(c for a in arts for c in claims_of(a))
    aligned = [
        analysis.Alignment(a.id, b.id, 0.9)
        for a in claims
        for b in claims
        if a.article < b.article and a.index == b.index
    ]
    return arts, claims, aligned


def test_copies_read_what_was_worked_out_ahead_and_only_for_the_same_articles():
    from workbench.findings import copies

    texts = {
        "wire": WIRE,
        "paper": WIRE.replace("(AFP) -", "-") + " Agence France-Presse contributed.",
        "own": "Cars burned in central Paris on Saturday as police used tear gas, "
        "officials said. A spokesman said the situation was under control.",
    }
    arts, claims, aligned = _copies(texts)
    copies._basis.clear()
    alone = copies.copy_links(arts, claims, aligned)  # worked out inside
    assert alone[0] and alone[1]  # a copy and the agency credits: the case is not empty
    kept = copies.basis(arts, claims)
    assert copies.copy_links(arts, claims, aligned) == alone
    assert copies.basis(arts, claims) is kept  # the one worked out ahead is read
    other, other_claims, other_aligned = _copies({**texts, "own": texts["own"] + " More."})
    assert copies.basis(other, other_claims) is not kept  # other text: worked out anew
    copies._basis.clear()
    assert copies.copy_links(other, other_claims, other_aligned) == copies.copy_links(
        other, other_claims, other_aligned
    )
