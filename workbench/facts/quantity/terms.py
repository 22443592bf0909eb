"""Words and patterns the quantity reader consults: hedges, context cues, stop words.

Everything here is data (word lists and regular expressions) plus the three
small English helpers that turn a counted noun into its singular or plural.
``detect`` and ``context`` read sentences with them;
``interval`` and ``compare`` use the hedge classes.
"""

from __future__ import annotations

import re

from workbench.facts.lexicon import MONTH_TITLE_ALT


def _words(text: str) -> frozenset[str]:
    """A word list written as one string, to keep the lexicon readable."""
    return frozenset(text.split())


HEDGES_BEFORE = {
    "about": "about", "around": "about", "approximately": "about", "approx.": "about",
    "roughly": "about", "some": "about", "an estimated": "about", "estimated": "about",
    "circa": "about", "close to": "about", "in the region of": "about",
    "on the order of": "about", "in the order of": "about", "give or take": "about",
    "nearly": "nearly", "just under": "nearly", "just shy of": "nearly",
    "a little under": "nearly", "slightly under": "nearly", "just below": "nearly",
    "slightly less than": "nearly", "a little less than": "nearly", "not quite": "nearly",
    "almost": "almost",
    "more than": "more than", "greater than": "more than", "in excess of": "more than",
    "upwards of": "more than", "exceeding": "more than", "well over": "more than",
    "well above": "more than", "higher than": "more than", "north of": "more than",
    "just over": "just over", "just above": "just over", "a little over": "just over",
    "slightly over": "just over", "slightly more than": "just over",
    "a little more than": "just over",
    "over": "over", "above": "over",
    "at least": "at least", "no fewer than": "at least", "no less than": "at least",
    "not less than": "at least", "a minimum of": "at least",
    "up to": "up to", "as many as": "up to", "as much as": "up to", "as high as": "up to",
    "at most": "up to", "no more than": "up to", "not more than": "up to",
    "a maximum of": "up to", "within": "up to",
    "less than": "less than", "below": "less than", "lower than": "less than",
    "well below": "less than", "well under": "less than", "fewer than": "fewer than",
    "under": "under",
    # an age as a bound, as an editor reads it (fresh CLI trial: "before the age of 40"
    # was exactly 40, a conflict with "under 40")
    "before the age of": "under", "after the age of": "over", "by the age of": "up to",
    "between": "between", "from": "from",
}  # fmt: skip
HEDGE_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?i:"
    + "|".join(
        re.escape(h).replace(r"\ ", r"\s+") for h in sorted(HEDGES_BEFORE, key=len, reverse=True)
    )
    + r")(?:[ \u00a0]+(?i:age|aged))?[ \u00a0]+$"  # "under age 40" is "under 40"
)
HEDGE_AFTER_RE = re.compile(
    r"(?i:[ \u00a0]+or[ \u00a0]+(?P<more>more|above|over|higher|greater)\b"
    r"|[ \u00a0]+and[ \u00a0]+(?P<more2>above|over|more|up)\b"
    r"|(?P<plus>\+|-plus\b|[ \u00a0]plus\b)"
    r"|[ \u00a0]+or[ \u00a0]+(?P<so>so)\b|(?P<odd>-odd\b)|(?P<ish>-ish\b)"
    r"|[ \u00a0]+or[ \u00a0]+(?P<less>less|fewer|under|below)\b)"
)
ABOUT = {"about"}
LOWER_OPEN = {"more than", "over"}
LOWER_CLOSED = {"at least"}
UPPER_OPEN = {"less than", "fewer than", "under"}
UPPER_CLOSED = {"up to"}
ONE_SIDED = (
    LOWER_OPEN | LOWER_CLOSED | UPPER_OPEN | UPPER_CLOSED | {"nearly", "almost", "just over"}
)
HEDGE_CLASS = {
    "over": "more than",
    "fewer than": "less than",
    "under": "less than",
}  # hedges that say the same thing: "over 50" is "more than 50"
_MONTHS = f"(?:{MONTH_TITLE_ALT})"
NOGO_RES = [
    # an e-mail address starts where its word does: tried from every letter of a long
    # word without "@", "\S+@" rescanned the rest of the word each time
    re.compile(r"https?://\S+|www\.\S+|(?<![^\s@])[^\s@]++@\S+\.\w+"),
    re.compile(r"(?<![\d.,])\d{1,4}([/-])\d{1,2}\1\d{1,4}(?![\d])"),  # 5/17/2018, 2021-06-23
    re.compile(r"(?<![\d.,])\d{1,2}\.\d{1,2}\.\d{2,4}(?![\d])"),  # 23.06.2021
    re.compile(r"(?<![\d.,])(?:1[0-9]|20)\d{2}[-–/](?:\d{4}|\d{2})(?![\d%])"),  # 2013-14
    re.compile(rf"\b{_MONTHS}\.?[ \u00a0]+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?[ \u00a0]+\d{{4}}\b)?"),
    re.compile(
        rf"\b\d{{1,2}}(?:st|nd|rd|th)?[ \u00a0]+(?:of[ \u00a0]+)?{_MONTHS}\b\.?"
        r"(?:,?[ \u00a0]+\d{4}\b)?"
    ),
    re.compile(rf"\b{_MONTHS}\.?,?[ \u00a0]+\d{{4}}\b"),
    re.compile(r"\b\d{1,2}(?:[:.]\d{2})?[ \u00a0]?(?i:[ap]\.?m\b\.?)"),  # 3.45pm, 2 pm
    re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b"),  # 10:30
    re.compile(  # "at 10.30", but not "trading at 92.27 yen" or "at 6.65 billion"
        r"(?<=\bat )(?:[01]?\d|2[0-3])\.[0-5]\d\b(?![ \u00a0]*(?:%|(?i:per|pc|pct|percent|"
        r"million|billion|bn|m\b|yen|dollars?|euros?|pounds?|points?|cents?|pence|p\b|"
        r"kg|kilos?|kilograms?|g\b|grams?|lbs?\b|oz\b|ounces?|tons?|tonnes?|km|kilometres?|"
        r"kilometers?|metres?|meters?|cm|mm|miles?|mi\b|ft\b|feet|inch\w*|GHz|MHz|GB|"
        r"MB|TB|mph|km/h|litres?|liters?|gallons?|seconds?|minutes?|hours?|degrees?|°)))"
    ),
    re.compile(r"\b[0-2]\d[0-5]\d[ \u00a0]?(?:GMT|UTC|BST|hrs|hours)\b"),  # 0600 GMT
    re.compile(r"\b\d{1,2}[.:]\d{2}[ \u00a0]?(?:GMT|UTC|BST|CET|ET|EST|EDT|PT|PST|local time)\b"),
    re.compile(  # phone numbers
        r"(?<![\w.,])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,5}\)[ .-]?|\d{2,5}[ .-])"
        r"\d{3,4}[ .-/]\d{3,4}(?![\d])"
    ),
    re.compile(r"(?<![\w])\+\d[\d -]{6,}\d"),
    # a batting or shooting line, not two counts: "went 2 for 5", "8-for-12 from the field"
    re.compile(r"\b\d{1,2}[- \u00a0](?i:for)[- \u00a0]\d{1,2}\b"),
    # a place on a football field, not a distance: "the 7-yard line", "the Colts 7 yard line"
    re.compile(r"\b\d{1,2}[- \u00a0]?(?i:yard)[- \u00a0]?(?i:line)\b"),
    re.compile(r"\d(?:\.\d+)?[ \u00a0]?[×x][ \u00a0]?10\^?[−-]?\d+|\d(?:\.\d+)?\^[+−-]*\d+"),
]
SCORE_RE = re.compile(r"(?<![\d.,\w])(\d{1,3})[-–](\d{1,3})(?!\d|[.,]\d)")
# A win-loss record ("finished 2-13", "a 9-7 record", "(11-4)") or a player's
# height and weight ("Bell, 5-11, 220,") written like a range, but not one.
RECORD_VERB_RE = re.compile(
    r"(?i:\b(?:finished|went|improved\s+to|fell\s+to|dropped\s+to|moved\s+to))[ \u00a0]*$"
)
RECORD_BEFORE_RE = re.compile(r"(?i:\b(?:are|is|was|were|stands?\s+at|sits?\s+at)|[(])[ \u00a0]*$")
RECORD_AFTER_RE = re.compile(
    r"(?i:[ \u00a0]+(?:record|season|mark|start)\b|[ \u00a0]*(?:[,.;)]|$))"
)
HEIGHT_WEIGHT_RE = re.compile(r"(?<![\d.,\w])[4-7][-–](?:1[01]|\d),[ \u00a0]*[12]\d\d(?!\d)")
LABEL_RE = re.compile(
    r"(?i:\b(?:no|nos|nr|number|section|sections|sec|article|articles|chapter|clause|paragraph|"
    r"para|page|pages|pp|rule|resolution|flight|route|highway|interstate|exit|room|suite|"
    r"line|platform|gate|track|versions?|level|phase|grade|size|model|type|class|category|"
    r"channel|episode|season|series|vol|volume|part|act|amendment|bill|proposition|prop|"
    r"figure|fig|table|step|question|item|code|box|lot|bay|pier|terminal|runway|bus|"
    r"district|ward|unit|precinct|seat|row|psalm|verse|stage|tier|covid|sars|force)\.?"
    r"|#|№)[ \u00a0]*$"
)
PRODUCT_BEFORE_RE = re.compile(r"(?:^|[\s(])[a-z]+[A-Z][\w]*[ \u00a0]+$")
CAPWORD_BEFORE_RE = re.compile(r"(?:^|(?<=[\s(\"'“‘]))([A-Z][\w.&’'-]*)[ \u00a0]+$")
CAP_ALLOWED = _words(
    """
    The A An All Only Just About Some Nearly Almost Around Over Under More Fewer Less At
    Up And But Or With Of In On For By To From Those These Its Their His Her Our Another
    I We They He She It Both Each Every Roughly Approximately Still Then Now Than Even
    Exactly Precisely While When After Before Since Until As If
    """
)
DATE_PREP_RE = re.compile(
    r"(?i:\b(?:in|since|by|from|until|till|of|during|before|after|year|early|late|mid|the|"
    r"summer|spring|autumn|winter|fall|fiscal|through|between|and|to|until|circa|c\.)[ \u00a0]+$)"
)
_TEMPERATURE_WORDS = (
    r"temperatures?|heat|heatwave|hot|hotter|hottest|warm|warmer|warmest|warming|cold|"
    r"colder|coldest|cool|cooler|freez\w*|thermometer|thermostat|weather|highs?|lows?|"
    r"celsius|fahrenheit|centigrade|mercury|fever|boil\w*|chill\w*|soar\w*|sizzl\w*|"
    r"scorch\w*|forecast\w*|outside|outdoors|indoors"
)
TEMPERATURE_CONTEXT_RE = re.compile(rf"(?i)°|\b(?:degrees?|{_TEMPERATURE_WORDS})\b")
# Without the degree words themselves: "98 degrees" is a temperature only if the
# sentence says so ("temperatures hit 98 degrees"), not in "rotate 90 degrees".
TEMPERATURE_WORDS_RE = re.compile(rf"(?i)\b(?:{_TEMPERATURE_WORDS})\b")
MONEY_CONTEXT_RE = re.compile(
    r"(?i)£|\b(?:cost|costs|costing|paid|pay|pays|paying|fined?|worth|prices?|priced|spent|"
    r"spend|spending|raised?|earn|earned|earns|budget|fund|funding|funds|salary|salaries|"
    r"bonus|sold|bought|buy|valued|profits?|revenues?|loss|losses|deal|compensation|"
    r"donat\w*|sterling|charged?|wages?|fees?|tax|taxes|bank|loan|debt|pension|bill|"
    r"cheque|grant|award|damages|bail)\b"
)
MASS_CONTEXT_RE = re.compile(
    r"(?i)\b(?:weigh\w*|weight|heavy|heavier|lighter|lost|gained|bomb|baby|fish|catch|"
    r"drugs?|cocaine|heroin|cannabis)\b"
)
INCH_AFTER_RE = re.compile(
    r"(?i:[ \u00a0]*(?:thick|long|wide|tall|high|deep|across|in[ \u00a0]+diameter|of[ \u00a0]+"
    r"(?:rain|snow|rainfall|snowfall))\b|[ \u00a0]*[.;,)]?[ \u00a0]*$|[ \u00a0]*\([^)]{1,30}\)"
    r"[ \u00a0]*(?:thick|long|wide|tall|high|deep|across)\b)"
)
# "MM" is finance's million ("$200MM": trial 23), read after a currency only
AMBIG_SUFFIX_RE = re.compile(r"(?P<sp>[ \u00a0]?)(?P<s>MM|m|M|b|B|T|K)(?![A-Za-z0-9²³/'])")
RANGE_SEP_RE = re.compile(
    r"(?P<sep>[ \u00a0]*(?:[-–—][ \u00a0]*(?i:to)|[-–—]|(?i:to|and|or|through))[ \u00a0]*)"
)
MINUS_RE = re.compile(r"(?<![A-Za-z])(?i:minus|negative)[ \u00a0]+$")
# "rose from 40 to 52" is a change (two values); "from 50 to 80%" without such a
# verb is a range.
CHANGE_BEFORE_RE = re.compile(
    r"(?i:\b(?:rose|rise[sn]?|rising|fell|falls?|falling|increas\w*|decreas\w*|grew|grow\w*|"
    r"drop\w*|climb\w*|jump\w*|cuts?|cutting|reduc\w*|rais\w*|lower\w*|went|go|goes|going|"
    r"gone|mov\w*|chang\w*|slash\w*|boost\w*|doubl\w*|tripl\w*|halv\w*|up|down|revis\w*|"
    r"upgrad\w*|downgrad\w*|expand\w*|shr[aiu]nk\w*|soar\w*|plung\w*|slump\w*|surg\w*|"
    r"tumbl\w*|declin\w*|widen\w*|narrow\w*|extend\w*|shorten\w*|lift\w*|hik\w*|trim\w*|"
    r"swell\w*|swollen|swung|swing\w*|shift\w*|switch\w*|recover\w*|rebound\w*|slid\w*|"
    r"sank|sink\w*|dipp?\w*|edg\w*|inch\w*|leap\w*|spik\w*|adjust\w*|amend\w*|"
    r"correct\w*|updat\w*)\b[^.;:!?]{0,80}$)"
)
RANGE_WORDS_RE = re.compile(
    r"(?i:\b(?:rang\w*|var(?:y|ied|ies|ying)|anywhere|spann?\w*)\b[^.;]{0,12}$)"
)
FEET_INCHES_RE = re.compile(
    r"[ \u00a0]?(?:and[ \u00a0]+)?(?P<n>\d{1,2}(?:\.\d+)?)[ \u00a0]?(?:in|inch|inches|ins)\b\.?"
)
RATIO_SEP_RE = re.compile(r"[ \u00a0]+(?i:in|out[ \u00a0]+of)(?:[ \u00a0]+every)?[ \u00a0]+")
AFTER_COUNT = _words("more others dead alone each apiece altogether yesterday today overall")
# A bare number before these is a level, not a name: "below the 5000 mark".
LEVEL_NOUNS = _words("mark level barrier threshold milestone")
DETERMINER_BEFORE_RE = re.compile(
    r"(?:(?<![A-Za-z])(?i:the|its|their|his|her|a|an|first|final|last|new|this|that|our)"
    r"|['’]s)[ \u00a0]+$"
)
POSSESSIVE_RE = re.compile(r"(?:['’]s|s['’])$")
NEXT_TWO_RE = re.compile(r"[ \u00a0]+([A-Za-z][A-Za-z’'-]*)(?:[ \u00a0]+([A-Za-z][A-Za-z’'-]*))?")
NEXT_WORD_RE = re.compile(r"[ \u00a0]+([A-Za-z][A-Za-z’'-]*)")
TAIL_TOKEN_RE = re.compile(r"[ \u00a0]*([A-Za-z][A-Za-z’'-]*)")
OF_RE = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:(?:the|their|its|his|her|these|those|our|all|all[ \u00a0]+the)"
    r"[ \u00a0]+)?"
)
OF_PRONOUN_RE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:them|us|you|those|these|which|whom|it)\b")
FRACTION_FOLLOW_RE = re.compile(
    # perhaps with the share in figures between: "two thirds (55%) of respondents"
    r"(?:[ \u00a0]*\([^()\d]{0,12}\d[\d.,]*[ \u00a0]?(?:%|per[ \u00a0]?cent)\))?"
    r"[ \u00a0]+(?:of|the|their|its|his|her|all|those|these|our)\b",
    re.IGNORECASE,
)
BY_BEFORE_RE = re.compile(r"\bby[ \u00a0]+$", re.IGNORECASE)
HALF_NOUN_BEFORE_RE = re.compile(
    r"(?i:\b(?:the|first|second|latter|former|other|one|a|an|in|by|and|this|that|each|"
    r"every|its|their|his|her)[ \u00a0]+$)"
)
STOP = _words(
    """
    of in on at to from with by for and or but as than that which who whom whose were
    was are is be been being have has had will would could can may might must should
    shall do did does said say says the a an this these those their its his her our your
    my each per into onto over under after before since during within across against
    among between including about around like while when where if so not no all both
    also still now then there here it they them he she we you i ago later earlier apiece
    respectively others what why how yet just only even nearly almost until up down out
    off
    """
)
_IRREGULAR_PLURALS = {
    "people": "person", "children": "child", "men": "man", "women": "woman",
    "police": "police", "personnel": "personnel", "staff": "staff", "cattle": "cattle",
    "sheep": "sheep", "fish": "fish", "deer": "deer", "crew": "crew", "aircraft": "aircraft",
    "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose", "lives": "life",
    "wives": "wife", "knives": "knife", "thieves": "thief", "wolves": "wolf",
    "series": "series", "species": "species", "crises": "crisis", "analyses": "analysis",
    "data": "data", "media": "media", "criteria": "criterion", "servicemen": "serviceman",
    "policemen": "policeman", "firemen": "fireman", "gunmen": "gunman",
    "militia": "militia", "youth": "youth",
}  # fmt: skip
SYNONYMS = {
    "soldier": "troop", "serviceman": "troop", "servicemember": "troop",
    "individual": "person", "fatality": "death", "kid": "child", "youngster": "child",
    "policeman": "police officer", "cop": "police officer", "fireman": "firefighter",
    "gunman": "attacker", "fighter": "militant", "insurgent": "militant",
    # gunfire counted in other words ("13 shots" / "13 bullets"): one counted thing
    "bullet": "shot", "gunshot": "shot",
    # a dwelling ("destroyed 300 homes" / "300 houses collapsed", session 27)
    "house": "home",
    # a vote counted as the ballot it is cast on ("or 1,498,700 ballots" / "nearly 1.5
    # million votes", session 36)
    "ballot": "vote",
    # a quake counted as the tremor it is ("more than 2,300 earthquakes" / "more than
    # 3,200 tremors" before one eruption: one count, session 40, authored volcano D13)
    "quake": "earthquake", "tremor": "earthquake", "temblor": "earthquake",
    # a fire counted as the blaze it is ("35 fires" / "35 blazes")
    "blaze": "fire",
}  # fmt: skip
PEOPLE_LIKE = frozenset(
    ["person", "civilian", "resident", "inhabitant", "citizen", "villager", "individual"]
)
# Nouns that count people (with agent nouns, quantity.compare.counts_people).
PEOPLE_NOUNS = _words(
    """
    person people man woman child boy girl baby adult teenager troop soldier officer
    civilian student patient passenger victim suspect militant hostage migrant refugee
    guard staff crew family casualty body corpse death fatality life
    """
)
ONE_NOUNS = _words(
    """
    person man woman child boy girl baby soldier troop officer policeman civilian
    firefighter worker student patient passenger member journalist victim suspect
    fighter militant resident teenager pilot doctor nurse protester prisoner hostage
    migrant refugee death case infection casualty vehicle car plane helicopter ship boat
    house home school hospital district province city village town country state bomb
    missile rocket
    """
)


def plural_of(noun: str, n: float) -> str:
    if n == 1:
        return noun
    for plural, singular in _IRREGULAR_PLURALS.items():
        if singular == noun:
            return plural
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", noun):
        return noun + "es"
    return noun + "s"


def singular_of(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if re.search(r"(ss|x|zz|ch|sh)es$", w):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not re.search(r"(ss|us|is)$", w):
        return w[:-1]
    return w


def looks_plural(word: str) -> bool:
    if re.fullmatch(r"[A-Z]{2,}s", word):
        return True  # "43 RBIs", "three SUVs"
    w = word.lower()
    if w in _IRREGULAR_PLURALS:
        return True
    return len(w) > 3 and w.endswith("s") and not re.search(r"(ss|us|is|'s|’s)$", w)
