"""Whose age a figure is (issue 11, session 13): "Zurana Horton, 34" and "the
34-year-old Zurana Horton" state one named person's age, which two reports of
one story should give alike (judge/story.py compares them across articles)."""

from __future__ import annotations

import re

from ..facts.measure import measure_of
from .aged_apposed import TITLES, apposed_name

# Whose age a figure is: "Zurana Horton, 34," (a name right
# before it) or "the 43-year-old Yvonne Hiller" (a full name right after it;
# "a 31-year-old Brooklyn mom" names a place, not her).
_AGE_NAME_BEFORE = re.compile(
    r"\b((?:[A-Z][\w'’.-]*[ \u00a0]+){0,2}[A-Z][\w'’-]+)"
    r"(?:,[ \u00a0]+(?:aged[ \u00a0]+|who[ \u00a0]+(?:is|was)[ \u00a0]+)?|[ \u00a0]*\()$"
)  # "Zurana Horton, 34," / "Horton (34)" / "Horton, aged 34," / "Horton, who is 34,"
# Lower-case words that may follow a name but never a place or brand naming
# someone ("killing 10-year-old Kathina Thomas last May"; not "a 31-year-old
# Brooklyn mom"): adverbs of time, conjunctions, prepositions.
_AFTER_A_NAME = (
    "last|this|next|earlier|later|yesterday|today|tonight|when|while|but|because|since|"
    "until|near|outside|inside|under|against|then|also|still|never|or|by|where|whose"
)
_AGE_NAME_AFTER = re.compile(
    r"-old[ \u00a0]+((?:[A-Z][\w'’.-]*[ \u00a0]+){1,3}[A-Z][\w'’-]+)"
    r"(?=[,.;:)]|$|[ \u00a0]+(?:was|is|were|has|had|who|said|says|told|and|of|from|pleaded|"
    r"appeared|died|faces|remains|will|would|allegedly|about|at|in|on|for|to|with|after|"
    rf"before|over|during|into|as|{_AFTER_A_NAME})\b)"
)
_YEAR_OLD = re.compile(r"(\d{1,3})-year$")
_LONE_AGE = re.compile(r"\d{1,3}$")
_LISTED = re.compile(r",?[ \u00a0]*(?:\d|and[ \u00a0]+\d)")


def age_of(text: str, start: int, end: int) -> tuple[str, str, int] | None:
    """Whose age the figure at ``text[start:end]`` is: the surname, the first
    name when the sentence gives it (else ""), and the age; None when it is
    not a named person's age."""
    figure = text[start:end]
    m = _YEAR_OLD.fullmatch(figure)
    if m and text.startswith("-old", end):
        name = _AGE_NAME_AFTER.match(text, end)
        words = name.group(1).split() if name else []
        if len(words) < 2:
            words = apposed_name(text, start, end)
        if len(words) < 2:
            return None
        age = int(m.group(1))
    elif (
        _LONE_AGE.fullmatch(figure)
        and not _LISTED.match(text, end)  # "IE6, 7, 8 … on Windows XP, Vista, 7"
        and measure_of(text, start, end).role == "age"
    ):
        name = _AGE_NAME_BEFORE.search(text, max(0, start - 60), start)
        words = name.group(1).split() if name else []
        age = int(figure)
    else:
        return None
    words = [w.lower().rstrip(".'’") for w in words]
    while words and words[0] in _NOT_A_NAME:  # "Mrs Horton", "On Friday Horton"
        words = words[1:]
    while len(words) > 1 and words[0] in TITLES:  # "Governor Miroslav Dalen"
        words = words[1:]
    if not words or any(w in _NOT_A_NAME for w in words):
        return None
    return words[-1], words[0] if len(words) > 1 else "", age


def one_person_named_in_full(
    a: str, a_span: tuple[int, int], b: str, b_span: tuple[int, int]
) -> bool:
    """Two ages of one person both sentences name in full, first name and
    surname alike ("Eirik Lund, 71," / "Eirik Lund, 74,"; session 40): whatever
    else two reports share, the name says whose age it is."""
    x, y = age_of(a, *a_span), age_of(b, *b_span)
    return bool(x and y and x[1] and x[:2] == y[:2])


