"""A finding's reason said as the one pair of sources it was read from (trial 46, P8).

A finding's reason is one pair's: two articles, each read against its own
publication date and words. When a version the reason speaks of is stated by
sources published on different days, a day the reason counts from is true of
one of them only: trial 46 read "'Friday' from its own (Mon 16 Sep 2013)"
where two of the three sources stating 'Friday' were dated 15 Sep. Such a
reason is said as that pair's, "read from ECB+ 23_2 and ECB+ 23_3: …", so
every claim in it is true of every source it names.

And the detail a finding of several versions leaves to ``workbench review
ID``: what each figure measures, said per pair ("(what each measures: A:
killed; how much it rose or fell / B: …)"), which trial 46 could not check in
seconds and which no verdict between versions stands on alone.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from ..model import Discrepancy, Relation, Version

_MEASURES = (" (what each measures: ", " (what both measure: ")
# words of a reason that counts from a report's date ("(published 2013-09-15)",
# "counted from its report's date (Sun 15 Sep 2013)", "from its own (Mon 16 Sep 2013)")
_COUNTED = ("publish", "report's date", "its own (")


def pair_scope(
    ds: Sequence[Discrepancy],
    versions: Sequence[Version],
    published: Mapping[str, str],
    names: Mapping[str, str],
) -> Callable[[Relation, str], str]:
    """``scope(relation, reason)``: the reason, opened with the two sources of
    the discrepancy it is of when it counts from a report's date and a version
    of that pair is stated by sources published on different days; else as it
    is."""
    by_id = {d.id: d for d in ds}

    def scope(r: Relation, reason: str) -> str:
        d = by_id.get(r.discrepancy)
        if d is None or not any(w in reason for w in _COUNTED):
            return reason
        if not any(_days(versions[k], published) > 1 for k in {r.left, r.right}):
            return reason
        a, b = (names.get(s.article, s.article) for s in d.sides)
        return f"read from {a} and {b}: {reason}"

    return scope


def _days(v: Version, published: Mapping[str, str]) -> int:
    return len({published.get(s.article, "") for s in v.sides})


def without_measures(reason: str) -> str:
    """The reason without its "(what each measures: …)" or "(what both
    measure: …)" clause (parentheses inside it kept balanced)."""
    for opening in _MEASURES:
        start = reason.find(opening)
        if start < 0:
            continue
        depth, end = 0, -1
        for n in range(start + 1, len(reason)):
            depth += {"(": 1, ")": -1}.get(reason[n], 0)
            if depth == 0:
                end = n
                break
        if end > 0:
            reason = reason[:start] + reason[end + 1 :]
    return reason
