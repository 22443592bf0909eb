"""The words that tell how a figure is stated (modality.py reads them): the
modalities themselves, the cue words of each, and the verbs, function words and
patterns the walk along a figure's clause stops at or passes over. Split from
modality.py (session 36): the vocabulary apart from the reading."""

from __future__ import annotations

import re

ACTUAL = "actual"
POSSIBLE = "possible"
SOUGHT = "sought"
EXPECTED = "expected"
CONDITIONAL = "conditional"
JUDGED = "judged"


def word_set(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Cue words of each modality, matched on a lower-cased word of the clause.
CUES: tuple[tuple[str, frozenset[str]], ...] = (
    (POSSIBLE, word_set("could may might can cannot couldn't can't face faces faced facing")),
    (POSSIBLE, word_set("potential potentially possible possibly maximum max")),
    (
        SOUGHT,
        word_set(
            "sought seek seeks seeking demand demands demanded demanding request requests "
            "requested requesting recommend recommends recommended recommending "
            "recommendation propose proposes proposed proposing proposal "
            "urged urging"
        ),
    ),
    (
        EXPECTED,
        word_set(
            "will won't shall expect expects expected expecting forecast forecasts "
            "forecasted forecasting projected projects projection projections "
            "predict predicts predicted predicting prediction anticipated anticipate "
            "anticipates intends intend intended target targets goal should forecaster "
            "forecasters"
        ),
    ),
    (CONDITIONAL, word_set("would wouldn't")),
    (
        JUDGED,
        word_set(
            "concern concerns concerned worried worry worries wary reluctant unwilling "
            "hesitant reasonable unreasonable excessive"
        ),
    ),
)
# A judgement of the figure that is its subject: "Eight years seems like a reasonable
# contract-length" (read only after the value: "it seems 30 died" reports a toll).
JUDGED_AFTER = word_set("seems seem seemed sounds sound")
# Cues that are such only before "to": "plans to hire 500", "aims to raise",
# "is set to reach", "likely to rise" ("the plan cost $2.4bn" states a cost).
CUES_BEFORE_TO: dict[str, str] = {
    w: EXPECTED
    for w in word_set(
        "plan plans planned planning aim aims aimed aiming hope hopes hoped hoping want "
        "wants wanted poised likely scheduled slated track course seeks seeking "
        "promise promises promised pledge pledges pledged vow vows vowed designed meant"
    )
} | {w: SOUGHT for w in word_set("asked asks ask asking")}
# Cues before "to" only after a form of "be": "is due to close in May" ("due to the
# storm" gives a cause), "are set to rise", "is going to cost" ("a bonus going to Kiprop").
CUES_AFTER_BE = word_set("due set going")
# "asked for 30 years", "called for a 20-year term", "pushed for".
CUES_BEFORE_FOR: dict[str, str] = {
    w: SOUGHT
    for w in word_set("asked asks ask asking called calls calling pushed pushing pressed pressing")
}
# "could be seen 10 miles away": what could be perceived, not what might happen.
PERCEIVED = word_set("seen heard felt spotted smelled smelt noticed observed")
# "as expected", "more than forecast": a comparison with a forecast states what happened.
NOT_AFTER = word_set("than as")
# Finite verbs of being or having: the figure is stated as what is or was.
FINITE = word_set("is are was were has had did does am 's isn't wasn't weren't aren't hasn't")
# Finite verbs that state what stands now, not what happened.
PRESENT = word_set("is are am does 's isn't aren't doesn't")
# The bare future and the capability: a figure stated as what will be or can be
# ("Apple will ask $1,099", "the battery can run for up to eight hours"), without
# a forecast's hedge; each is the same fact as one stated as what stands.
BARE_FUTURE = word_set("will won't shall can cannot can't")
# Words after which a participle or base form still hangs on a modal further back
# ("could be sentenced", "would have cost", "to hire"): the walk goes on past them.
CHAIN = word_set("be been being have having to get got not never also still just only")
# Past forms with no -ed that state what happened ("fell", "rose to 100", "cost $2.4bn").
IRREGULAR = word_set(
    "got fell rose hit took gave left won lost paid spent sold bought made found grew "
    "held kept struck sank cost ran drew brought caught came went saw put cut shot "
    "beat bore dealt fought led met sent sat stood stole swept threw tore wore wrote"
)
# A speech or report verb: the figure belongs to the clause it introduces.
SPEECH = word_set(
    "said says say saying told tells reported reports reporting announced announces "
    "stated states estimated estimates according warned warns added adds noted notes"
)  # and a verb of evidence before "that": "the record will show that with 7:42 left"
EVIDENCE = word_set("show shows showed shown confirm confirms confirmed prove proves proved")
# Words the walk after a value stops at: another clause or figure begins.
FORWARD_STOP = word_set(
    "and or but that which who whom whose when while after before because since although "
    "though than where until unless"
)
# The subject of a copula that makes its figure a ceiling or a forecast: "the
# maximum penalty is 20 years", "the forecast is for 20 inches".
SUBJECT_CUES = {
    "maximum": POSSIBLE,
    "max": POSSIBLE,
    "potential": POSSIBLE,
    "possible": POSSIBLE,
    "forecast": EXPECTED,
    "target": EXPECTED,
    "goal": EXPECTED,
}
DETERMINERS = word_set("the a an its his her their our this that these those")
ED_NOT_VERBS = word_set("hundred indeed need speed seed feed breed bed red shed embed proceed")
# A word, or a number read as "#" so that "ask $1,099 for" is not "ask for".
WORD = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,.]*")
# Words that do not stand between a verb and its figure: "could be sentenced to
# up to 119 years", "aims to hire about 500", "will have to spend at least 45".
LIGHT = CHAIN | word_set(
    "# a an the up to at least most as much many more than less fewer about around "
    "nearly almost some roughly approximately over under for of by between from "
    "another plus no him her them it us me in prison jail"
)
# The most content words (the verb itself, an object) a cue may stand from its
# figure: further away, it governs another verb of the clause.
MAX_GAP = 3
# "may have been exposed", "could have been used": a hedge on a past report.
HEDGES = word_set("could may might must")
# How many words either side of a value are read.
REACH_BACK = 16
REACH_ON = 6
# "If approved, …", "Unless overturned, …": a short condition that the clause
# right after it holds under ("If you're more comfortable with the old design,
# Apple will ask $1,099" frames a price; it does not condition it).
IF_OPENING = re.compile(
    r"\s*(?:[\"'“‘]\s*)?(?:if|unless)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?[a-z]+ed[ \u00a0]*,[ \u00a0]*",
    re.IGNORECASE,
)
# A figure that describes a thing rather than counts what happened to it: an
# age ("a 12-year-old girl") or a size ("the 13-inch model"); the modality of
# its clause belongs to the happening, not to the thing's age or size.
AGE_AFTER = re.compile(r"[- \u00a0]?(?:years?[- \u00a0])?olds?\b", re.IGNORECASE)
SIZE_AFTER = re.compile(r"[\"”]|[- \u00a0]inch\b", re.IGNORECASE)
CHARGES_AFTER = re.compile(r"[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?(?:counts?|charges?)\b", re.I)
SIZE = re.compile(r"[\d.,]+-(?:inch|foot|ft|metre|meter|cm|mm)\b[\"”]?", re.IGNORECASE)
IF_WORDS = word_set("if unless")
IF_IN = re.compile(r"\b(?:if|unless)\b", re.IGNORECASE)
# A figure stated as a ceiling in its own words: two ceilings are compared whatever
# verb carries them ("could receive up to £8m" / "add-ons of up to £8 million").
CEILING = re.compile(r"(?:up[ \u00a0]+to|as[ \u00a0]+(?:much|many)[ \u00a0]+as)\b", re.IGNORECASE)
CEILING_BEFORE = re.compile(
    r"\b(?:up[ \u00a0]+to|as[ \u00a0]+(?:much|many)[ \u00a0]+as)[ \u00a0]+$", re.IGNORECASE
)


# A requirement: "needed just nine points to pass Ford", "needs 218 votes to pass"
# (a threshold, read as a demand); "needed 20 stitches" states what happened.
NEEDED = re.compile(
    r"\b(?:needs?|needed|needing|requires?|required|requiring)[ \u00a0]+"
    r"(?:(?:just|only|another|at[ \u00a0]+least)[ \u00a0]+)?$",
    re.IGNORECASE,
)
TO_AFTER = re.compile(r"[^.;:!?]{0,100}?\bto[ \u00a0]+(?!be\b)[a-z]", re.IGNORECASE)
