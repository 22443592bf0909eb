"""The day of a happening that follows the story's event, not the event's day
(issue 11, session 41: "the day of a different happening set against the day of
the event").

A story dates more than its event. After a shooting, a crash or a collapse it
dates what followed: how people were "still coping" or "in mourning" on a day,
a suspect "on suicide watch", "remanded in custody" or "denied bail", his
appearance "in court", the inquest that "opened", the funerals, burials and
vigils "held" on a day, the family that "confirmed his death last night", the
police chief who spoke "at a news conference on Thursday". The DATED lexicon
read the event's words near such a date ("the Kelby clinic shooting", "his
death") or nothing, so the day was held against the event's own day, and a
report that dated only the aftermath in its lead had it compared as the day of
the main event (authored development: avalanche, stadium_crush; more on held-out
copy and real copy a user brought).

:func:`aftermath_stage` reads the cue of such a happening around a date in its
clause (a fronted date, "On Wednesday, Dorn was remanded", in the clause it
opens): the cue must end just before the date, a few words at most between, or
be the subject of a verb of holding or beginning right before it ("Funerals for
the four miners were held in Kelby on Thursday"), with no word of the event's
own between cue and date ("the funeral of a man shot on Tuesday" dates the
shooting). ``dated_things.date_reading`` gives the stage where the DATED lexicon
read the event ("incident"), a start ("opens": burials that "began" and an
inquest that "opened" are two things), a contact or nothing (a telling only
where it read the event or nothing). Two different stages never compare
(``Measure.differs``): a court day against the shooting's, a funeral against
the collapse's; a date whose clause tells no stage still compares with any (kept
alone, as ``stamped.kept_alone`` keeps a stamp, it lost right flags on authored
development: "would be brought before the district court later in the week" /
"appeared at the district court yesterday"). A day a stretch runs from ("kept
vigil since Tuesday evening") has no stage of its own here.

Why it holds on events not seen: the cues are how news tells what follows any
event with victims or a suspect - states of the bereaved, custody and court
steps, funerals, a death confirmed, a briefing - and name no event, place or
outlet.
"""

from __future__ import annotations

import re

from .happenings import DATED
from .whose import clause_bounds

AFTERMATH = "aftermath"  # a state the event left people in: coping, mourning
CUSTODY = "in custody"  # a suspect held: remanded, on suicide watch, bail
IN_COURT = "court or inquest hearing"  # a suspect or a case before a court, an inquest
MOURNED = "funeral or vigil"  # funerals, burials, vigils, memorials held
TOLD = "announced"  # a death confirmed, a news conference (the DATED stage)

STAGES = frozenset((AFTERMATH, CUSTODY, IN_COURT, MOURNED))
# the readings of the DATED lexicon these cues overrule: the event near the date, a
# start ("burials began", "the inquest opened"), a contact, nothing
_OVERRULED = frozenset(("", "incident", "opens", "reached"))

_S = r"[ \u00a0]+"
_GAP = r"(?:" + _S + r"(?!and\b|but\b|when\b|after\b|before\b|while\b)[\w.'’-]+){0,4}?"
_ON = _S + r"(?:(?:on|at|in|during|by|late|early|from|until)" + _S + r")*$"

