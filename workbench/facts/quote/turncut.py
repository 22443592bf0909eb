"""A cut that turns what the kept words say: a conflict, not a question.

A quote one source cuts short stays a question ("truncated: unresolved") when
the tool cannot know whether the cut matters (a dropped "tonight", a clause
that adds a fact). It can know when the words cut off govern the words kept:

- a condition: "If negligence is found, we will act" / "we will act"; "The port
  reopens on Monday unless the swell picks up" / "The port reopens on Monday";
- a negation or a hedge over them: "I honestly don't know if I'll rebuild" /
  "I'll rebuild"; "I am not sure the plant will reopen"; "Perhaps the fire will
  be out by Sunday"; "We may close the school" — the kept words become a
  statement the speaker did not make;
- a contrast that follows them: "This is not enough, but it is a start" /
  "This is not enough"; "…. But it is a start." as the next sentence;
- a hedge tagged on: "He will play on Saturday, I think".

A bound in time, an exception or a qualifier ("until March", "except two
men", "at least for adults") stays a question, as does any other cut.
"""

from __future__ import annotations

from ...model import Verdict
from ..numwords import word_number
from .cutwords import HEDGE_TAIL, phrase_at
from .diff import QuoteDiff, short_words
from .mention import QuoteMention
from .narrowed import narrowing_tail
from .questions import as_written
from .sentences import sentence_breaks

_CONDITION = frozenset(["if", "unless", "whether", "provided", "providing", "assuming"])
_CONTRAST = frozenset(["but", "although", "though", "whereas"])
_NEGATION = frozenset(
    ["not", "no", "never", "nobody", "none", "nothing", "neither", "nor", "cannot"]
)
# session 35: "Apparently …", "It is possible that …", "There is a chance …",
# "The fire appears to have been …" cut before the kept words was no flag
_HEDGE_TEXT = (
    "perhaps maybe possibly may might could probably likely hopefully apparently "
    "presumably seemingly supposedly possible unlikely chance likelihood seems seem "
    "appears appear"
)
_HEDGE = frozenset(_HEDGE_TEXT.split())
# Words that open a clause of their own inside the lead, whose modal or hedge
# governs that clause, not the kept words: "What may surprise people is that
# …", "As you might expect, …", "Those who may have been exposed …" (session 35).
_OWN_CLAUSE = frozenset(["what", "who", "whom", "whose", "which", "whoever", "whatever", "as"])
_TAIL_HEDGE = frozenset(["think", "believe", "guess", "suppose", "hope", "reckon"])
# "No one doubts that …", "Nobody denies …": a negation that affirms what follows
_AFFIRMING = frozenset(
    ["doubt", "doubts", "doubted", "deny", "denies", "denied", "dispute", "disputes"]
)
# A negation in the words cut before the kept ones governs them only when its
# clause leads into them: it ends in "that", "if", a verb of knowing or saying
# ("I don't think we will …"), not "Nobody was hurt when the wall fell".
_LEADS_INTO = frozenset(
    [
        "that",
        "if",
        "whether",
        "think",
        "believe",
        "say",
        "know",
        "sure",
        "expect",
        "true",
        "clear",
        "certain",
    ]
)
# A lead-in of belief or hope before the kept words ("We hope that …", "I think
# …", "I expect the plant …"): cut, the speaker's hope reads as a statement
# (session 33: "We hope that the plant will reopen in May" / "The plant will
# reopen in May" was no flag, while the same hedge tagged on at the end was).
_BELIEF = frozenset(
    [
        "think",
        "believe",
        "hope",
        "expect",
        "guess",
        "suppose",
        "reckon",
        "assume",
        "trust",
        "thinks",
        "believes",
        "hopes",
        "expects",
        "hoping",
        "expecting",
    ]
)
# A condition the lead-in opens with: "Once the inspection is done, …", "As
# long as the dam holds, …" (read only first: "once" inside a clause is "one time")
_OPENING_CONDITION = (("once",), ("as", "long", "as"), ("so", "long", "as"), ("only", "when"))
# Words that start a clause of its own: a cue before them belongs to another clause
_JOINS = frozenset(["and", "but", "or", "so", "because", "while", "although", "though", "however"])
# A condition or contrast counts in the words cut after the kept ones only when
# their clause starts with it (", unless …", ", but …"), not one further on.
TAIL_CUE = 2


def _negated(w: str) -> bool:
    return w in _NEGATION or w.endswith("n't")


def _lead_clause(lead: list[str]) -> list[str]:
    """The words of the clause the kept words continue: those after the last
    word that opens a clause of its own ("It was hard, but we will rebuild")."""
    joins = [k for k, w in enumerate(lead) if w in _JOINS]
    return lead[joins[-1] + 1 :] if joins else lead