_NOT_A_NAME = frozenset(
    (
        *("the", "a", "an", "in", "on", "at", "for", "of", "by", "with", "from", "to"),
        *("as", "after", "before", "when", "mr", "mrs", "ms", "dr", "monday", "tuesday"),
        *("wednesday", "thursday", "friday", "saturday", "sunday"),
    )
)


# "a 12-year-old girl", "the 55-year-old sect leader", "Jeffs's 16-year-old
# daughter": the person an age describes is named by the words after "-old"
_AGE_WORDS = re.compile(r"(?:-|[ \u00a0]+)old((?:[ \u00a0]+[\"“”'‘’]?[a-z][\w-]*[\"“”'‘’]?){1,2})")
_NOT_A_PERSON = frozenset(
    (
        *("and", "or", "who", "was", "is", "were", "had", "has", "in", "at", "from", "of"),
        *("with", "after", "as", "to", "for", "on", "by", "that", "when", "said", "says"),
    )
)


def aged_person(text: str, start: int, end: int) -> frozenset[str]:
    """The words an "N-year-old" age describes its person by ({"girl"},
    {"sect", "leader"}, {"daughter"}), or none ("the 15-year-old's child", "a
    43-year-old Philadelphia woman": nothing lower-case right after)."""
    if not _YEAR_OLD.fullmatch(text[start:end]):
        return frozenset()
    m = _AGE_WORDS.match(text, end)
    if m is None:
        return frozenset()
    words = []
    for w in m.group(1).split():
        w = w.strip("\"“”'‘’").lower()
        if w in _NOT_A_PERSON:
            break
        words.append(w.removesuffix("s"))
    return frozenset(words)


def ages_of_different_people(
    a: str, a_span: tuple[int, int], b: str, b_span: tuple[int, int]
) -> bool:
    """Two ages of people described in words that share nothing ("the
    55-year-old sect leader" / "a 12-year-old girl"; "a 15-year-old girl" /
    "his 16-year-old daughter"), or named by different surnames ("Jonathan
    Carrasquillo, 24" / "Andrew Lopez, 20"), are two people's ages, not one age
    told twice (a trial met both as conflicts)."""
    pa, pb = aged_person(a, *a_span), aged_person(b, *b_span)
    if pa and pb and not pa & pb:
        return True
    # a man and a woman, past a place's name: "a 67-year-old man" / "the
    # 34-year-old Coorinda woman", "a 34-year-old Coorinda mother of two" (session 30)
    sa, sb = sex_of(a, *a_span), sex_of(b, *b_span)
    if sa and sb and sa != sb:
        return True
    # two named people's ages: "Jonathan Carrasquillo, 24" / "Andrew Lopez, 20";
    # either way of writing it: "Kathina Thomas, 10," / "then-15-year-old Timmons"
    na, nb = age_owner(a, *a_span), age_owner(b, *b_span)
    return bool(na and nb and not na & nb)


_MALE = frozenset(
    [
        "man",
        "men",
        "boy",
        "boys",
        "father",
        "husband",
        "son",
        "brother",
        "grandfather",
        "grandson",
        "uncle",
        "nephew",
        "male",
        "gentleman",
        "dad",
        "widower",
    ]
)
_FEMALE = frozenset(
    [
        "woman",
        "women",
        "girl",
        "girls",
        "mother",
        "wife",
        "daughter",
        "sister",
        "grandmother",
        "granddaughter",
        "aunt",
        "niece",
        "female",
        "lady",
        "mum",
        "mom",
        "widow",
    ]
)
_WORDS_AFTER_OLD = re.compile(r"(?:[-\u2010]|[ \u00a0]+)old((?:[ \u00a0]+[\w'’-]+){1,3})")


def sex_of(text: str, start: int, end: int) -> str:
    """ "m" or "f" when the person an "N-year-old" age describes is told as a man
    or a woman ("a 67-year-old man", "the 34-year-old Coorinda woman": a place's
    name may stand between), else ""."""
    if not _YEAR_OLD.fullmatch(text[start:end]):
        return ""
    m = _WORDS_AFTER_OLD.match(text, end)
    if m is None:
        return ""
    for w in m.group(1).split():
        if w[:1].isupper():
            continue  # "Coorinda", "Brooklyn"
        w = w.lower()
        return "m" if w in _MALE else "f" if w in _FEMALE else ""
    return ""


