"""Why a missed inventory item was missed (``benchmarks.realcopy --why-missed``):
for two statements whose sentences were never aligned, the alignment score
their pair reached and the partners that took each sentence; for aligned
sentences, what became of each pair of their values — not comparable (no
COMPARE row), or left out by a named rule of the judge's table.

The judge and the aligner are watched, never changed: ``tracing`` wraps
``rules.decide`` and ``align._candidates`` while one event is analysed.

``--if-aligned`` asks what aligning would win (session 30): every sentence pair
of a missed item that was scored but left apart — below accept, or its
sentences' partners taken — is aligned at its own score (``forcing``), marked as
a pair the matching left apart (``opening``: no say on whether the articles
disagree on most values), and the half is scored again: the items and article
pairs found then bound what any rule that aligns those pairs can gain, and each
pair's values show the judge's row that would still leave them out."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from workbench import align
from workbench.judge import engine, rules
from workbench.model import Alignment


@dataclass
class Trace:
    """What the aligner scored and what the judge decided during one analysis."""

    # claim pair -> (left fact id, right fact id) -> [(stage, rule or "", outcome)]
    decided: dict = field(default_factory=lambda: defaultdict(lambda: defaultdict(list)))
    facts: dict = field(default_factory=dict)  # fact id -> "kind:text"
    scores: dict = field(default_factory=dict)  # claim pair -> best candidate score
    accept: float = 0.0


@contextmanager
def tracing() -> Iterator[Trace]:
    """Record decisions and candidate scores while the block runs."""
    trace = Trace()
    decide, candidates, keep = rules.decide, align._candidates, engine._keep_decided

    def watched_decide(stage: str, case: object, count: bool = True):
        rule = decide(stage, case, count)
        x, y = getattr(case, "x", None), getattr(case, "y", None)
        # a VALUE case is decided once, uncounted, and its decision kept for the run
        # (judging_run.value_rule, session 39): that one call is the decision
        counted = count or stage == rules.VALUE
        if counted and all(hasattr(f, a) for f in (x, y) for a in ("claim", "id", "kind", "text")):
            for f in (x, y):
                trace.facts[f.id] = f"{f.kind}:{f.text}"
            key = frozenset((x.claim, y.claim))
            outcome = "" if rule is None else str(rule.outcome)
            trace.decided[key][(x.id, y.id)].append(
                (stage, "" if rule is None else rule.name, outcome)
            )
        return rule

    def watched_candidates(claims, tokens, forced, evidence, emb, t, *rest):
        pairs = candidates(claims, tokens, forced, evidence, emb, t, *rest)
        trace.accept = (t.embedding if emb is not None else t.lexical).accept
        for found in pairs.values():
            for score, i, j in found:
                key = frozenset((claims[i].id, claims[j].id))
                trace.scores[key] = max(score, trace.scores.get(key, 0.0))
        return pairs

    def watched_keep(run, flags, results, skipped_by):
        # a claim pair or an article pair left out whole (ARTICLE_PAIR, CLAIM_PAIR)
        for p in results:
            for f in (p.x, p.y):
                trace.facts[f.id] = f"{f.kind}:{f.text}"
            key = frozenset((p.x.claim, p.y.claim))
            step = (skipped_by.stage, skipped_by.name, str(rules.Outcome.SKIP))
            trace.decided[key][(p.x.id, p.y.id)].append(step)
        return keep(run, flags, results, skipped_by)

    rules.decide, align._candidates = watched_decide, watched_candidates
    engine._keep_decided = watched_keep
    try:
        yield trace
    finally:
        rules.decide, align._candidates = decide, candidates
        engine._keep_decided = keep


def value_fates(trace: Trace, left: str, right: str) -> list[str]:
    """What became of each pair of values of two aligned claims: dropped by a
    rule (its stage named), or not comparable. Pairs compared and flagged or
    kept are not listed (the flags are printed beside)."""
    out = []
    for (x, y), steps in trace.decided.get(frozenset((left, right)), {}).items():
        names = f"{trace.facts[x]} | {trace.facts[y]}"
        first = steps[0]
        if first[0] == rules.COMPARE and not first[1]:
            if _same_family(trace.facts[x], trace.facts[y]):
                out.append(f"values {names}: not comparable (no {rules.COMPARE} row)")
            continue
        skipped = [s for s in steps if s[2] == str(rules.Outcome.SKIP)]
        if skipped:
            stage, name, _ = skipped[-1]
            out.append(f"values {names}: left out by {name} ({stage})")
        elif not any(s[0] == rules.PAIRING for s in steps):
            out.append(f"values {names}: not paired (either went to another value, one to one)")
    return out


def _same_family(a: str, b: str) -> bool:
    kinds = ({"number", "quantity", "money", "percent"}, {"date", "time", "duration", "set"})
    ka, kb = a.split(":", 1)[0], b.split(":", 1)[0]
    return any(ka in k and kb in k for k in kinds)


def unaligned(
    trace: Trace, left: str, right: str, partners: dict[str, Sequence[tuple[str, float]]]
) -> str:
    """Why two claims of different articles were not aligned: their score
    (below accept, or above it with each sentence's partner there named)."""
    score = trace.scores.get(frozenset((left, right)))
    if score is None:
        return f"not aligned {left} ~ {right}: never a candidate"
    took = []
    for claim, other in ((left, right), (right, left)):
        art = other.rsplit(":", 1)[0]
        got = [f"{p} {s:.2f}" for p, s in partners.get(claim, ()) if p.rsplit(":", 1)[0] == art]
        if got:
            took.append(f"{claim} took {', '.join(got)}")
    why = "below accept" if score < trace.accept else "; ".join(took) or "not selected"
    return f"not aligned {left} ~ {right}: score {score:.2f} (accept {trace.accept:.2f}): {why}"


def lines(trace: Trace, analysis, stated: Sequence[tuple[str, str]]) -> list[str]:
    """The why of one missed item: ``stated`` holds (version, claim id) of
    each statement's sentence; only claims of different versions in
    different articles are looked at."""
    partners: dict[str, list[tuple[str, float]]] = defaultdict(list)
    aligned = set()
    for al in analysis.alignments:
        partners[al.left].append((al.right, al.score))
        partners[al.right].append((al.left, al.score))
        aligned.add(frozenset((al.left, al.right)))
    out = []
    for i, (va, a) in enumerate(stated):
        for vb, b in stated[i + 1 :]:
            if va == vb or a.rsplit(":", 1)[0] == b.rsplit(":", 1)[0]:
                continue
            if frozenset((a, b)) in aligned:
                fates = value_fates(trace, a, b)
                if not trace.decided.get(frozenset((a, b))):
                    fates = [f"aligned {a} ~ {b}: no pair of values compared"]
                out += fates
            else:
                out.append(unaligned(trace, a, b, partners))
    return out


@contextmanager
def forcing(pairs: Sequence[tuple[str, str, float]]) -> Iterator[None]:
    """Align each (claim id, claim id, score) of ``pairs`` besides what the
    aligner aligns, at that score, as a pair the matching left apart
    (``Alignment.opening``), while the block runs."""
    run = align.align

    def forced(claims, *args, **kwargs):
        out = run(claims, *args, **kwargs)
        order = {c.id: k for k, c in enumerate(claims)}
        have = {frozenset((a.left, a.right)) for a in out}
        for a, b, score in pairs:
            if a in order and b in order and frozenset((a, b)) not in have:
                left, right = sorted((a, b), key=order.__getitem__)
                out.append(Alignment(left, right, score, opening=True))
                have.add(frozenset((a, b)))
        return out

    align.align = forced
    try:
        yield
    finally:
        align.align = run


def left_apart(trace: Trace, analysis, stated: Sequence[tuple[str, str]]) -> list[tuple]:
    """The sentence pairs of one missed item (``stated`` as for :func:`lines`)
    that were scored but not aligned, with their scores: what ``forcing`` aligns."""
    aligned = {frozenset((al.left, al.right)) for al in analysis.alignments}
    out = []
    for i, (va, a) in enumerate(stated):
        for vb, b in stated[i + 1 :]:
            key = frozenset((a, b))
            if va == vb or a.rsplit(":", 1)[0] == b.rsplit(":", 1)[0] or key in aligned:
                continue
            if key in trace.scores:
                out.append((a, b, round(trace.scores[key], 3)))
    return out


def if_aligned(trace: Trace, analysis, left: str, right: str, score: float) -> list[str]:
    """What the judge made of a pair ``forcing`` aligned: its flags, or each
    pair of its values and the row that left it out."""
    head = f"if aligned {left} ~ {right} at {score:.2f}:"
    flags = [
        f"  flag {d.verdict} ({d.rule}): {d.explanation[:140]}"
        for d in analysis.discrepancies
        if {s.claim for s in d.sides} == {left, right}
    ]
    fates = ["  " + f for f in value_fates(trace, left, right)]
    if not flags and not fates:
        fates = ["  no pair of values compared"]
    return [head, *flags, *fates]


def blocking_rows(trace: Trace, pairs: Sequence[tuple]) -> Counter:
    """How often each judge row left out the values of the forced ``pairs``
    ("no compare row" when the two values were never comparable); two values
    written alike (``identical``) are no loss and are not counted."""
    out: Counter = Counter()
    for a, b, _ in pairs:
        for line in value_fates(trace, a, b):
            if "left out by identical " in line:
                continue
            if "left out by " in line:
                out[line.rsplit("left out by ", 1)[1]] += 1
            elif "not comparable" in line:
                out["no compare row"] += 1
    return out


# The stages a missed item's sentence pairs may reach, in pipeline order: an
# item is missed at the furthest stage any pair of its versions reached
# (``cause``). Session 38 (eng135): the table --why-missed ends with.
CAUSES = (
    "one version has no sentence in these articles",
    "never a candidate",
    "alignment score below accept",
    "other partner taken",
    "aligned: no value read on one side",
    "aligned: values of kinds never compared",
    "aligned: value went to another value",
    "aligned: value pair left out by a rule",
    "aligned: judged consistent",
)


def cause(said: Sequence[str], flagged: bool) -> str:
    """Why one missed item was missed, as one of ``CAUSES``: the furthest
    stage reached by any pair of its sentences (``said``: the lines ``lines``
    gave for them; ``flagged``: a consistent flag stands between them)."""
    if flagged:
        return CAUSES[8]
    reached = 0
    for line in said:
        if line.startswith("not aligned"):
            stage = 1 if "never a candidate" in line else 2 if "below accept" in line else 3
        elif "no pair of values compared" in line:
            stage = 4
        elif "not comparable" in line:
            stage = 5
        elif "not paired" in line:
            stage = 6
        elif "left out by" in line:
            stage = 7
        else:
            continue
        reached = max(reached, stage)
    return CAUSES[reached]
