"""What the words a shorter quote drops carry, said so an editor can check a cut.

A quote one source cuts short stays a question (policy: "truncated:
unresolved"), but the question must be answerable in seconds: the explanation
says whether the dropped words carry anything that can turn or bound what was
quoted — a negation ("…, not the crew"), a "but" ("…, but only for now"), a
condition ("…, unless the talks fail"), a bound in time ("…, until March"), an
exception ("…, except the north wing"), a qualifier ("…, at least for
adults", "probably") or a hedge tagged on ("…, I think") — quoting the first
words of each, or that they carry none of these.
"""

from __future__ import annotations

from .mention import QuoteMention
from .questions import as_written

_NEGATION = "not no never nothing none nobody neither nor cannot without hardly barely scarcely"
_CONTRAST = "but yet although though however whereas nevertheless nonetheless"
_CONDITION = "if unless provided providing assuming once whether otherwise"
_TIME = "until till before after since"
_EXCEPTION = "except excluding barring"
_QUALIFIER = (
    "only probably perhaps maybe possibly likely unlikely partly partially mostly largely "
    "almost nearly roughly hopefully apparently presumably seemingly supposedly"
)
# (what the words are, the single words that say it), in the order told
_KINDS: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (kind, frozenset(words.split()))
    for kind, words in (
        ("a negation", _NEGATION),
        ("a 'but'", _CONTRAST),
        ("a condition", _CONDITION),
        ("a bound in time", _TIME),
        ("an exception", _EXCEPTION),
        ("a qualifier", _QUALIFIER),
    )
)
# Words that say it together ("at least", "for now", "apart from", "weather
# permitting", "for the moment"); session 35: a condition, a hedge or a bound
# told in a phrase of no turning word was read as none, and a quote cut before
# ", weather permitting" or ", it seems" passed as "shortened; meaning kept".
_PHRASES: dict[tuple[str, ...], str] = {
    ("at", "least"): "a qualifier",
    ("at", "most"): "a qualifier",
    ("in", "part"): "a qualifier",
    ("in", "theory"): "a qualifier",
    ("in", "principle"): "a qualifier",
    # a scope narrowed to some of the places or cases ("In most areas, …")
    ("in", "most"): "a qualifier",
    ("in", "some"): "a qualifier",
    ("in", "many"): "a qualifier",
    ("for", "now"): "a bound in time",
    ("so", "far"): "a bound in time",
    ("as", "yet"): "a bound in time",
    ("for", "the", "moment"): "a bound in time",
    ("for", "the", "time", "being"): "a bound in time",
    ("at", "the", "earliest"): "a bound in time",
    ("at", "the", "latest"): "a bound in time",
    ("as", "things", "stand"): "a bound in time",
    ("as", "long"): "a condition",
    ("weather", "permitting"): "a condition",
    ("all", "being", "well"): "a condition",
    ("all", "going", "well"): "a condition",
    ("god", "willing"): "a condition",
    ("depending", "on"): "a condition",
    ("subject", "to"): "a condition",
    # session 42: a condition told in a phrase ('…, on condition that the
    # inspection passes', '…, so long as …', '…, should the talks fail') was read
    # as none and the cut left as a question; it reads as unconditional
    ("on", "condition"): "a condition",
    ("so", "long", "as"): "a condition",
    ("contingent", "on"): "a condition",
    ("contingent", "upon"): "a condition",
    ("conditional", "on"): "a condition",
    ("conditional", "upon"): "a condition",
    ("in", "the", "event"): "a condition",
    ("should", "the"): "a condition",
    ("should", "it"): "a condition",
    ("should", "that"): "a condition",
    ("should", "this"): "a condition",
    ("it", "seems"): "a hedge",
    ("it", "appears"): "a hedge",
    ("it", "looks", "like"): "a hedge",
    ("in", "all", "likelihood"): "a hedge",
    ("apart", "from"): "an exception",
    ("other", "than"): "an exception",
}
_PHRASE_LENGTHS = sorted({len(p) for p in _PHRASES}, reverse=True)


def phrase_at(words: list[str], k: int) -> tuple[str, int]:
    """The kind and length of the phrase of :data:`_PHRASES` starting at word
    ``k`` of ``words``, or ("", 0)."""
    for n in _PHRASE_LENGTHS:
        if (kind := _PHRASES.get(tuple(words[k : k + n]))) is not None:
            return kind, n
    return "", 0