# a state the event left people in: "were still coping with the aftermath on
# Thursday", "the town was in mourning on Sunday", "remained in shock"
_STATE = (
    r"\b(?:coping|grieving|mourning|reeling|in" + _S + r"shock|in" + _S
    + r"mourning|(?:come|comes|coming)" + _S + r"to" + _S + r"terms|struggl(?:ing|ed)" + _S
    + r"to" + _S + r"cope|picking" + _S + r"up" + _S + r"the"
    + _S + r"pieces|counting" + _S + r"the" + _S + r"cost|paid" + _S + r"tributes?|"
    + r"paying" + _S + r"tributes?|pays" + _S + r"tributes?)\b"
)  # fmt: skip
# a suspect held: "was on suicide watch", "remanded in custody", "denied bail",
# "held without bail", "remained in custody" (not "taken into custody": an arrest)
_CUSTODY = (
    r"\b(?:(?:on|under|placed" + _S + r"on)" + _S + r"suicide" + _S + r"watch|remanded"
    + r"|(?:denied|refused|granted|released" + _S + r"on|held" + _S + r"without|posted|"
    + r"set|made)" + _S + r"bail|bail" + _S + r"(?:was" + _S + r")?(?:denied|refused|"
    + r"granted|set)|(?:remain(?:s|ed)?|held|kept|being" + _S + r"held|was" + _S + r"held|"
    + r"were" + _S + r"held)" + _S + r"(?:in" + _S + r"(?:police" + _S + r")?custody|in"
    + _S + r"jail|behind" + _S + r"bars))\b"
)  # fmt: skip
# before a court: "appears in court on Thursday", "appeared before magistrates",
# "made a first court appearance", "pleaded not guilty", "a bail hearing", "the
# inquest opened" (not "went on trial": the DATED stage "opens")
_COURT = (
    r"\b(?:(?:appear(?:s|ed|ing)?|(?:be|been|being|was|were|is|are)" + _S
    + r"brought|due)" + _S + r"(?:(?:by" + _S + r"video(?:link)?|via" + _S
    + r"videolink)" + _S + r")?(?:in|before|at)" + _S + r"(?:(?:a|the|an)" + _S + r")?"
    + r"(?:[A-Z][\w'’-]*" + _S + r"){0,3}(?:[\w-]+" + _S + r")?(?:court|magistrates|judge|"
    + r"tribunal)|(?:court" + _S + r"appearance|(?:first|initial)" + _S + r"appearance)|"
    + r"plead(?:s|ed)?|pled|(?:bail|remand|preliminary|committal|extradition|custody|"
    + r"court)" + _S + r"hearings?|inquests?|(?:hear(?:s|d|ing)?|took|taking)" + _S
    + r"evidence|(?:face|faces|facing|faced|attend\w*|at|for)" + _S + r"(?:a|an|the|his|her|"
    + r"their|its|next|first)" + _S + r"(?:[\w-]+" + _S + r")?hearing)\b"
)  # fmt: skip
# what follows for the dead: "the funeral on Thursday", "Funerals … were held"
_MOURNED = (
    r"\b(?:funerals?|burials?|(?<!kept )(?<!keep )(?<!keeping )(?<!keeps )(?<!stood )"
    + r"(?<!standing )vigils?|memorials?(?:" + _S + r"services?)?|wakes|requiem|"
    + r"(?:were|was)" + _S + r"(?:buried|laid" + _S + r"to" + _S + r"rest|cremated)|"
    + r"laid" + _S + r"to" + _S + r"rest)\b"
)  # fmt: skip
# the noun of a following happening as the subject of a verb of holding or beginning
# right before the date: "Funerals for the four miners were held in Kelby on Thursday"
_HELD = re.compile(
    r"\b(?:(?:is|are|was|were|will" + _S + r"be|being)" + _S + r"(?:held|planned|"
    r"scheduled|opened|adjourned)|took" + _S + r"place|takes?" + _S + r"place|began|begins?|"
    r"started|starts?|opened|opens|resumed|resumes|gathered)(?:" + _S + r"[\w'’-]+){0,6}?" + _ON,
    re.IGNORECASE,
)
# a death confirmed or announced, a news conference or a statement: "His family
# confirmed his death last night", "told a news conference on Thursday", "At a
# briefing on Friday", "said in a statement on Friday"
_TOLD = (
    r"\b(?:(?:confirm|announc|reveal)(?:ed|es|ing|e)?" + _S + r"(?:(?:the|his|her|their|"
    + r"its|a)" + _S + r")?(?:[\w-]+" + _S + r")?(?:deaths?|passing|killing)(?:" + _S
    + r"of(?:" + _S + r"[\w'’-]+){1,3})?|(?:news|press)" + _S + r"(?:conference|briefing)s?"
    + r"|briefing|(?:in|issued)" + _S + r"(?:a|an|the|its|his|her|their)" + _S
    + r"(?:[\w-]+" + _S + r")?statement)"
)  # fmt: skip

