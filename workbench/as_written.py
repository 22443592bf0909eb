"""What a time's own words state, read alone (``findings.agree``).

"22 November 2013" reads the same with or without the date of publication;
"yesterday", "June 22" (its year) and "Saturday" take something from it, and
a clock time may take its day from the lede or from its sentence's day. The
findings compare these readings: two sources agree as written when their
words, read alone, say the same thing (``findings.agree``). Handed to the
findings by the analysis: the review log imports the findings package and
must not reach the families.
"""

from __future__ import annotations

from .facts.registry import family_of
from .model import Fact


def stated(fact: Fact) -> str | None:
    """The timex its family finds in the fact's words alone, with no
    publication date (None when it finds none or several). Read again with the
    word that introduced it when it had one: a bare month is read as a date
    only after "in" ("may" alone is a verb), and trial 30's "in May" and "last
    May" were counted to review for that."""
    family = family_of(fact.kind)
    again = family.find(fact.text, None)
    signal = fact.value.get("signal") if isinstance(fact.value, dict) else None
    if not again and isinstance(signal, str) and signal:
        again = family.find(f"{signal} {fact.text}", None)
    if not again and fact.value.get("type") == "DURATION":
        # "a day", "one day", "an hour" are read as lengths only beside the word that
        # makes them one ("a day after", "for an hour"): alone, nothing, and "only one
        # day" / "a day" in two reports stayed to review (trial 43); "for" is such a word
        again = [m for m in family.find(f"for {fact.text}", None) if m.text == fact.text]
    if len(again) != 1:
        return None
    timex = again[0].to_json().get("timex")
    return timex if isinstance(timex, str) else None