# A hedge tagged on at the end ("…, I think"): a short tail with one of these.
_HEDGES_TEXT = "think believe guess suppose hope reckon"
_HEDGES = frozenset(_HEDGES_TEXT.split())
HEDGE_TAIL = 4
SHOWN = 6  # words quoted from each cue on
# "however long that takes", "however hard it is": however of degree, no 'but'
_HOWEVER_OF_DEGREE = frozenset(
    [
        "long",
        "much",
        "many",
        "far",
        "hard",
        "bad",
        "big",
        "small",
        "often",
        "soon",
        "difficult",
        "painful",
    ]
)
# A refusal to comment ("we will not speculate", "urge people not to speculate",
# "would not comment further"): the negation governs the comment withheld, not
# the words quoted beside it.
_COMMENTING = frozenset(
    ["speculate", "speculating", "comment", "commenting", "elaborate", "discuss", "disclose"]
)
REFUSAL_REACH = 3


_NOT_YET = frozenset(["not", "never", "nothing", "no", "none", "nobody", "cannot"])


def _kind(words: list[str], k: int) -> tuple[str, int]:
    """What word ``k`` of ``words`` says (and how many words say it), or ("", 0)."""
    w = words[k]
    if _refusal(words, k):
        return "", 0
    if w.endswith("n't"):
        return "a negation", 1
    kind, size = phrase_at(words, k)
    if kind:
        return kind, size
    if w == "since" and k and words[k - 1] in {"have", "has", "had", "we've", "i've"}:
        return "", 0  # "we have since rebuilt": since then, no bound
    if w == "however" and k + 1 < len(words) and words[k + 1] in _HOWEVER_OF_DEGREE:
        return "", 0
    if w == "yet" and (k == len(words) - 1 or (k and words[k - 1] in _NOT_YET)):
        return "a bound in time", 1  # "… not over yet", "not yet": so far, no 'but'
    return next((kind for kind, ws in _KINDS if w in ws), ""), 1


# A refusal told as a judgement of commenting: "it would be wrong to speculate",
# "it is too early to comment" (session 40, authored oil spill: a quote cut before
# ", and it would be wrong to speculate" was left a question readers judged settled)
_UNWISE = frozenset(
    ["wrong", "premature", "early", "inappropriate", "irresponsible", "unwise", "unhelpful"]
)


def refusal_in(words: list[str]) -> bool:
    """The words hold a refusal to comment ("and we will not speculate", "and
    it would be wrong to speculate")."""
    return any(_refusal(words, k) for k in range(len(words))) or any(
        w in _UNWISE and words[k + 1 : k + 2] == ["to"] and words[k + 2 : k + 3][0] in _COMMENTING
        for k, w in enumerate(words[:-2])
    )


def _refusal(words: list[str], k: int) -> bool:
    """Word ``k`` negates a verb of commenting a word or three on: "not
    speculate", "won't comment", "not to speculate"."""
    w = words[k]
    if not (w in ("not", "never", "cannot") or w.endswith("n't")):
        return False
    return any(x in _COMMENTING for x in words[k + 1 : k + 1 + REFUSAL_REACH])


def cues(dropped: list[str], tail: bool) -> list[tuple[str, int]]:
    """The first place (index into ``dropped``) of each kind of turning word it
    holds, in order; ``tail``: the words were cut from the end (a short one
    holding "think", "believe" … is a hedge tagged on)."""
    found: dict[str, int] = {}
    k = 0
    while k < len(dropped):
        kind, size = _kind(dropped, k)
        if kind and kind not in found:
            found[kind] = k
        k += max(size, 1)
    if tail and len(dropped) <= HEDGE_TAIL and "a hedge" not in found:
        at = next((k for k, w in enumerate(dropped) if w in _HEDGES), -1)
        if at >= 0:
            found["a hedge"] = max(0, at - 1)
    return sorted(found.items(), key=lambda kv: kv[1])


def what_cut_carries(q: QuoteMention, spans: list[tuple[int, int]], tail: bool) -> str:
    """A sentence on the words of ``q`` cut by the other version (``spans``:
    token ranges of ``q``): the turning words they carry, quoted as printed, or
    that they carry none — what the editor checks."""
    found: list[str] = []
    for t0, t1 in spans:
        words = list(q.tokens[t0:t1])
        for kind, at in cues(words, tail and t1 == len(q.tokens)):
            if any(f.startswith(kind + ":") for f in found):
                continue
            stop = min(at + SHOWN, len(words))
            shown = as_written(q, t0 + at, t0 + stop, words[at:stop])
            found.append(f"{kind}: '{shown}{' …' if stop < len(words) else ''}'")
    if not found:
        return (
            "the dropped words carry no negation, 'but', condition or qualifier — check "
            "that the cut keeps the meaning"
        )
    said = "; ".join(found[:3])
    return f"the dropped words carry {said} — check whether the cut changes the meaning"