def lead_turns(lead: list[str], kept: list[str] | None = None) -> str:
    """What the words cut before the kept ones (``lead``, from the start of
    their sentence; ``kept``: the words kept, when known) do to them: "a
    condition", "a negation", "a hedge" or ""."""
    clause = _lead_clause(lead)
    if not clause or any(w in _AFFIRMING for w in clause):
        return ""
    if kept and figure_bound(clause, kept[0]):
        return "a bound on a figure"
    negated = any(_negated(w) for w in clause)
    if clause[-1] in ("if", "whether") and len(clause) > 1:
        # "I don't know if …", "I wonder whether …": the kept words are a question
        return "a negation" if negated else "a hedge"
    for k, w in enumerate(clause):
        if w in _CONDITION and not (k and clause[k - 1] in ("even", "as")):
            return "a condition"
    if any(tuple(clause[: len(c)]) == c for c in _OPENING_CONDITION):
        return "a condition"
    if knowing_hedge(clause):
        return "a hedge"
    if negated and clause[-1] in _LEADS_INTO:
        return "a negation"
    if _hedging(clause) or _belief_lead(clause, kept or []):
        return "a hedge"
    return ""


def _hedging(clause: list[str]) -> bool:
    """A hedge word or phrase of the lead clause governs the kept words: not
    one inside a clause of its own the lead opens ("As you might expect",
    "what may surprise people is that"), nor "as soon as possible"."""
    for k, w in enumerate(clause):
        if any(x in _OWN_CLAUSE for x in clause[:k]):
            return False
        if w == "possible" and k and clause[k - 1] == "as":
            continue
        if w in _HEDGE or phrase_at(clause, k)[0] in ("a hedge", "a condition"):
            return True
    return False


# Hoping and expecting hedge whatever follows; thinking and believing hedge a
# forecast ("I think we will win" / "We will win"), while before a judgement
# they only mark it as the speaker's ("I think that she was a remarkable woman"
# / "She was a remarkable woman": ECB+ 04_ecb, no statement turned).
_HOPING = frozenset(["hope", "hopes", "hoping", "expect", "expects", "expecting", "trust"])
_FORECAST = frozenset(["will", "would", "won't", "wouldn't", "can", "could", "should", "going"])
FORECAST_REACH = 6


def _belief_lead(clause: list[str], kept: list[str]) -> bool:
    """The clause ends in a verb of belief or hope, "that" at most after it, with
    its subject the speaker's side ("I think", "we hope that", "officials
    expect"): the kept words are what was hoped, or a forecast believed."""
    words = clause[:-1] if clause[-1:] == ["that"] else clause
    if not (2 <= len(words) <= 4 and words[-1] in _BELIEF) or words[0] in _OWN_CLAUSE:
        return False
    return words[-1] in _HOPING or any(w in _FORECAST for w in kept[:FORECAST_REACH])


# "but" after these is "except": "no choice but to strike", "nothing but praise"
_BUT_EXCEPT = frozenset(
    ["choice", "alternative", "option", "nothing", "anything", "everything", "all", "none"]
)


# Words that only bound the kept ones in time before the clause that turns them
# ("below levels of concern at this point, but that could change if …"): the
# contrast after them still opens the clause the cut drops.
_BOUND_LEADS: tuple[tuple[str, ...], ...] = (
    ("at", "this", "point"),
    ("at", "the", "moment"),
    ("at", "present"),
    ("for", "the", "time", "being"),
    ("for", "now"),
    ("right", "now"),
    ("so", "far"),
    ("as", "yet"),
    ("yet",),
    ("now",),
)


# A hedge on what the speaker knows, opening its clause ("as far as we know",
# "so far as I can tell", "to our knowledge", "from what we understand", "on
# current information"): cut, "This was not an attack, as far as we know" reads
# as "This was not an attack" - a certainty the speaker did not claim. "As far
# as the bridge" (a distance) and "as far as X is concerned" (a topic) are no
# hedge: a verb of knowing must follow within a few words.
_KNOWING = frozenset(
    ["know", "knows", "known", "tell", "aware", "understand", "see", "judge", "determine"]
)
_KNOWING_OPENINGS: tuple[tuple[str, ...], ...] = (
    ("as", "far", "as"),
    ("so", "far", "as"),
    ("from", "what"),
)
_KNOWLEDGE_PHRASES: tuple[tuple[str, ...], ...] = (
    ("to", "our", "knowledge"),
    ("to", "my", "knowledge"),
    ("to", "the", "best", "of"),
    ("on", "current", "information"),
    ("on", "present", "information"),
    ("on", "the", "information", "we"),
    ("on", "the", "evidence", "we"),
)
KNOWING_REACH = 4