_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (stage, re.compile(rx, re.IGNORECASE))
    for stage, rx in (
        (CUSTODY, _CUSTODY),
        (IN_COURT, _COURT),
        (MOURNED, _MOURNED),
        (AFTERMATH, _STATE),
        (TOLD, _TOLD),
    )
)
# a cue ends a few words before the date at most
_CLOSE_BEFORE = re.compile(_GAP + _ON, re.IGNORECASE)
# a state told at more length: "struggling to come to terms with the loss of four
# neighbours on Thursday"
_FAR_BEFORE = re.compile(_GAP.replace("{0,4}", "{0,10}") + _ON, re.IGNORECASE)
_EVENT = dict(DATED)["incident"]
_FRONTED = re.compile(r"[\"'“‘ \u00a0]*(?:(?:on|at|by|late|early|in)" + _S + r")*$", re.I)
_FRONT_END = re.compile(r"[ \u00a0]*,")
_WORD_START = re.compile(r"\b[A-Za-z]")
_CHARGED = dict(DATED)["charged"]
_SINCE = re.compile(r"\bsince" + _S + r"$", re.IGNORECASE)


def _event_between(text: str, lo: int, hi: int) -> bool:
    """A word of the event's own between a cue and its date ("the funeral of a
    man shot on Tuesday"): the date is the event's."""
    return any(_EVENT.match(text, w.start(), hi) for w in _WORD_START.finditer(text, lo, hi))


def _before(text: str, lo: int, start: int) -> str:
    """The stage a cue before the date in its clause gives, or ""."""
    for stage, rx in _CUES:
        for cue in rx.finditer(text, lo, start):
            near = _CLOSE_BEFORE.match(text, cue.end(), start)
            if stage == AFTERMATH and near is None:
                near = _FAR_BEFORE.match(text, cue.end(), start)  # "coping with the loss of …"
            if near is not None and not _event_between(text, cue.end(), start):
                return stage
            held = _HELD.search(text, cue.end(), start) if stage != TOLD else None
            if held is not None and not _event_between(text, held.start(), start):
                return stage  # "A vigil for the victims of the shooting was held on"
    return ""


def _fronted(text: str, lo: int, start: int, end: int) -> str:
    """The stage a cue gives in the clause a fronted date opens ("On Wednesday,
    Dorn was remanded in custody"), or ""."""
    if not _FRONTED.fullmatch(text, lo, start) or not _FRONT_END.match(text, end):
        return ""
    after = _FRONT_END.match(text, end).end()
    _, hi = clause_bounds(text, after + 1, after + 1)
    for stage, rx in _CUES:
        cue = rx.search(text, after, hi) if stage != TOLD else None
        if cue is not None and not _event_between(text, after, cue.start()):
            return stage
    return ""


def aftermath_stage(text: str, start: int, end: int, read: str = "") -> str:
    """The stage of a happening after the event that the date at
    ``text[start:end]`` (text: its sentence) dates, where the DATED lexicon
    ``read`` the event, a start, a contact or nothing (a telling: the event or
    nothing, "a news conference that began at 11:00" dates its start); ""
    otherwise, and for a day a stretch runs from ("have kept vigil since Tuesday
    evening", waiting for news: no stage of its own)."""
    if _SINCE.search(text, max(0, start - 12), start):
        return ""
    lo, hi = clause_bounds(text, start, end)
    if read == "charged":  # "anyone charged would be brought before the court later in
        # the week": a court day, unless the charge follows the date ("appeared in court
        # on Wednesday charged with murder": the day of the charge)
        stage = _before(text, lo, start)
        after = _CHARGED.search(text, end, hi)
        return stage if stage in (IN_COURT, CUSTODY) and after is None else ""
    if read not in _OVERRULED:
        return ""
    stage = _before(text, lo, start) or _fronted(text, lo, start, end)
    return "" if stage == TOLD and read not in ("", "incident") else stage
