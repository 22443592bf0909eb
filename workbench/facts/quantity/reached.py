"""'up to' after a verb of motion is the value reached, not a ceiling (session
42, issue 11: unresolved precision).

"unemployment has crept up to 5.1 per cent from 4.7 per cent" says the rate is
5.1%; read as the bound "up to 5.1%" it was held against any smaller figure of
the story as a question ('1.4%' growth, a '25 bp' cut: authored development,
rate_cut, judged wrong). "up" is the verb's particle: "rose up to", "crept up
to", "has climbed up to", "ticked up to", "edged up to". Without such a verb
("up to 40 mph", "could reach up to 6 m", "as many as") it stays a bound.
"""

from __future__ import annotations

import re

_MOVED = re.compile(
    r"\b(?:creep|crept|creeps|creeping|climb(?:s|ed|ing)?|ris(?:es|ing)|rose|risen"
    r"|tick(?:s|ed|ing)?|edg(?:es|ed|ing)|inch(?:es|ed|ing)|jump(?:s|ed|ing)?"
    r"|shot|shoot(?:s|ing)?|surg(?:es|ed|ing)|soar(?:s|ed|ing)?|spik(?:es|ed|ing)"
    r"|mov(?:es|ed|ing)|went|gone|go(?:es|ing)?|crawl(?:s|ed|ing)?|nudg(?:es|ed|ing)"
    r"|push(?:es|ed|ing)|driv(?:es|ing)|drove|driven|revis(?:es|ed|ing)"
    r"|mark(?:s|ed|ing)|ratchet(?:s|ed|ing)?|bump(?:s|ed|ing)?|trend(?:s|ed|ing)?)"
    r"(?:\s+(?:back|further|sharply|slightly|steadily|gradually|again))?\s+$",
    re.IGNORECASE,
)


def reached_not_bound(text: str, hedge_start: int) -> bool:
    """Whether the 'up to' starting at ``hedge_start`` follows a verb of motion."""
    return _MOVED.search(text, max(0, hedge_start - 40), hedge_start) is not None
