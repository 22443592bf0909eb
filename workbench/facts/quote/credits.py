"""Who says each version, written into a quote flag's explanation (session 42,
user trial 48): 'Locke: ‘For decades, the Endangered Species…’ / Obama: ‘For
more than three decades…’', or 'both versions credited to Karen Doyle'. On
the command line and in the report an editor saw '… has 'wildlife' where …
has 'species and their habitats'' and could not tell it was two people; in
the window only the sentence beside it showed it.
"""

from __future__ import annotations

import re

from .mention import QuoteMention, Speaker
from .onespeaker import one_speaker
from .speakers import PRONOUNS

# Words of each version shown after its speaker
OPENING_WORDS = 6
UNSTATED = "speaker not stated"


def credited(sp: Speaker | None) -> str:
    """The name a version is credited to, as the article gives it best."""
    if sp is None or sp.is_outlet or not sp.key.split(":")[-1].strip():
        return UNSTATED
    name = (sp.name or sp.text).strip()
    return UNSTATED if not name or name.lower() in PRONOUNS else name


def opening(q: QuoteMention, at: int) -> str:
    """The first words of the quoted sentence that holds offset ``at`` (where
    the flag's cited words begin), as printed."""
    part = next(((s, e) for s, e in q.parts if s <= at < e), q.parts[0] if q.parts else None)
    if part is None:
        return "‘…’"
    s, e = part
    seg = q.text[s - q.start : e - q.start]
    upto = max(0, min(at, e) - s)
    stops = [m.end() for m in _STOP.finditer(seg, 0, upto)]
    words = seg[stops[-1] if stops else 0 :].split()
    shown = " ".join(words[:OPENING_WORDS]).rstrip(",;:")
    return f"‘{shown}…’" if len(words) > OPENING_WORDS else f"‘{shown}’"


_STOP = re.compile(r"[.!?]['\"”’]*\s+")


def speakers_line(a: QuoteMention, b: QuoteMention, at: tuple[int, int]) -> str:
    """'Locke: ‘For decades, …’ / Obama: ‘For more than …’': who says each
    version, and the opening of its sentence the flag cites (from ``at``)."""
    ca, cb = credited(a.speaker), credited(b.speaker)
    if ca == cb != UNSTATED or _one(a.speaker, b.speaker):
        return f"both versions credited to {ca if len(ca) >= len(cb) else cb}"
    return f"{ca}: {opening(a, at[0])} / {cb}: {opening(b, at[1])}"


def _one(a: Speaker | None, b: Speaker | None) -> bool:
    """Both credited, to one person or body (:func:`.onespeaker.one_speaker`)."""
    if a is None or b is None or UNSTATED in (credited(a), credited(b)):
        return False
    return one_speaker(a, b)


def with_speakers(explanation: str, a: QuoteMention, b: QuoteMention, at: tuple[int, int]) -> str:
    """``explanation`` with who says each version written before its verdict."""
    line = speakers_line(a, b, at)
    found, sep, verdict = explanation.rpartition(" — ")
    return f"{found}; {line} — {verdict}" if sep else f"{explanation}; {line}"
