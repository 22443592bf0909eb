"""The clock time a named happening began, a key figure of a story (issue 11,
session 40). "The walkout … began at 04:00 GMT", "The stoppage, which began at
4am yesterday", "a 48-hour strike that began at 03:00 on March 10" tell one
moment in sentences worded too differently to align (authored transit_strike
D7; "The blackout began at 17:42", "The raids began at 5am local time").

``story.started`` keys the verbs that only a happening does ("broke out",
"erupted"); "began" and "started" were left out because anything begins ("they
began returning at 10am"). Here they count only when their subject is a
happening's noun, read as one class so that two words of one happening meet
("walkout" / "stoppage" / "strike"): the noun opens its clause (the sentence,
after a comma or a word like "when") and nothing but its own phrase stands
between it and the verb ("The walkout by members of the UTWF began", "The
stoppage, which began"). "Talks to end the strike began" is no strike
beginning: the noun is the object of "end"."""

from __future__ import annotations

import re

from ..model import Claim, Fact

__all__ = ["BEGAN", "began_key", "moment_words"]

BEGAN = "began:"  # the key of a happening's start: "began:strike"
ANNOUNCED = "announced:"  # the key of a decision's telling: "announced:decision"

# Each happening's nouns, as one class.
_CLASSES = {
    "strike": ("strike", "walkout", "stoppage"),
    "raid": ("raid", "swoop", "crackdown"),
    "outage": ("blackout", "outage", "power cut"),
    "eruption": ("eruption",),
    "protest": ("protest", "demonstration", "rally"),
    "attack": ("attack", "assault", "bombardment", "shooting"),
    "evacuation": ("evacuation",),
}
# What is announced at a clock time, as one class: "The bank's decision, announced at
# 1pm London time" / "the cut, which was announced at 14:00 local time" (authored
# rate_cut D9)
_TOLD = {"decision": ("decision", "cut", "hike", "ruling", "verdict")}


def _nouns(classes: dict[str, tuple[str, ...]]) -> tuple[dict[str, str], str]:
    of = {noun: cls for cls, nouns in classes.items() for noun in nouns}
    return of, "|".join(sorted((n.replace(" ", r"[ \u00a0]+") for n in of), key=len))


# the verb right before the clock: "began at", "started shortly after", "announced at"
_BEFORE_CLOCK = (
    r"[ \u00a0]+(?:(?:at|around|about|shortly|just|soon|after|before|from)[ \u00a0]+){1,3}$"
)
# Officers going in are a raid beginning: "When officers went through the doors at
# 6.30am" / "The raids began at 05:00" (authored police_raids D7)
_ENTERED = {"raid": ("officer", "police", "detective", "agent")}
_VERBS = (
    (BEGAN, re.compile(r"\b(?:began|begun|started)" + _BEFORE_CLOCK, re.I), _nouns(_CLASSES)),
    (ANNOUNCED, re.compile(r"\b(?:announced|unveiled)" + _BEFORE_CLOCK, re.I), _nouns(_TOLD)),
    (
        BEGAN,
        re.compile(
            r"\b(?:went[ \u00a0]+(?:in|through[ \u00a0]+the[ \u00a0]+doors?)|burst[ \u00a0]+in"
            r"|forced[ \u00a0]+(?:entry|their[ \u00a0]+way[ \u00a0]+in)|swooped)" + _BEFORE_CLOCK,
            re.I,
        ),
        _nouns(_ENTERED),
    ),
)


def _subject(nouns: str) -> re.Pattern[str]:
    """The noun phrase the verb tells of: either a relative clause's noun ("for
    the cut, which was announced at", "a 48-hour strike that began at"), or a
    noun phrase opening its clause ("The National Bank's decision, announced
    at") with its own phrase up to the verb: a phrase of its own ("by members
    of the … Federation (UTWF)"), an aside between commas ("The raids,
    codenamed Operation Lantern, began"), a participle after a comma. The words
    before the noun hold no article or "to" of their own: "Talks to end the
    strike began" tells of the talks."""
    aux = r"[ \u00a0]+(?:(?:was|were|is|had|has|been|first|officially)[ \u00a0]+){0,2}$"
    det = r"(?:the|a|an|its|their|this|that)[ \u00a0]+"
    return re.compile(
        rf"\b{det}(?:[\w'’-]+[ \u00a0]+){{0,2}}?(?P<rnoun>{nouns})s?"
        rf"(?:,[ \u00a0]*which|[ \u00a0]+(?:which|that)){aux}"
        r"|(?:^|[,;:\u2014(][ \u00a0]*|\b(?:and|but|when|after|since|as|before|until|once)"
        r"[ \u00a0]+)"
        rf"(?:{det})?(?:(?!(?:the|a|an|to)\b)[\w'’-]+[ \u00a0]+){{0,5}}?(?P<noun>{nouns})s?\b"
        r"(?:,[^,;:]{1,70},|,|[ \u00a0]+(?:by|of|in|at|across|on)[ \u00a0]+[^,;:.]{0,70}?)?" + aux,
        re.IGNORECASE,
    )


_SUBJECTS = tuple(_subject(nouns) for _, _, (_, nouns) in _VERBS)


def began_key(claim: Claim, f: Fact) -> str:
    """The key of the happening whose start (or the decision whose telling) the
    clock ``f`` tells ("began:strike", "announced:decision"; officers going in,
    "began:raid"), or "" when its clause tells none."""
    s = f.start - claim.start
    text = claim.text
    for (prefix, verb_rx, (noun_class, _)), subjects in zip(_VERBS, _SUBJECTS, strict=True):
        verb = verb_rx.search(text, max(0, s - 40), s)
        if verb is None:
            continue
        head = text[max(0, verb.start() - 140) : verb.start()]
        subject = None
        for m in subjects.finditer(head):
            subject = m  # the last phrase that reaches the verb
        if subject is not None:
            noun = subject.group("noun") or subject.group("rnoun")
            noun = re.sub(r"[ \u00a0]+", " ", noun.lower())
            return prefix + noun_class[noun]
    return ""


def moment_words(key: str) -> str:
    """What an editor reads the key as: "time the strike began"."""
    verb, what = key.split(":", 1)
    return f"time the {what} began" if verb + ":" == BEGAN else f"time the {what} was {verb}"