def knowing_hedge(words: list[str]) -> bool:
    """``words`` open with a hedge on what the speaker knows."""
    if any(tuple(words[: len(p)]) == p for p in _KNOWLEDGE_PHRASES):
        return True
    for p in _KNOWING_OPENINGS:
        if tuple(words[: len(p)]) == p:
            return any(w in _KNOWING for w in words[len(p) : len(p) + KNOWING_REACH])
    return False


# A hedge opening the words cut after the kept ones: "…, possibly weeks", "…,
# or maybe more", "…, hopefully", "…, it seems"; a condition told without a
# turning word: "…, weather permitting", "…, depending on the weather"
# (session 35: the first a question, the rest "shortened; meaning kept").
_OPENING_HEDGE_TEXT = (
    "possibly perhaps maybe probably hopefully apparently presumably seemingly supposedly"
)
_OPENING_HEDGE = frozenset(_OPENING_HEDGE_TEXT.split())


def _opening_hedge(tail: list[str], at: int) -> str:
    """ "a hedge" or "a condition" when the clause ``tail`` opens at ``at`` is one."""
    k = at + 1 if tail[at : at + 1] == ["or"] else at
    if tail[k : k + 1] and tail[k] in _OPENING_HEDGE:
        return "a hedge"
    kind = phrase_at(tail, k)[0]
    return kind if kind in ("a hedge", "a condition") else ""


def gap_turns(words: list[str]) -> str:
    """What words left out inside a quotation (at an ellipsis or where the
    reporter splits it) do to the rest: "a negation", "a condition", "a hedge"
    or "" (session 35: "… will reopen … on Monday" for "… will reopen, possibly,
    on Monday")."""
    for k, w in enumerate(words):
        if _negated(w) and not (k + 1 < len(words) and words[k + 1] in _AFFIRMING):
            return "a negation"
        if w in _CONDITION or phrase_at(words, k)[0] == "a condition":
            return "a condition"
        if w in _HEDGE or w in _OPENING_HEDGE or phrase_at(words, k)[0] == "a hedge":
            return "a hedge"
    return ""


def _bound_lead(tail: list[str]) -> int:
    """How many words of ``tail`` only bound the kept words in time, 0 if none."""
    return next((len(p) for p in _BOUND_LEADS if tuple(tail[: len(p)]) == p), 0)


def tail_turns(tail: list[str], next_sentence: bool, before: str = "") -> tuple[str, int]:
    """What the words cut after the kept ones (``tail``: the rest of their
    sentence, or the next sentence when ``next_sentence``; ``before``: the last
    word kept) do to them, and where the cue is: ("a condition" | "a contrast"
    | "a hedge" | "", index)."""
    if not tail or (tail[0] == "but" and before in _BUT_EXCEPT):
        return "", 0
    if next_sentence:  # "…. But it is a start."
        return ("a contrast", 0) if tail[0] in _CONTRAST or tail[0] == "however" else ("", 0)
    if knowing_hedge(tail):  # before "so far" is read as a bound in time
        return "a hedge", 0
    skip = _bound_lead(tail)
    if knowing_hedge(tail[skip:]):
        return "a hedge", skip
    if kind := _opening_hedge(tail, skip):
        return kind, skip
    for k, w in enumerate(tail[: skip + TAIL_CUE + 1]):
        if k and tail[k - 1] == "even":
            continue
        if w in _CONDITION:
            return "a condition", k
        if w in _CONTRAST:
            return "a contrast", k
    if len(tail) <= HEDGE_TAIL and any(w in _TAIL_HEDGE for w in tail[:3]):
        return "a hedge", 0
    return "", 0


# Words that bound a figure right after them ("More than 200 homes …", "Up to
# five days …"): cut from the start of a quotation whose kept words open with
# the figure, the bound figure reads as exact (session 35: "More than 200 homes
# may …" / "200 homes may …" was no flag, while "for at least three days" /
# "for three days" inside a quote was a conflict).
_FIGURE_BOUNDS: tuple[tuple[str, ...], ...] = tuple(
    tuple(p.split())
    for p in (
        "about", "around", "approximately", "roughly", "nearly", "almost", "some", "over",
        "under", "up to", "more than", "fewer than", "less than", "at least", "at most",
        "as many as", "as much as", "close to", "just over", "just under", "as few as",
    )
)  # fmt: skip


def figure_bound(lead: list[str], first_kept: str) -> bool:
    """``lead`` ends in words that bound the figure ``first_kept`` opens with."""
    figure = first_kept[:1].isdigit() or word_number(first_kept) is not None
    return figure and any(tuple(lead[-len(p) :]) == p for p in _FIGURE_BOUNDS)