def age_owner(text: str, start: int, end: int) -> frozenset[str]:
    """The words of the name an age belongs to, lower case: the name right
    after "N-year-old" ("10-year-old Kathina Thomas", "then-15-year-old
    Timmons") or right before ", N," ("Kathina Thomas, 10,"); none when no name
    says whose it is."""
    named = age_of(text, start, end)
    if named is not None:
        return frozenset(w for w in named[:2] if w)
    if not _YEAR_OLD.fullmatch(text[start:end]):
        return frozenset()
    kind, words = described(text, start, end)
    return words - _NOT_A_NAME if kind == "name" else frozenset()


# "then-15-year-old Timmons", "the then 15-year-old", "then aged 15", "15 at the
# time", "who was 15 when": an age at another time than the story's
_THEN_BEFORE = re.compile(
    r"\bthen(?:[-\u2010\u2011][ \u00a0]*|[ \u00a0]+(?:aged[ \u00a0]+)?)$", re.I
)
_THEN_AFTER = re.compile(
    r"(?:[-\u2010 \u00a0]old)?(?:[ \u00a0]+(?:years?[ \u00a0]+old[ \u00a0]+)?)"
    r"(?:at[ \u00a0]+the[ \u00a0]+time|when[ \u00a0]+(?:he|she|they)\b)",
    re.I,
)


def age_then(text: str, start: int, end: int) -> bool:
    """An age stated at another time than the story's: "then-15-year-old
    Timmons" is the age he was then, which a later "16-year-old Timmons" does
    not contradict."""
    figure = text[start:end]
    year_old = bool(_YEAR_OLD.fullmatch(figure))
    if not year_old and not _LONE_AGE.fullmatch(figure):
        return False
    then = _THEN_BEFORE.search(text, max(0, start - 12), start) or _THEN_AFTER.match(text, end)
    if then and not year_old and _LONE_THEN.search(text, max(0, start - 12), start):
        # "Jordan Haig, then 22, drove", "who was 32 at the time": a lone number set
        # off as a person's age at another time (session 28, eng79)
        return int(figure) <= 120 and _APPOSED_END.match(text, end) is not None
    # what a bare number measures is asked only when a "then" is there to read
    return bool(then) and (year_old or measure_of(text, start, end).role == "age")


# A lone number told as an age then: right after ", then" or "who was", and ending
# its apposition (a comma, a parenthesis) or followed by "at the time".
_LONE_THEN = re.compile(
    r"(?:,[ \u00a0]*then[ \u00a0]+(?:aged[ \u00a0]+)?"
    r"|\b(?:who|which)[ \u00a0]+(?:was|were)[ \u00a0]+)$",
    re.I,
)
_APPOSED_END = re.compile(
    r"[ \u00a0]*(?:[,;)\u2014\u2013]|[ \u00a0]at[ \u00a0]+the[ \u00a0]+time\b)", re.I
)


def ages_apart(a: str, a_span: tuple[int, int], b: str, b_span: tuple[int, int]) -> str:
    """Why two ages are not one age told twice: "owner" (two people's,
    ages_of_different_people), "then" (one is an age at another time), or ""."""
    if ages_of_different_people(a, a_span, b, b_span):
        return "owner"
    if age_then(a, *a_span) != age_then(b, *b_span):
        return "then"
    return ""


