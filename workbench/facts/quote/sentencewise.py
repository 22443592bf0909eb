"""A quotation of several sentences compared sentence by sentence.

Two sources quoting one remark of several sentences often differ in which of
them they quote, and in how each sentence opens: a whole sentence quoted by
one source only (in the middle as well as at an end), or a sentence's lead-in
("One thing for me, I didn't want …" / "I didn't want …") left out. Neither
changes a word the speaker said in the sentences both quote; only a change
inside a sentence both quote is an altered quotation.
"""

from __future__ import annotations

from .cutwords import cues
from .mention import QuoteMention
from .sentences import sentence_breaks, word_offsets

# Words that, cut from the start of a quotation, can turn what the rest says:
# a negation ("I don't think …"), a condition or an exception ("Only if …"),
# a bound in time ("Since Monday …").
# A lead-in cut that drops none of them is a shorter quotation of the same
# words ("At the time, …", "I just wanted to say that …"): no alteration
# (fresh readers, J20c on 33_ecbplus, J19c on 03_ecb).
_TURNING_TEXT = (
    "not no never nothing none nobody neither nor if unless except only but although "
    "though whether until till since after before without cannot"
)
_TURNING = frozenset(_TURNING_TEXT.split())

# A lead-in is a few words before the sentence's own ("One thing for me,",
# "To be honest,"); more is a clause of its own, the sentence reworded.
LEAD_IN_WORDS = 6

Op = tuple[str, int, int, int, int]


_HAVE = frozenset({"have", "has", "had", "having", "we've", "i've", "they've", "you've"})


def edges_harmless(dropped: list[str]) -> bool:
    """No word cut from the start of a quotation can turn the meaning of the rest.
    "since" after have ("We have since rebuilt …" / "rebuilt …") is the adverb,
    since then, no bound in time (session 24, authored breach: judged a faithful
    shortening). The words are read by the test a cut at the end is read by
    (:func:`.cutwords.cues`: a qualifier, "probably", "so far", "for now at
    least", "in theory", "mostly", an exception, a condition): session 33, a
    quote cut at its start after "So far," or "Probably" was no flag while the
    same words cut from its end were a question."""
    turning = any(
        (w in _TURNING and not (w == "since" and k and dropped[k - 1] in _HAVE))
        or w.endswith("n't")
        for k, w in enumerate(dropped)
    )
    if turning:
        return False
    return not any(not _have_since(dropped, at) for _kind, at in cues(dropped, tail=False))


def _have_since(words: list[str], at: int) -> bool:
    """Word ``at`` is "since" after "have": since then, no bound in time."""
    return words[at] == "since" and at > 0 and words[at - 1] in _HAVE


_NEGATING = frozenset(
    ["not", "no", "never", "nothing", "none", "nobody", "neither", "nor", "cannot"]
)
# "No one doubts that …", "Nobody denies that …": two negations, the rest still said
_DOUBTING = frozenset(
    [
        "doubt",
        "doubts",
        "doubted",
        "deny",
        "denies",
        "denied",
        "dispute",
        "disputes",
        "disputed",
        "question",
        "questions",
        "questioned",
    ]
)


_JOINS = frozenset(["but", "and", "or", "although", "though", "however", "so", "because", "while"])


def negated_lead_in(dropped: list[str]) -> bool:
    """A lead-in cut that negates what follows it: a negation, then "that" right
    before the words quoted ("Nobody can say yet that the ship should not have
    sailed" / "the ship should not have sailed"): the cut says the opposite of
    what was said (session 24, authored ferry: readers judged the question too
    soft). Not when the lead-in doubts or denies ("No one doubts that …"), nor a
    negation of an earlier clause ("It was not easy, but I believe that …");
    ``dropped``: the words cut, from the start of their sentence."""
    lead = dropped[-(LEAD_IN_WORDS + 2) :]
    joins = [k for k, w in enumerate(lead) if w in _JOINS]
    lead = lead[joins[-1] + 1 :] if joins else lead  # "It was not easy, but I believe that"
    return (
        len(lead) > 1
        and lead[-1] == "that"
        and any(w in _NEGATING or w.endswith("n't") for w in lead)
        and not any(w in _DOUBTING for w in lead)
    )


