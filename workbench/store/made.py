"""Whether an edited article now reads as a correction asked of it: the
words of the proposal found in its text, the sentence decided on no longer
stated as it was (``store/reviews.py`` asks it of a decision whose finding
is no longer found)."""

from __future__ import annotations

import re

from ..naming import norm


def looks_made(now_text: str, correction: str, was: list[tuple[str, str]]) -> bool:
    """``now_text`` holds the words of ``correction`` (or of a quotation in
    it), words the sentences decided on did not already hold, and each of
    ``was`` (the sentence decided on, the value stated there) is no longer
    stated as it was. A sentence still there counts as rewritten when the
    words asked for now run through it and do not restate the value decided
    on: a proposal spanning two sentences leaves the untouched one in place
    (trial 30: "Mommy, Mommy, I got hit. Something hit me in my back." asked
    of a quote whose claim was its first sentence, corrected word for word,
    was only "to check")."""
    now = _words(now_text)
    before = [_words(sentence) for sentence, _ in was]
    asked = _asked(correction)
    found = [(a, now.find(f" {a} ")) for a in asked if len(a) >= 2]
    found = [(a, at) for a, at in found if at >= 0]
    if not found or not was:
        return False
    # where the words asked for run, when the sentences decided on did not
    # already hold them (there before, they are no evidence of an edit)
    fresh = [(at, at + len(a) + 1) for a, at in found if not any(f" {a} " in old for old in before)]

    def rewritten(sentence: str, value: str) -> bool:
        w = _words(sentence).strip()
        if not w:
            return False
        at = now.find(f" {w} ")
        if at < 0:
            return True  # the sentence decided on is gone
        through = any(lo < at + len(w) + 1 and at < hi for lo, hi in fresh)
        value_words = _words(value)
        restated = bool(value_words.strip()) and value_words in f" {asked[0]} "
        return through and not restated

    return all(rewritten(sentence, value) for sentence, value in was)


def _words(text: str) -> str:
    """The words alone, lower case, each between spaces: a proposal is found
    whatever its punctuation (trial 27 corrected a quote word for word as the
    other sources print it, '…I would.”', against the proposal '…I would,”
    the judge added.', and the correction was not seen as made)."""
    return " " + " ".join(re.findall(r"[^\W_]+(?:['’][^\W_]+)*", norm(text or ""))) + " "


def _asked(correction: str) -> list[str]:
    """The proposal's words, and the words inside each of its quotations (a
    proposal may carry its attribution: '“…,” the judge added.')."""
    quoted = [a or b for a, b in re.findall(r'“([^”]{8,})”|"([^"]{8,})"', correction)]
    return [w.strip() for w in (_words(correction), *map(_words, quoted))]