# What a figure joined to its unit by a hyphen describes ("the 41-year-old Bowe",
# "a 36-year old Rahman", "a large 17-inch display", "the 13-inch MacBook"): a
# name right after it, or a noun in lower case (aged_person's reading).
_QUALIFIER = re.compile(r"\d[\d.,]*[-\u2010]([a-z]+)$", re.IGNORECASE)
_OLD = re.compile(r"(?:[-\u2010]|[ \u00a0]+)old\b")
_NAME_RUN = re.compile(
    r"[ \u00a0]+((?:[A-Z][\w'’.-]*[ \u00a0]+){0,2}[A-Z][\w'’-]+)"
    r"(?=[,.;:)]|$|[ \u00a0]+(?:[a-z]+(?:ed|s)|was|is|were|has|had|who|said|says|told|and|of|"
    r"from|will|would|allegedly|about|at|in|on|for|to|with|after|before|over|during|into|as|"
    rf"that|which|than|now|represents|features|runs|gets|comes|{_AFTER_A_NAME})\b)"
)
_NOUN_AFTER = re.compile(r"((?:[ \u00a0]+[a-z][\w-]*){1,2})")
# the name after a description ("champion Klitschko kept"): any word in lower
# case may follow it, a description having said it is a person
_TITLED_NAME = re.compile(
    r"[ \u00a0]+((?:[A-Z][\w'’.-]*[ \u00a0]+){0,2}[A-Z][\w'’-]+)(?=[,.;:)]|$|[ \u00a0]+[a-z])"
)
# A relative of someone named before the figure: "her 12-year-old daughter",
# "Mendes's 15-year-old son" (not "the 35-year-old father", who may be anyone).
_POSSESSED = re.compile(r"(?:\b(?:her|his|their)|\w['’]s?)[ \u00a0]+$", re.IGNORECASE)
_RELATIVES = frozenset(
    (
        *("daughter", "son", "wife", "husband", "mother", "father", "brother", "sister"),
        *("child", "grandson", "granddaughter", "niece", "nephew", "cousin", "stepdaughter"),
        *("stepson", "girlfriend", "boyfriend", "partner", "baby", "grandchild"),
    )
)


def described(text: str, start: int, end: int) -> tuple[str, frozenset[str]]:
    """What a figure joined to its unit ("41-year", "17-inch") describes: ("name",
    its words) for a name right after it ("the 41-year-old Bowe"), ("words", …) for
    a noun in lower case ("a 17-inch display", "her 12-year-old daughter"), or
    ("", none) when nothing does ("a 43-year-old Philadelphia woman": a
    capitalised word before a noun names a place or a brand, not the thing)."""
    q = _QUALIFIER.search(text, start, end)
    if q is None or q.end() != end:
        return "", frozenset()
    at = end
    if q.group(1).lower() in ("year", "years"):
        old = _OLD.match(text, at)
        if old is None:
            return "", frozenset()
        at = old.end()
    name = _NAME_RUN.match(text, at)
    if name is not None:
        words = [w.lower().rstrip(".'’") for w in name.group(1).split()]
        words = [w for w in words if w not in _NOT_A_NAME]
        return ("name", frozenset(words)) if words else ("", frozenset())
    noun = _NOUN_AFTER.match(text, at)
    if noun is None:
        return "", frozenset()
    # a description and then the name: "the 36-year-old champion Klitschko",
    # "the 40-year-old former champion Thompson" (not "a man from Brooklyn")
    titled = _TITLED_NAME.match(text, noun.end())
    if titled is not None and not set(noun.group(1).split()) & _NOT_A_NAME:
        words = [w.lower().rstrip(".'’") for w in titled.group(1).split()]
        words = [w for w in words if w not in _NOT_A_NAME]
        if words:
            return "name", frozenset(words)
    words = []
    for w in noun.group(1).split():
        w = w.strip("\"“”'‘’").lower()
        if w in _NOT_A_PERSON:
            break
        words.append(w.removesuffix("s"))
    return ("words", frozenset(words)) if words else ("", frozenset())


def _relative(text: str, start: int, words: frozenset[str]) -> bool:
    return bool(words & _RELATIVES) and bool(_POSSESSED.search(text, max(0, start - 30), start))


def described_apart(a: str, a_span: tuple[int, int], b: str, b_span: tuple[int, int]) -> bool:
    """Two figures joined to their units that describe different things: two
    names sharing no word ("the 41-year-old Bowe" / "the 36-year-old Rahman"),
    two nouns sharing none ("a large 17-inch display" / "the 13-inch MacBook" — a
    size that names no product against one that does), or a named person against
    someone's relative ("35-year-old Gary Gomes" / "her 12-year-old daughter").
    A person named on one side and described on the other ("Bowe" / "the boxer")
    may be one person: that is left to the other rows."""
    (ka, wa), (kb, wb) = described(a, *a_span), described(b, *b_span)
    if not wa or not wb or wa & wb:
        return False
    if ka == kb:
        return True
    ages = bool(_YEAR_OLD.fullmatch(a[a_span[0] : a_span[1]]))
    if not ages:
        return True
    return _relative(a, a_span[0], wa) if ka == "words" else _relative(b, b_span[0], wb)