_DID = {
    "a bound on a figure": "the speaker bounded the figure, and the shorter quote gives it "
    "as exact",
    "a condition": "the speaker said it on a condition the shorter quote drops, so it "
    "reads as unconditional",
    "a negation": "the speaker said it under a negation the shorter quote drops, so it "
    "reads as the speaker's own statement",
    "a hedge": "the speaker hedged it, and the shorter quote turns it into a statement",
    "a contrast": "the speaker turned it with what followed, and the shorter quote keeps "
    "only the first half",
    "a narrowed denial": "the speaker denied it only in part, for a while or on a "
    "condition, and the shorter quote makes the denial whole",
}


def turning_cut(long_q: QuoteMention, i: int, n: int) -> tuple[str, str] | None:
    """(the kind, the words as printed) when cutting ``long_q`` down to its
    tokens i..i+n-1 drops words that govern them; None otherwise."""
    toks = list(long_q.tokens)
    breaks = sentence_breaks(long_q)
    start = max((k for k in breaks if k <= i), default=0)
    if i > start and (kind := lead_turns(toks[start:i], toks[i : i + n])):
        return kind, as_written(long_q, start, i, toks[start:i])
    end = i + n
    if end >= len(toks):
        return None
    after = min((k for k in breaks if k > end), default=len(toks))
    kind, at = tail_turns(toks[end:after], end in breaks, toks[end - 1] if end else "")
    if not kind and end not in breaks:  # "… not open that gate without an instruction"
        kind, at = narrowing_tail(toks[start:end], toks[end:after])
    if not kind:
        return None
    stop = min(after, end + at + 8)
    shown = as_written(long_q, end + at, stop, toks[end + at : stop])
    return kind, shown + (" …" if stop < after else "")


def turning_explanation(kind: str, words: str, shorter: str, _longer: str) -> str:
    """The sentence a conflict's explanation closes with."""
    return f"The words {shorter} cuts carry {kind}, '{words}': {_DID[kind]} — conflict"


def next_sentence_contrast(long_q: QuoteMention, end: int) -> bool:
    """The sentence right after token ``end`` of ``long_q`` (a sentence break)
    opens with a contrast ("But it is a start."): quoting the sentences before
    it alone turns them."""
    toks = long_q.tokens
    return (
        end < len(toks)
        and end in sentence_breaks(long_q)
        and tail_turns(list(toks[end : end + 1]), True)[0] == "a contrast"
    )


def dropped_contrast(
    a: QuoteMention, b: QuoteMention, window: tuple[int, int, int, int], names: tuple[str, str]
) -> QuoteDiff | None:
    """One version stops where the other goes on into a sentence that turns the
    ones both quote ("But it is a start."): a conflict, at the sentences both
    quote; ``window``: the token ranges of each that are one quotation."""
    _a0, a1, _b0, b1 = window
    sides = ((a, a1, b, b1, names[0], names[1]), (b, b1, a, a1, names[1], names[0]))
    for long_q, end, short_q, short_end, longer, shorter in sides:
        if short_end != len(short_q.tokens) or not next_sentence_contrast(long_q, end):
            continue
        breaks = sentence_breaks(long_q)
        after = min((k for k in breaks if k > end), default=len(long_q.tokens))
        stop = min(after, end + 8)
        words = as_written(long_q, end, stop, list(long_q.tokens[end:stop]))
        kept = as_written(short_q, max(0, short_end - 4), short_end, [])
        return QuoteDiff(
            Verdict.CONFLICT,
            "truncated",
            f"{shorter} stops the quote after '{kept}'; {longer} goes on: "
            f"'{words}{' …' if stop < after else ''}'. "
            + turning_explanation("a contrast", words, shorter, longer),
            (a.start, a.end),
            (b.start, b.end),
            short_words(a.tokens, 20),
            short_words(b.tokens, 20),
        )
    return None


# Words that only date a remark ("… no roof tonight."): dropped inside a
# quotation they turn nothing, an ordinary shortening (session 28, authored
# ecuador_quake: "drops 'tonight'" called a conflict, judged wrong).
_DATING = frozenset(
    [
        "tonight",
        "today",
        "now",
        "yesterday",
        "tomorrow",
        "still",
        "already",
        "currently",
        "this",
        "morning",
        "evening",
        "afternoon",
        "week",
    ]
)


def dating_only(core: list[tuple[str, int, int, int, int]], ta: list[str], tb: list[str]) -> bool:
    """Every change in ``core`` only drops, on one side, words that date the
    remark ("tonight", "this morning"): one quotation shortened."""
    for tag, i1, i2, j1, j2 in core:
        if tag not in ("delete", "insert"):
            return False
        words = ta[i1:i2] if tag == "delete" else tb[j1:j2]
        if len(words) > 2 or not all(w in _DATING for w in words) or words == ["this"]:
            return False
    return bool(core)
