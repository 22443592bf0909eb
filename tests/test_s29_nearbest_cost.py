"""Issue 14 (speed33): the near-best pass (``findings.nearbest``) scored every
cross pair of every two claim groups before it looked at any of them.

With 200 ECB+ articles that was 832,000 scores (19 of the lexical check's 22 s
of CPU, 120 MB of kept scores), though one cross pair under ``LEAST`` already
keeps two groups apart. The class: an all-pairs test whose cheap rejection
ran only after all of its costly work. The cases here are of their own (other
happenings, words and figures); each counts the scores the pass asks for and
checks that the groups it joins are those of the exhaustive reading.
"""

from __future__ import annotations

import itertools
import random

import pytest

from workbench.findings import nearbest
from workbench.findings.nearbest import LEAST, join_near_best
from workbench.model import Claim, ClaimGroup, Member


def _claims(rows: list[tuple[str, str]]) -> list[Claim]:
    out, at = [], {}
    for art, text in rows:
        n = at.get(art, 0)
        at[art] = n + 1
        out.append(Claim(f"{art}:{n}", art, n, 0, len(text), text))
    return out


def _groups(claims: list[Claim], parts: list[list[str]]) -> list[ClaimGroup]:
    by_id = {c.id: c for c in claims}
    return [
        ClaimGroup(f"g{n}", tuple(Member(by_id[i].article, (i,), 1.0) for i in ids))
        for n, ids in enumerate(parts, 1)
    ]


def _overlap(a: str, b: str) -> float:
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return len(wa & wb) / max(min(len(wa), len(wb)), 1)


class Counted:
    def __init__(self, score=_overlap) -> None:
        self.score, self.asked = score, 0

    def __call__(self, a: str, b: str) -> float:
        self.asked += 1
        return self.score(a, b)


def _eager_weakest(b, ga, gb, apart):
    """The pass as it was: every cross pair scored, then the tests."""
    if {m.article for m in ga.members} & {m.article for m in gb.members}:
        return None
    cross = [
        (x, o.claims)
        for one, other in ((ga, gb), (gb, ga))
        for m in one.members
        for x in m.claims
        for o in other.members
    ]
    got = [max(b.pair(x, y) for y in ys) for x, ys in cross]
    if min(got) < LEAST or any(b.near_best(x, ys) is None for x, ys in cross):
        return None
    left = [c for m in ga.members for c in (*m.claims, *m.restated)]
    right = [c for m in gb.members for c in (*m.claims, *m.restated)]
    if any(apart(x, y) for x, y in itertools.product(left, right)):
        return None
    return min(got)


def never(x: str, y: str) -> bool:
    return False


def _unrelated_desks(sources: int, per_source: int) -> tuple[list[Claim], list[ClaimGroup]]:
    """Many sources, each sentence its own group, on topics no other shares."""
    rows = [
        (f"desk{s}", f"topic{s}x{k} item{s}y{k} note{s}z{k} figure {s * 100 + k}")
        for s in range(sources)
        for k in range(per_source)
    ]
    claims = _claims(rows)
    return claims, _groups(claims, [[c.id] for c in claims])


def test_unrelated_groups_are_rejected_on_their_first_cross_pair():
    claims, groups = _unrelated_desks(sources=12, per_source=3)
    score = Counted()
    assert join_near_best(groups, claims, score, never) == tuple(groups)
    # one score per two groups of different sources (they fail at once), not
    # one per cross pair plus every sentence of each source read whole
    pairs_of_groups = sum(1 for a, b in itertools.combinations(claims, 2) if a.article != b.article)
    assert score.asked <= pairs_of_groups


def test_wide_groups_far_apart_cost_one_score_each():
    """Groups of four sources each, on different happenings: the old pass
    scored all 32 cross pairs of every two before rejecting them."""
    rows, parts = [], []
    for g in range(6):
        ids = []
        for s in range(4):
            art = f"paper{g * 4 + s}"
            rows.append((art, f"ferry{g} capsized harbour{g} crew{g} {s} rescued{g}"))
            ids.append(f"{art}:0")
        parts.append(ids)
    claims = _claims(rows)
    groups = _groups(claims, parts)
    score = Counted(lambda a, b: 0.0 if a.split()[0] != b.split()[0] else 1.0)
    assert join_near_best(groups, claims, score, never) == tuple(groups)
    assert score.asked <= 15  # one per pair of groups (6 * 5 / 2), not 15 * 32


@pytest.mark.parametrize("seed", range(8))
def test_joins_are_those_of_the_exhaustive_reading(seed, monkeypatch):
    """Random sources and groups (a few words of a small vocabulary, so some
    groups score over ``LEAST`` and some join): the same groups joined, in the
    same order, with the same ids, as when every cross pair is scored first."""
    rng = random.Random(seed)
    words = [f"w{n}" for n in range(9)] + ["tanker", "spill", "km", "coast", "3", "14"]
    rows = [
        (f"src{s}", " ".join(rng.sample(words, rng.randint(2, 5))))
        for s in range(rng.randint(4, 8))
        for _ in range(rng.randint(1, 4))
    ]
    claims = _claims(rows)
    ids = [c.id for c in claims]
    rng.shuffle(ids)
    parts: list[list[str]] = []
    for i in ids:  # each group one sentence per source
        art = i.split(":")[0]
        spot = next((p for p in parts if all(x.split(":")[0] != art for x in p)), None)
        if spot is not None and rng.random() < 0.5:
            spot.append(i)
        else:
            parts.append([i])
    groups = _groups(claims, parts)
    fast = join_near_best(groups, claims, _overlap, never)
    monkeypatch.setattr(nearbest, "_weakest", _eager_weakest)
    assert fast == join_near_best(groups, claims, _overlap, never)


def test_window_benchmark_signs_with_a_person_name(tmp_path, monkeypatch):
    """benchmarks.window runs as root: without a reviewer of its own the window
    opened "Who is deciding?" at start and every stall run was measured inside
    that dialog's event loop."""
    from benchmarks import window
    from workbench.ui import settings
    from workbench.ui.window_review import ReviewMixin

    env = window._env(False, tmp_path / "cache")
    for key in ("WORKBENCH_REVIEWER", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(key, env[key])
    assert not settings.is_system_account(settings.from_environment())

    class Window(ReviewMixin):
        pass

    assert not Window()._must_ask("root")


def test_pair_similarity_keeps_no_joined_texts():
    """``align.similarity`` is remembered by its callers whole (a pair of texts
    to a score); the joined tokens it made for every pair were kept again in
    ``_mix``'s cache (22 MB at 200 articles). Same scores, nothing kept."""
    from workbench import align

    rows = [
        "The freighter Calder ran aground 3 km off Tory Island on Tuesday",
        "A cargo ship hit rocks near Tory Island, three kilometres out",
        "Six crew were lifted off by a coastguard helicopter",
        "Fuel oil leaked from the Calder's ruptured tank overnight",
    ]
    before = align._mix.cache_info().currsize
    got = [align.similarity(a, b) for a, b in itertools.permutations(rows, 2)]
    assert align._mix.cache_info().currsize == before
    ta, tb = align.content_tokens(rows[0]), align.content_tokens(rows[1])
    assert got[0] == align._mix.__wrapped__(
        *_cos_and_joined(align, ta, tb), len(set(ta)), len(set(tb))
    )


def _cos_and_joined(align, ta, tb):
    vecs, _ = align._vectors([ta, tb])
    cos = sum(w * vecs[1].get(t, 0.0) for t, w in vecs[0].items())
    return cos, " ".join(ta), " ".join(tb)
