"""Which claims in different articles state the same thing.

Lexical similarity alone is weak for paraphrase, so the score combines an
IDF-weighted cosine over content words (names and numbers weigh most because
they are rare), rapidfuzz's ``token_set_ratio`` (robust to reordering), and
evidence from facts: a shared quotation is near-certain alignment. Candidate
pairs come from an inverted index, so 50 articles stay fast.
"""

from __future__ import annotations

import math
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import partial

from . import thresholds
from .align_copies import through_copies
from .align_follow import follow_on_partners
from .align_lexical import Lexical, forced_pairs, prepare, shared_values
from .align_lexical import cosines as _cosines  # noqa: F401 - its name in tests
from .align_openings import opening_partners
from .align_partners import common_words, covered, differ_about, left_apart, lone_partners
from .lexical import _combine, _mix, _vectors, similarity  # noqa: F401 - callers' names
from .model import Alignment, Claim
from .text import STOPWORDS, content_tokens, stem  # noqa: F401 - re-exported for callers
from .thresholds import AlignLimits, AlignThresholds

# Every tunable number (candidate floors, accept/split/conflict limits, the
# fact bonus and the embedding weight) is read from thresholds.current().align
# when align() runs, so a benchmark can sweep one without editing code.


GENERIC = {"count", "percent", "date"}  # too common to join sentences on their own
PHYSICAL = {"length", "area", "mass", "volume", "temperature", "speed"}
Evidence = tuple[str, float, float]  # (dimension, low, high) of a value in a claim


def embeddings_wanted() -> bool:
    """Use sentence embeddings when the optional extra is installed, unless
    WORKBENCH_EMBEDDINGS=0 asks for the lexical path (for comparison)."""
    if os.environ.get("WORKBENCH_EMBEDDINGS", "1") == "0":
        return False
    from . import embed

    return embed.available()


