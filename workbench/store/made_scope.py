"""What a "correction looks made" was checked against (trial 46).

The check compares the edited article with the sources of its finding only.
Trial 46 corrected 3_1 from "June 1998" to "June 1999" as asked; check said
the correction looks made, while 3_10, left out of the finding, still told
the same conviction as "a 1998 … conviction" (its coverage line even quoted
it). The sources that tell the finding's claim (its claim group) and are not
in the finding were never compared with the edit: they are named, so an
editor reads them before confirming.
"""

from __future__ import annotations

import json
from typing import Any

from .records import FindingRecord


def not_compared(db: Any, finding: FindingRecord) -> tuple[str, ...]:
    """The articles of the latest run's claim groups holding one of the
    finding's sentences (or its own group) that the finding does not hold."""
    if "claim_groups" not in db.table_names():
        return ()
    claims = {s.claim for v in finding.versions for s in v.sides}
    out: dict[str, None] = {}
    for gid, members in db.execute("SELECT id, members FROM claim_groups ORDER BY id"):
        stated = json.loads(members)
        held = {c for m in stated for c in (*m["claims"], *m.get("restated", ()))}
        if gid == finding.group or held & claims:
            out.update((m["article"], None) for m in stated if m["article"] not in finding.sources)
    return tuple(out)


def compared_words(finding: FindingRecord, article: str, others: tuple[str, ...]) -> str:
    """'checked against b, c only, this finding's sources; d, e tell this
    claim too and were not compared: read them before confirming' or ''."""
    others = tuple(a for a in others if a != article)  # the edited one: read, of course
    if not others:
        return ""
    against = [a for a in finding.sources if a != article]
    one = len(others) == 1
    return (
        f"checked against {', '.join(against) or 'no other source'} only, this finding's "
        f"sources; {', '.join(others)} tell{'s' if one else ''} this claim too and "
        f"{'was' if one else 'were'} not compared: read {'it' if one else 'them'} before "
        "confirming"
    )
