"""Where the columns scroll sideways to show a selected finding's versions.

Trial 40 (10 articles at 1280×800, four columns in view) selected a finding
whose versions stood in columns off to the right: the columns were brought
into view one after another (``ensureWidgetVisible``), each reveal undoing
part of the one before, so the view ended on the first and showed one
version of three. Here the view is chosen once: of every sideways position
that starts or ends at a column's edge, the one that holds the columns that
must be seen (a lone dissenter and its nearest other version) and wholly
shows the most of the finding's version columns; on a tie, the least move.
"""

from __future__ import annotations

from collections.abc import Sequence

Span = tuple[int, int]  # a column's left and right edge in the strip


def inside(span: Span, left: int, width: int) -> bool:
    return span[0] >= left and span[1] <= left + width


def best_offset(
    wanted: Sequence[Span], must: Sequence[Span], width: int, current: int, most: int
) -> int:
    """The scroll value (0..``most``) that shows every span of ``must`` (the
    last of them alone when they do not fit together) and the most spans of
    ``wanted`` whole in a view ``width`` wide; on a tie, the nearest to
    ``current``."""
    edges = {current, 0, most}
    for a, b in (*wanted, *must):
        edges.update((a, b - width))
    starts = sorted({min(max(e, 0), most) for e in edges})
    for needed in (list(must), list(must[-1:]), []):
        fits = [s for s in starts if all(inside(m, s, width) for m in needed)]
        if fits:
            return max(
                fits,
                key=lambda s: (sum(inside(w, s, width) for w in wanted), -abs(s - current)),
            )
    return current