class _EmbeddingScores:
    """Sentence-embedding cosines, computed by article-pair blocks with NumPy:
    a full n×n matrix as Python lists took 1.3 GB for four 160 KB articles."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        from . import embed

        texts = [c.text for c in claims]
        unique = list(dict.fromkeys(texts))  # boilerplate repeats: encode it once
        where = {t: k for k, t in enumerate(unique)}
        self.vectors = embed.encode_array(unique)[[where[t] for t in texts]]
        groups: dict[str, list[int]] = defaultdict(list)
        for i, c in enumerate(claims):
            groups[c.article].append(i)
        self.strong: dict[int, dict[int, float]] = defaultdict(dict)
        floor = thresholds.current().align.emb_candidate
        ids = list(groups.values())
        # Each article's rows copied out once, not once per article pair: the
        # same operands in the same layout, so the same products bit for bit.
        rows = [self.vectors[ia] for ia in ids]
        cols = [r.T for r in rows]
        for x, ia in enumerate(ids):
            va = rows[x]
            for y in range(x + 1, len(ids)):
                block = va @ cols[y]
                hit_r, hit_c = (block >= floor).nonzero()
                if not len(hit_r):
                    continue
                ib = ids[y]
                for r, c, v in zip(
                    hit_r.tolist(), hit_c.tolist(), block[hit_r, hit_c].tolist(), strict=True
                ):
                    i, j = ia[r], ib[c]
                    if i < j:
                        self.strong[i][j] = v
                    else:
                        self.strong[j][i] = v

    def __call__(self, i: int, j: int) -> float:
        got = self.strong.get(min(i, j), {}).get(max(i, j))
        return got if got is not None else float(self.vectors[i] @ self.vectors[j])


def _embedding_scores(claims: Sequence[Claim]) -> _EmbeddingScores | None:
    from . import embed

    try:
        return _EmbeddingScores(claims)
    except embed.EmbeddingError:
        return None


def align(
    claims: Sequence[Claim],
    linked: Iterable[tuple[str, str]] = (),
    evidence: dict[str, list[Evidence]] | None = None,
    use_embeddings: bool | None = None,
    manual: Iterable[tuple[str, str]] = (),
    removed: Iterable[frozenset[str]] = (),
    happenings: dict[str, list[Evidence]] | None = None,
    runner_ups: list[Alignment] | None = None,
    lexical: Lexical | None = None,
) -> list[Alignment]:
    """Align claims of different articles.

    ``linked`` holds claim-id pairs that share strong evidence (the same
    quotation); they are aligned whatever their wording. ``evidence`` maps a
    claim id to its normalised values; agreeing values add to the score, so
    a paraphrase that converts units still aligns. With the optional
    embeddings extra, half of the score is the cosine of MiniLM sentence
    embeddings, which recognises paraphrase that shares few words.

    ``manual`` pairs were linked by an editor: they are aligned (score 1,
    ``manual``) besides what the engine aligns; ``removed`` pairs were
    unlinked by an editor and are never aligned.

    ``happenings`` maps a claim id to what its figures and dates are of, with
    their values (("when:charged", low, high), ("number:killed", …)): two claims
    with different values of one such thing may state one fact differently,
    and may take a second partner (``_select``).

    ``runner_ups``, when given, receives the pairs left unaligned scoring at least
    ``accept - max(runner_up, anchored)`` (``align_partners.left_apart``).

    ``lexical``: the word candidates, found before the vectors (``align_lexical``).
    """
    t = thresholds.current().align
    evidence = evidence or {}
    if use_embeddings is None:
        use_embeddings = embeddings_wanted()
    emb = _embedding_scores(claims) if use_embeddings and claims else None
    limits = t.embedding if emb is not None else t.lexical
    by_id = {c.id: i for i, c in enumerate(claims)}
    forced = forced_pairs(claims, linked)
    if lexical is None or not lexical.fits(claims, forced, t):
        lexical = prepare(claims, evidence, forced, t=t)
    tokens = lexical.tokens
    happenings = happenings or {}
    about = [happenings.get(c.id, []) for c in claims]
    pairs = _candidates(claims, tokens, forced, evidence, emb, t, lexical)
    removed = set(removed)
    agree = partial(_agree, claims, evidence)
    out: list[Alignment] = []
    kept: list[list[tuple[float, int, int]]] = []
    for cands_ in pairs.values():
        if removed:
            cands_ = [c for c in cands_ if _pair_ids(claims, c) not in removed]
        out.extend(_select(cands_, claims, tokens, limits, agree, about))
        kept.append(cands_)  # sorted by _select, strongest first
    out = _followed_on(through_copies(out, claims, by_id, t.copy, removed), claims, removed)
    if t.lone_partner >= 0:  # after the copies: a copy's partner comes first
        article = [c.article for c in claims]
        partners: dict[int, set[int]] = defaultdict(set)
        for a in out:
            partners[by_id[a.left]].add(by_id[a.right])
            partners[by_id[a.right]].add(by_id[a.left])
        common = common_words(tokens, t.lone_common, len({c.article for c in claims}))
        floor = limits.accept + t.lone_partner
        for cands_ in kept:
            got = lone_partners(cands_, tokens, floor, t.lone_words, common, partners, article)
            out += [Alignment(claims[i].id, claims[j].id, round(min(s, 1.0), 3)) for s, i, j in got]
    if t.opening_partner >= 0:  # two openings that state a value of one kind
        floor = limits.accept + t.opening_partner
        out += opening_partners(out, kept, claims, evidence, floor, t.opening_sentences)
    out = _with_manual(out, claims, by_id, manual)
    out.sort(key=lambda a: (a.left, a.right))
    if runner_ups is not None and (margin := max(t.runner_up, t.anchored)) >= 0:
        aligned = {(by_id[a.left], by_id[a.right]) for a in out}
        for cands_ in kept:
            got = left_apart(cands_, limits.accept - margin, aligned)
            runner_ups += [Alignment(claims[i].id, claims[j].id, round(s, 3)) for s, i, j in got]
    return out


def _followed_on(
    out: list[Alignment], claims: Sequence[Claim], removed: set[frozenset[str]]
) -> list[Alignment]:
    """``out`` with the short sentences going on from its pairs (align_follow)."""
    more = follow_on_partners(out, claims)
    return out + [a for a in more if frozenset((a.left, a.right)) not in removed]


def _pair_ids(claims: Sequence[Claim], cand: tuple[float, int, int]) -> frozenset[str]:
    return frozenset((claims[cand[1]].id, claims[cand[2]].id))


def _with_manual(
    out: list[Alignment],
    claims: Sequence[Claim],
    by_id: dict[str, int],
    manual: Iterable[tuple[str, str]],
) -> list[Alignment]:
    """The engine's alignments plus the editors' links (score 1, ``manual``).
    A link adds its pair and takes nothing away: the sentences keep the
    partners the engine gave them (an editor who disagrees unlinks them)."""
    linked: dict[frozenset[str], Alignment] = {}
    for a, b in manual:
        if a in by_id and b in by_id and claims[by_id[a]].article != claims[by_id[b]].article:
            left, right = sorted((a, b), key=lambda c: by_id[c])  # in claim order, as the engine
            linked.setdefault(frozenset((a, b)), Alignment(left, right, 1.0, True))
    kept = [a for a in out if frozenset((a.left, a.right)) not in linked]
    return kept + list(linked.values())


def _candidates(
    claims: Sequence[Claim],
    tokens: list[list[str]],
    forced: set[tuple[int, int]],
    evidence: dict[str, list[Evidence]],
    emb: _EmbeddingScores | None,
    t: AlignThresholds,
    lexical: Lexical | None = None,
) -> dict[tuple[str, str], list[tuple[float, int, int]]]:
    """Scores for every candidate pair, grouped by article pair.

    A pair is scored when its lexical cosine reaches ``min_candidate`` and
    either reaches ``weak_candidate`` too or the two claims share a value, when
    the embeddings make it a candidate, or when a quotation links it. The
    order in which pairs are found does not matter: ``_select`` sorts them.
    ``lexical``: the word candidates and their lexical scores, found before
    (``align_lexical.prepare``); the embedding's pairs are added to them."""
    if lexical is None or not lexical.fits(claims, forced, t):
        lexical = prepare(claims, evidence, forced, tokens, t)
    forced_of: dict[int, list[int]] = defaultdict(list)
    for a, b in forced:
        forced_of[a].append(b)
    pairs: dict[tuple[str, str], list[tuple[float, int, int]]] = defaultdict(list)
    for i, found in enumerate(lexical.found):
        strong = emb.strong.get(i, {}) if emb is not None else {}
        seen = {j for j, *_ in found}
        more = [j for j in dict.fromkeys([*strong, *forced_of.get(i, ())]) if j not in seen]
        for j, _, mix, bonus in [*found, *((j, *_scored(lexical, i, j)) for j in more)]:
            score = mix
            if emb is not None:
                e = strong.get(j)  # what emb(i, j) returns, without the call
                score = t.emb_weight * (emb(i, j) if e is None else e) + (1 - t.emb_weight) * score
            if bonus is not None:
                score += bonus
            if (i, j) in forced:
                score = max(score, 0.9)
            pairs[(claims[i].article, claims[j].article)].append((score, i, j))
    return pairs


