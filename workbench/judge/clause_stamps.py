"""The stamps of the part of a sentence that holds a figure (issue 11, session 41).

"On Thursday, 11 of the 63 injured were in a critical condition — roughly one in
six; by Friday evening, seven remained in intensive care": 'by Friday evening'
stamps the seven, not the share. Read as the moment of "one in six", it made the
share against another report's "nearly a third … on Thursday" two moments, "the
figure moved … an update, not a contradiction" (development bridge_collapse:
judged wrong, a planted share hidden). A semicolon ends the clause a stamp
times: a figure takes the stamps of its own part of the sentence only.
"""

from __future__ import annotations

_Stamp = tuple  # (start, end, text), as running.stamps gives them


def in_its_clause(found: tuple[_Stamp, ...], sentence: str, figure: str) -> tuple[_Stamp, ...]:
    """The stamps in ``found`` written in the part of ``sentence``, between
    semicolons, that holds ``figure``; all of them when the sentence has one
    part or the figure is not found in it."""
    at = sentence.find(figure) if figure else -1
    if ";" not in sentence or at < 0:
        return found
    lo = sentence.rfind(";", 0, at) + 1
    hi = sentence.find(";", at)
    hi = len(sentence) if hi < 0 else hi
    kept = []
    for stamp in found:
        where = sentence.find(stamp[2]) if stamp[2] else -1
        if where < 0 or lo <= where < hi:
            kept.append(stamp)
    return tuple(kept)
