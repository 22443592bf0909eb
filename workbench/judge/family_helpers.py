"""What the judge asks of each fact family: comparable kinds, the time
family's quoted "tonight", the quantity family's scale and counted nouns,
the quote family's speakers and matching.

Kept as separate named functions referenced by the rules (rules.py), so each
can move into its family's module by changing an import.
"""

from __future__ import annotations

import bisect
import itertools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from rapidfuzz import fuzz

from ..extract import quantities, quotes, times
from ..model import Comparison, Fact, Side, Verdict
from .ids import surface

QUANTITY_KINDS = {"quantity", "number", "money", "percent"}
TIME_KINDS = {"date", "time", "duration", "set"}


def compare_facts(a: Fact, b: Fact, ln: str, rn: str) -> Comparison | None:
    """The family module's verdict on two facts, or None when not comparable."""
    if a.kind in QUANTITY_KINDS and b.kind in QUANTITY_KINDS:
        return quantities.compare(a.mention, b.mention, ln, rn)
    if a.kind in TIME_KINDS and b.kind in TIME_KINDS:
        return times.compare(a.mention, b.mention, ln, rn)
    return None


def comparable_facts(facts: list[Fact]) -> list[Fact]:
    return [f for f in facts if f.kind != "quote"]


def quoted_relative_times(facts: Sequence[Fact]) -> set[str]:
    """Ids of relative time facts inside a quotation: "tonight" in a quote
    means the night it was said, not the night before publication, so
    these are not compared with other articles' dates."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for f in facts:
        if f.kind == "quote":
            spans[f.article].append((f.start, f.end))
    # Per article: quote starts in order and the furthest end reached so far, so
    # "inside some quote" is one bisection, not a scan of every quote.
    starts: dict[str, list[int]] = {}
    reach: dict[str, list[int]] = {}
    for art, lst in spans.items():
        lst.sort()
        starts[art] = [s for s, _ in lst]
        reach[art] = list(itertools.accumulate((e for _, e in lst), max))
    out = set()
    for f in facts:
        if f.kind not in TIME_KINDS or f.article not in starts:
            continue
        m = f.mention
        relative = getattr(m, "deictic", False) or getattr(m, "needs_published", False)
        k = bisect.bisect_right(starts[f.article], f.start)  # quotes starting at or before
        if relative and k and reach[f.article][k - 1] >= f.end:
            out.add(f.id)
    return out


def same_words_different_days(x: Fact, y: Fact, cmp: Comparison) -> bool:
    """ "today" vs "today" resolving to different days."""
    return (
        cmp.verdict == Verdict.CONFLICT
        and x.kind in TIME_KINDS
        and surface(x.text) == surface(y.text)
    )


def pins_own_day(f: Fact) -> bool:
    """A time relative to publication ("today", "this morning")."""
    return f.kind in TIME_KINDS and bool(getattr(f.mention, "deictic", False))


def _compare_despite_nouns(
    x: Fact, y: Fact, fa: list[Fact], fb: list[Fact], ln: str, rn: str
) -> Comparison | None:
    """'15% of participants' vs '18% of volunteers': different words for the
    thing counted, but each the only value of its kind in aligned claims."""
    if x.kind != y.kind or x.kind not in QUANTITY_KINDS:
        return None
    cx, cy = getattr(x.mention, "counted", None), getattr(y.mention, "counted", None)
    if not cx or not cy or x.mention.dimension != y.mention.dimension:
        return None
    if sum(f.kind == x.kind for f in fa) != 1 or sum(f.kind == y.kind for f in fb) != 1:
        return None
    cmp = quantities.compare(
        replace(x.mention, counted=None), replace(y.mention, counted=None), ln, rn
    )
    if cmp is None:
        return None
    return Comparison(
        cmp.verdict, f"{cmp.explanation} (counting {cx}s vs {cy}s)", cmp.left, cmp.right
    )


def _different_scale(x: Fact, y: Fact) -> bool:
    """'$25,000' vs '$18 billion' are not one figure misreported: values more
    than twenty-fold apart whose leading digits differ measure different
    things. ('$1.2m' vs '$1.2bn' keeps its conflict: the classic slip.)"""
    if x.kind not in QUANTITY_KINDS or y.kind not in QUANTITY_KINDS:
        return False
    try:
        a = abs(float(x.mention.value)) * _scale(x)
        b = abs(float(y.mention.value)) * _scale(y)
    except (TypeError, ValueError, AttributeError):
        return False
    if not a or not b:
        return False
    big, small = max(a, b), min(a, b)
    return big / small > 20 and _lead(a) != _lead(b)


def _scale(f: Fact) -> float:
    """Factor from the stated unit to the base unit (1 when unknown)."""
    m = f.mention
    lo, hi, v = getattr(m, "low", None), getattr(m, "high", None), getattr(m, "value", None)
    if not v:
        return 1.0
    if hi is not None and hi != float("inf") and lo:
        return ((lo + hi) / 2) / v
    if lo:  # "more than 300 hectares": open above
        return lo / v
    if hi is not None and hi != float("inf"):  # "up to 90mph": down to zero
        return hi / v
    return 1.0


def _lead(v: float) -> str:
    return f"{v:.1e}"[:3]


def family_kind(a: str, b: str) -> str:
    """The kind a flag between two facts of one family is filed under."""
    for k in ("money", "percent", "quantity", "date", "duration", "time"):
        if k in (a, b):
            return k
    return a


def _speaker_side(f: Fact, sp: quotes.Speaker) -> Side:
    if sp.start >= 0:
        return Side(f.article, f.claim, sp.start, sp.end, sp.text, sp.name)
    # Inherited from an earlier paragraph: point at the quote itself.
    return Side(f.article, f.claim, f.start, f.end, f.text, f"{sp.name} (from context)")


def speakers_differ(a: quotes.Speaker | None, b: quotes.Speaker | None) -> bool:
    """Only clear cases: two named people, or two organisations that share nothing."""
    if a is None or b is None or not a.key or not b.key:
        return False
    if a.is_person and b.is_person:
        if a.key != b.key:
            return True
        fa, fb = a.name.split()[0], b.name.split()[0]
        full = len(a.name.split()) > 1 and len(b.name.split()) > 1
        return full and fa.lower().strip(".") != fb.lower().strip(".") and fa[0] != fb[0]
    if not a.is_person and not b.is_person:
        return fuzz.token_set_ratio(a.key, b.key) < 50
    return False


def _quote_keys(f: Fact) -> set[str]:
    return set(f.mention.tokens)


def same_quote_pairs(quote_facts: Sequence[Fact]) -> list[tuple[Fact, Fact]]:
    """Best one-to-one matching of quotes between every pair of articles."""
    by_article: dict[str, list[Fact]] = defaultdict(list)
    for f in quote_facts:
        by_article[f.article].append(f)
    ids = sorted(by_article)
    out = []
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            cands = []
            # Only quotes sharing words are compared (SequenceMatcher on every
            # pair took 19 s on four 160 KB articles).
            index: dict[str, list[Fact]] = defaultdict(list)
            for y in by_article[b]:
                for w in _quote_keys(y):
                    index[w].append(y)
            for x in by_article[a]:
                keys = _quote_keys(x)
                shared: dict[str, int] = defaultdict(int)
                ys: dict[str, Fact] = {}
                for w in keys:
                    for y in index.get(w, ()):
                        shared[y.id] += 1
                        ys[y.id] = y
                for yid, n in shared.items():
                    y = ys[yid]
                    if n < min(3, len(keys), len(_quote_keys(y))):
                        continue
                    s = quotes.match_quotes(x.mention, y.mention)
                    if s >= 0.6:
                        cands.append((s, x, y))
            cands.sort(key=lambda c: -c[0])
            used: set[str] = set()
            for _score, x, y in cands:
                if x.id in used or y.id in used:
                    continue
                used |= {x.id, y.id}
                out.append((x, y))
    return out