def _scored(lexical: Lexical, i: int, j: int) -> tuple[float, float, float | None]:
    """A pair only the embedding or a quotation makes a candidate: its word
    cosine, lexical score and fact bonus, as the walk would have found them."""
    cos = lexical.cosine(i, j)
    return (cos, *lexical.score(i, j, cos))


def _agree(
    claims: Sequence[Claim],
    evidence: dict[str, list[Evidence]],
    i: int,
    j: int,
    strict: bool = False,
) -> bool:
    """Share a specific value: a time, or a measure with a unit (bare
    counts and percentages recur too often in template reports). Strict:
    only a physical measure or a clock time — the kind of detail two
    reports of one event share but two events rarely do."""

    def keep(e: Evidence) -> bool:
        if strict:
            return e[0] in PHYSICAL or e[0].startswith("timex:T")
        return e[0] not in GENERIC

    ev_i = [e for e in evidence.get(claims[i].id, ()) if keep(e)]
    ev_j = [e for e in evidence.get(claims[j].id, ()) if keep(e)]
    return bool(ev_i and ev_j and shared_values(ev_i, ev_j))


def _select(
    cands: list[tuple[float, int, int]],
    claims: Sequence[Claim],
    tokens: list[list[str]],
    limits: AlignLimits,
    agree: Callable[[int, int], bool] = lambda i, j: False,
    about: Sequence[Sequence[Evidence]] = (),
) -> list[Alignment]:
    """Greedy one-to-one matching, then second partners for split sentences,
    for sentences that state the same fact as one already aligned, and for
    sentences left alone (``align_partners.lone_partners``)."""
    t = thresholds.current().align
    split_trust = t.split_trust
    second = limits.accept + t.second_partner if t.second_partner >= 0 else math.inf
    cands.sort(reverse=True)
    used_i, used_j, chosen = _one_to_one(cands, limits.accept)
    # One sentence may say what the other article says in two neighbouring ones.
    partners_i: dict[int, set[int]] = defaultdict(set)
    partners_j: dict[int, set[int]] = defaultdict(set)
    for _, i, j in chosen:
        partners_i[i].add(j)
        partners_j[j].add(i)
    taken = {(i, j) for _, i, j in chosen}
    told: set[tuple[int, int]] = set()  # second partners taken for days that agree

    def second_part(
        long: int, part: int, partners: set[int], part_used: bool, score: float
    ) -> bool:
        """``part`` neighbours one of ``long``'s partners and adds something
        the long sentence says: most of its new words, or one of its values
        ("at 23:47" for "at 11.47pm")."""
        near = any(abs(claims[p].index - claims[part].index) == 1 for p in partners)
        return (
            near
            and (not part_used or score >= limits.accept)
            and (
                agree(long, part)
                or score >= limits.accept + split_trust
                or covered(tokens[long], [t for p in partners for t in tokens[p]], tokens[part])
            )
        )

    for score, i, j in cands:
        if score < limits.split:
            break
        if (i, j) in taken:
            continue
        other = (
            second_part(i, j, partners_i[i], j in used_j, score)
            or second_part(j, i, partners_j[j], i in used_i, score)
            or (
                # A reordered merge: a sentence left without a partner that fits a
                # claim already aligned elsewhere, and shares one of its values.
                score >= limits.accept
                and agree(i, j, strict=True)
                and (i not in used_i or j not in used_j)
            )
        )
        again = "" if other or score < second else _told_again(about, i, j, t)
        if other or again:
            if again == "agree":  # a pair for the day both date alike (model.Alignment)
                told.add((i, j))
            partners_i[i].add(j)
            partners_j[j].add(i)
            used_i.setdefault(i, j)
            used_j.setdefault(j, i)
            taken.add((i, j))
            chosen.append((score, i, j))
    return [
        Alignment(claims[i].id, claims[j].id, round(min(score, 1.0), 3), days_agree=(i, j) in told)
        for score, i, j in chosen
    ]


