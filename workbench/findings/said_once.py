"""A finding's explanation says each version once (trial 43, item 8: one
clock's label and reading, "3:30 p.m. (at 3:30 p.m. = Sat 1 Jan 2011
15:30)", six times in one explanation): the reason of its strongest pair
drops its opening "A vs B: " when A and B are the finding's two versions,
already listed (of three or more it tells which pair the reason is of)."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Version


def reason_once(reason: str, versions: Sequence[Version]) -> str:
    """``reason`` without a leading "A vs B: " naming two listed versions."""
    head, sep, rest = reason.partition(": ")
    if not sep or not rest or len(versions) != 2:
        return reason
    left, vs, right = head.partition(" vs ")
    labels = {v.value for v in versions}
    return rest if vs and left in labels and right in labels else reason
