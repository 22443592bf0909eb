"""A short formula officials say in their own words: two people may each say it.

"Our thoughts are with the families", "There is no evidence of a wider
network", "It is too early to say", "We are doing everything we can": a
police chief and a minister both say such words at one briefing, so a short
quotation made of one is no sign that a source gave one person's words to
another (issue 11, class 4; session 33: a new-user trial met a condolence
credited to the mayor and the governor called a misattribution). A longer
quotation that holds a formula among words of its own ("It is too early to
say what caused the explosion, and we will not speculate") is the speaker's
own remark: the same words under two names stay a misattribution.
"""

from __future__ import annotations

import re

# The most words a quotation may have, on each side, to be a formula.
STOCK_WORDS = 12

# The formulas, over a quotation's normalised words (mention.normalise_words).
_FORMULAS = re.compile(
    r"\b(?:"
    # sympathy
    r"(?:thoughts|prayers|hearts|condolences|sympathies|sympathy)\b.*\b(?:with|to|go out)\b"
    # what is not known or not yet found
    r"|no (?:evidence|indication|sign|suggestion|reason to believe)\b"
    r"|(?:too early|premature) to\b"
    r"|(?:can ?not|can't|won't|will not|do not|don't) rule (?:anything|it|this)? ?out\b"
    r"|(?:investigation|inquiry|inquiries) (?:is|are) (?:ongoing|continuing|under ?way)\b"
    # effort and reassurance
    r"|(?:doing|do) (?:everything|all) (?:we|that we|in our power|possible)\b"
    r"|everything possible\b"
    r"|no (?:threat|danger|risk) to the (?:public|wider public|community)\b"
    r"|(?:leave|leaving) no stone unturned\b"
    r"|(?:be|are) brought to justice\b"
    # condemnation
    r"|(?:act of terror|terrorist act|cowardly|senseless|heinous|despicable)\b"
    r")"
)


def stock_phrase(a: list[str], b: list[str]) -> bool:
    """Both versions (their tokens) are short and hold one formula: words two
    people may each have said."""
    if max(len(a), len(b)) > STOCK_WORDS or not a or not b:
        return False
    return bool(_FORMULAS.search(" ".join(a)) and _FORMULAS.search(" ".join(b)))
