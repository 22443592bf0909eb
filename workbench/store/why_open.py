"""Why a pair of a decided finding is still open: the one cause the log shows.

Trial 44 (P10) read "1 of its 8 source pairs not decided yet: 22_14ecbplus /
22_8ecbplus (a source added since, an edit that regrouped the pairs, or pairs
decided one by one)": three causes for one pair, when the log knows which.
It came from a publication date given after the decision (``check
--published``), both sources already in the finding when it was decided.

Read from the finding's own records: when each pair was first found
(``first_seen``), when the decision in force was made (its pairs'
``updated``) and the text each pair compared (``article_sha`` of its sides):

- found after the decision, an article no decided pair compared: that
  source was added since;
- found after the decision, an article's text not the one decided on: that
  article was edited since;
- found after the decision on the same texts: a publication date given or
  changed since compared them anew;
- found before it, with the finding decided at once (one stamp): it was
  grouped into this finding since; decided at several times: its pairs were
  decided one by one and this one was not.
"""

from __future__ import annotations

from collections.abc import Sequence

from .records import DiscrepancyRecord


def why_open(members: Sequence[DiscrepancyRecord]) -> str:
    """The cause of the open pairs of a decided finding, in one clause
    ('' when it has none, or is not decided)."""
    decided = [m for m in members if m.status != "open"]
    still = [m for m in members if m.status == "open"]
    if not decided or not still:
        return ""
    when = max(m.updated for m in decided)
    later = [m for m in still if m.first_seen > when]
    said = []
    if later:
        said.append(_found_since(later, decided, when))
    if len(later) < len(still):
        earlier = len(still) - len(later)
        pairs = "pair was" if earlier == 1 else f"{earlier} pairs were"
        if len({m.updated for m in decided}) == 1:
            them = "it" if earlier == 1 else "them"
            said.append(f"the {pairs} in another finding when this one was decided: a later "
                        f"check grouped {them} here")  # fmt: skip
        else:
            said.append(f"its pairs were decided one by one; the {pairs} not")
    return "; ".join(said)


def _found_since(later: list[DiscrepancyRecord], decided, when: str) -> str:
    texts: dict[str, set[str]] = {}
    for m in decided:
        for s in m.sides:
            texts.setdefault(s.article, set()).add(s.article_sha)
    added = sorted({s.article for m in later for s in m.sides if s.article not in texts})
    edited = sorted(
        {
            s.article
            for m in later
            for s in m.sides
            if s.article in texts and s.article_sha and s.article_sha not in texts[s.article]
        }
    )
    first = min(m.first_seen for m in later)
    at = f"found by the check of {_stamp(first)}, after the decision of {_stamp(when)}"
    if added:
        return f"{at}: {', '.join(added)} added since"
    if edited:
        return f"{at}: {', '.join(edited)} edited since"
    return f"{at} on the same texts: a publication date given or changed since compared them anew"


def _stamp(at: str) -> str:
    return at[:16].replace("T", " ")