def _one_to_one(
    cands: list[tuple[float, int, int]], accept: float
) -> tuple[dict[int, int], dict[int, int], list[tuple[float, int, int]]]:
    """Greedy one-to-one matching of the candidates (sorted, strongest first)
    scoring ``accept`` or more: each claim's partner, both ways, and the pairs."""
    used_i: dict[int, int] = {}
    used_j: dict[int, int] = {}
    chosen: list[tuple[float, int, int]] = []
    for score, i, j in cands:
        if score < accept:
            break
        if i in used_i or j in used_j:
            continue
        used_i[i], used_j[j] = j, i
        chosen.append((score, i, j))
    return used_i, used_j, chosen


def _told_again(about: Sequence[Sequence[Evidence]], i: int, j: int, t: AlignThresholds) -> str:
    """One fact told twice, once by a sentence whose partner a neighbour took:
    both claims give a day of one named thing at one precision, not far apart:
    "differ" when the days differ (or do not resolve), "agree" when they agree
    (with ``second_partner_agreeing``: the pair must not depend on whether the
    days resolve, trial 33), "" otherwise."""
    if not about:
        return ""
    ratio = t.second_partner_ratio
    if differ_about(about[i], about[j], ratio):
        return "differ"
    agree = t.second_partner_agreeing and differ_about(about[i], about[j], ratio, agreeing=True)
    return "agree" if agree else ""