# Words that deny or disown what follows them in the speaker's own clause ("It
# would be wrong to say …", "Nobody can say yet that …", "I deny that …"): a
# fragment quoted from after them may say the opposite of the speaker. Narrower
# than the turning words: a bound in time or a condition ("We have since …",
# "Only if …") cut from a lead-in narrows what follows, it does not deny it.
_DENYING = frozenset(
    [
        "not",
        "no",
        "never",
        "nothing",
        "none",
        "nobody",
        "neither",
        "nor",
        "cannot",
        "wrong",
        "false",
        "untrue",
        "unfair",
        "deny",
        "denies",
        "denied",
        "denying",
    ]
)
# A clause of its own starts after these: "… ignored the warnings, but it was far
# too slow" does not deny "far too slow".
_NEW_CLAUSE = frozenset(["but", "although", "though", "however", "whereas"])
# A reason or a result opens a clause of its own too ("… today, not next week,
# because every day …" does not deny "every day …"; session 40, authored
# transit_strike: three conflicts judged wrong) - save right after a negation,
# which then denies the reason ("not because …"), and "because of", a phrase.
_OPENS_REASON = frozenset(["because", "so", "while"])
# How far back a denial reaches: "Nobody can say yet that …" (5 words), "It would
# be wrong to say the company …" (8).
DENIAL_WORDS = 8


def denied_before(tokens: list[str], i: int) -> str:
    """The words right before token ``i`` of ``tokens`` (at most ``DENIAL_WORDS``,
    within the clause they open) when they deny what follows; else ""."""
    lead = tokens[max(0, i - DENIAL_WORDS) : i]
    cut = max((k + 1 for k, w in enumerate(lead) if k > 0 and _opens_clause(lead, k)), default=0)
    clause = lead[cut:]
    if not any(w in _DENYING or w.endswith("n't") for w in clause):
        return ""
    negations = [w for w in clause if w not in _DOUBTING and (w in _DENYING or w.endswith("n't"))]
    if negations and any(w in _DOUBTING for w in clause):
        return ""  # "No one doubts that …", "Nobody denies that …" affirm what follows
    return " ".join(lead)


def _opens_clause(words: list[str], k: int) -> bool:
    """Word ``k`` of ``words`` opens a clause a denial before it does not reach."""
    w = words[k]
    if w in _NEW_CLAUSE:
        return True
    if w not in _OPENS_REASON or words[k - 1] in _DENYING or words[k - 1].endswith("n't"):
        return False
    return w != "because" or k + 1 >= len(words) or words[k + 1] != "of"


def between_sentences(op: Op, a: QuoteMention, b: QuoteMention) -> bool:
    """``op`` (a change of a's tokens into b's) only adds or drops on one side
    whole sentences between two sentences both quote, or the lead-in of a
    sentence both quote: each side's words run on unchanged around it."""
    tag, i1, i2, j1, j2 = op
    if tag not in ("insert", "delete"):
        return False
    q, other, s0, s1, at = (a, b, i1, i2, j1) if tag == "delete" else (b, a, j1, j2, i1)
    if at not in sentence_breaks(other) or s0 not in sentence_breaks(q):
        return False  # inside a sentence of either side: words changed there
    if s1 in sentence_breaks(q):
        return True  # whole sentences one source quotes and the other does not
    # the start of a sentence cut, the rest of it quoted alike: a lead-in set
    # off by a comma, a colon or a dash ("One thing for me, …"), not a word of
    # the sentence's own ("Three people died" / "People died")
    lead = s1 - s0 <= LEAD_IN_WORDS and edges_harmless(q.tokens[s0:s1])
    return lead and _set_off(q, s1)


def _set_off(q: QuoteMention, k: int) -> bool:
    """A comma, colon or dash is printed before token ``k`` of ``q``."""
    positions = [p for s, e in q.parts for p in word_offsets(q, s, e)]
    if not 0 < k < len(positions) or len(positions) != len(q.tokens):
        return False
    between = q.text[positions[k - 1][0] - q.start : positions[k][0] - q.start]
    return any(mark in between for mark in (",", ":", "—", "–", " - "))


def turning_lead(
    ta: list[str], tb: list[str], starts: tuple[int, int], names: tuple[str, str]
) -> str:
    """What an altered quotation's explanation adds when one side quotes a
    lead-in before the words both quote that the other cuts, and the lead-in
    turns the rest (:func:`edges_harmless`): "; B cuts 'this is not' before
    the words both quote" (session 37, authored election D8: "This is not a
    landslide, it is a mandate with …" / "a landslide, and a mandate without
    …" was shown as 'it is / with' against 'and / without', its "not" unsaid).
    ``starts``: where the compared stretch begins on each side."""
    a0, b0 = starts
    for lead, other_start, cuts in ((ta[:a0], b0, names[1]), (tb[:b0], a0, names[0])):
        if lead and not other_start and len(lead) <= LEAD_IN_WORDS and not edges_harmless(lead):
            return f"; {cuts} cuts '{' '.join(lead)}' before the words both quote"
    return ""
