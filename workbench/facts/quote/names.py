"""People's names as an editor reads them in attributions.

One person is written many ways in one story and across stories: with a title
or a post ("Secretary-General António Guterres", "Sen. Warren"), an honorific
("Mr Guterres"), with or without a middle name or initial ("Mark Jay Heller",
"Mark Heller"), in the possessive ("Heller's"). Some capitalised words before
"said" are not people at all: function words ("And", "Meanwhile"), news
agencies and outlets that *reported* a statement ("according to the Associated
Press", "told The Post", "(AP) —"), and descriptors ("a shop owner",
"officials", "a spokesperson"). This module tells these apart; it knows no
article and no quote.
"""

from __future__ import annotations

import re

from ..letters import unaccented, written_out

# Words before a surname that are a title or a post, not a given name
# ("Genesee County Undersheriff James Gage", "CHP Officer Baehr",
# "Secretary-General António Guterres" — each part of a hyphenated title).
_TITLE_WORDS = """mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend father
    pope king queen prince princess president vice premier chancellor minister secretary
    senator sen rep representative gov governor mayor councillor councilman councilwoman
    judge justice attorney general gen col colonel capt captain lt lieutenant sgt sergeant
    cpl corporal officer detective det chief deputy sheriff undersheriff undersecretary inspector
    superintendent constable commissioner agent trooper marshal coach manager director
    spokesman spokeswoman spokesperson chairman chairwoman chair ceo commander admiral adm
    major maj ambassador envoy prosecutor coroner
    former acting interim senior first prime lawyer attorney publicist rabbi imam bishop
    cardinal sister brother st saint dean provost head leader speaker"""
TITLES = frozenset(_TITLE_WORDS.split())

# Capitalised words that start a sentence or a clause but never a name.
_FUNCTION_WORDS = """a an the and but or nor so yet then also as if when while after before since
    until because though although in on at by for from of to with without into over under
    about against between through during this that these those it its he she they we i you
    his her their our my your him them us me there here today yesterday tonight tomorrow
    monday tuesday wednesday thursday friday saturday sunday meanwhile however later earlier
    moreover still now instead whereas thus speaking asked asking both each every all some many most
    several other others another one two three such what who whom whose which where why how"""
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())

# Name suffixes that are not the surname ("Martin Luther King Jr.", "Nicholas Brandreth KC").
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "esq", "phd", "md", "kc", "qc", "sc"})

# News agencies and outlets, and the words that end an outlet's name ("The
# New York Post", "Los Angeles Times", "People magazine"): they report what
# someone said; they are not the someone.
_AGENCIES = {
    "ap": "ap",
    "associated press": "ap",
    "reuters": "reuters",
    "thomson reuters": "reuters",
    "afp": "afp",
    "agence france-presse": "afp",
    "agence france presse": "afp",
    "upi": "upi",
    "united press international": "upi",
    "xinhua": "xinhua",
    "tass": "tass",
    "itar-tass": "tass",
    "ria novosti": "ria novosti",
    "interfax": "interfax",
    "efe": "efe",
    "ansa": "ansa",
    "dpa": "dpa",
    "kyodo": "kyodo",
    "yonhap": "yonhap",
    "bernama": "bernama",
    "pti": "pti",
    "ians": "ians",
    "bloomberg": "bloomberg",
    "press association": "pa",
    "pa": "pa",
    "cnn": "cnn",
    "bbc": "bbc",
    "abc": "abc",
    "nbc": "nbc",
    "cbs": "cbs",
    "msnbc": "msnbc",
    "npr": "npr",
    "pbs": "pbs",
    "cnbc": "cnbc",
    "fox": "fox",
    "sky": "sky",
    "itv": "itv",
    "al jazeera": "al jazeera",
    "tmz": "tmz",
    "e!": "e!",
    "variety": "variety",
    "usa today": "usa today",
    # platforms carry the words, like an outlet: "announced on Twitter … and
    # said:" was read as a quote credited to Twitter (a trial's 11 reports)
    "twitter": "twitter",
    "facebook": "facebook",
    "instagram": "instagram",
    "youtube": "youtube",
    "tiktok": "tiktok",
    "weibo": "weibo",
    "linkedin": "linkedin",
    "snapchat": "snapchat",
    "reddit": "reddit",
    "truth social": "truth social",
}
_BROADCAST_WORDS = "news radio television tv network agency wire newswire magazine newspaper"
_PAPER_WORDS = """post times journal herald tribune telegraph guardian gazette chronicle daily
    examiner observer independent mirror inquirer courier dispatch bulletin reporter
    weekly online newsweek sun express standard star globe record press"""
_BROADCAST_ENDS = frozenset(_BROADCAST_WORDS.split())
_OUTLET_ENDS = _BROADCAST_ENDS | frozenset(_PAPER_WORDS.split())


def plain(word: str) -> str:
    """A name word compared without case, accents, dots or a possessive ending
    ("Sigrún" and "Sigrun" are one name in two house styles)."""
    w = unaccented(word).lower().replace("’", "'").strip(".,;:")
    if w.endswith("'s"):
        return w[:-2]
    return w[:-1] if w.endswith("'") else w


def is_title(word: str) -> bool:
    """A title or post, including each part of a hyphenated one ("Secretary-General")."""
    parts = [p for p in plain(word).split("-") if p]
    return bool(parts) and all(p in TITLES for p in parts)


# Plural or generic heads that describe people without naming them ("Officials
# said", "Police told Reuters", "Witnesses said").
_DESCRIPTOR_TEXT = """official officials police authorities witnesses witness residents resident
    sources source experts analysts investigators prosecutors officers doctors neighbours
    neighbors relatives friends family aides spokesman spokeswoman spokesperson
    patients passengers survivors victims parents students workers employees staff fans
    locals villagers protesters demonstrators activists lawmakers critics supporters
    observers scientists researchers engineers firefighters rescuers volunteers nurses
    teachers customers tourists visitors diplomats traders economists"""
_DESCRIPTOR_WORDS = frozenset(_DESCRIPTOR_TEXT.split())


def describes_only(name: str) -> bool:
    """A capitalised run of words that only describe people ("Officials",
    "Police", "Witnesses"): no name, however it is capitalised."""
    words = [plain(w) for w in name.split()]
    return bool(words) and all(w in _DESCRIPTOR_WORDS or w in FUNCTION_WORDS for w in words)


def names_something(raw: str) -> bool:
    """Whether words that hold no person's name still name an organisation
    ("the Pentagon", "the Interior Ministry") rather than describe someone
    ("a shop owner", "Officials", "Lohan's lawyer", "the former Canadian
    diplomat": a capitalised word before a lower-case head is a modifier)."""
    words = raw.split()
    for i, w in enumerate(words):
        p = plain(w)
        if not w[:1].isupper() or p in FUNCTION_WORDS or p in _DESCRIPTOR_WORDS:
            continue
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if not nxt[:1].islower():
            return True
    return False


# Words that end the name of an organisation, never of a person.
_ORGANISATION_TEXT = """university college institute school academy company corp corporation
    inc llc ltd plc co group bank ministry department dept council commission committee
    agency association union federation board authority office service services army navy
    police party government administration court hospital clinic center centre foundation
    church airlines airways airplanes motors industries international reserve capital fund
    exchange securities partners advisors advisers associates holdings trust branch bureau
    division directorate inspectorate railway railways"""
_ORGANISATIONS = frozenset(_ORGANISATION_TEXT.split())


def is_organisation(word: str) -> bool:
    """A word that ends an organisation's name ("University", "LLC")."""
    return plain(word) in _ORGANISATIONS


def outlet_key(raw: str, the: bool = False) -> str:
    """The agency or outlet a phrase names ("the Associated Press" → "ap",
    "The New York Post" → "new york post"), or "" when it names none. Names
    that end like a paper ("Post", "Times") count only after "the" (``the``:
    the phrase follows one): "Emily Post" is a person."""
    s = re.sub(r"[()]", " ", raw).strip().lower().replace("’", "'")
    the = the or s.startswith("the ")
    s = re.sub(r"^(?:the|a|an)\s+", "", s)
    s = " ".join(s.replace(".", "").split()) if len(s) <= 6 else " ".join(s.split())
    if s in _AGENCIES:
        return _AGENCIES[s]
    words = raw.split()
    if not words or len(words) > 6:
        return ""
    if not all(w[:1].isupper() or w.lower() in ("the", "of", "&") for w in words):
        return ""
    last = plain(words[-1])
    if last in _BROADCAST_ENDS or (the and last in _OUTLET_ENDS):
        return " ".join(w.lower() for w in words if w.lower() != "the")
    return ""


def strip_function_words(run: str) -> tuple[int, str]:
    """A capitalised run without the function words that lead it ("And Smith"
    → "Smith"): (characters dropped, what is left; "" when nothing is left)."""
    dropped = 0
    rest = run
    while rest:
        m = re.match(r"(\S+)\s*", rest)
        assert m is not None
        if plain(m.group(1)) not in FUNCTION_WORDS:
            break
        dropped += m.end()
        rest = rest[m.end() :]
    return dropped, rest


def name_parts(name: str) -> tuple[list[str], str]:
    """(given names, surname) of a name; titles, what comes before them and
    suffixes left out: "Secretary-General António Guterres" → (["António"],
    "guterres"), "CHP Officer Baehr" → ([], "baehr")."""
    words = _name_words(name)
    if not words:
        return [], ""
    first = 0
    for i, w in enumerate(words[:-1]):
        if is_title(w):
            first = i + 1
    return words[first:-1], plain(words[-1])


# Common short forms of given names (an editor reads "Bob Smith" as "Robert Smith").
_NICKNAMES = {
    "bob": "robert",
    "rob": "robert",
    "bill": "william",
    "will": "william",
    "jim": "james",
    "jimmy": "james",
    "mike": "michael",
    "tom": "thomas",
    "tony": "anthony",
    "joe": "joseph",
    "dick": "richard",
    "rick": "richard",
    "dave": "david",
    "dan": "daniel",
    "chris": "christopher",
    "steve": "stephen",
    "ed": "edward",
    "ted": "edward",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "kate": "katherine",
    "sam": "samuel",
    "ben": "benjamin",
    "matt": "matthew",
    "nick": "nicholas",
    "pat": "patrick",
    "jack": "john",
    "alex": "alexander",
}


def _initials(given: list[str]) -> set[str]:
    out = set()
    for g in given:
        p = plain(g).replace("-", "")
        p = _NICKNAMES.get(p, p)
        if p:
            out.add(p[0])
    return out


def _joined(given: list[str], surname: str) -> str:
    """A surname written in two words, closed up ("Del Giudice" → "delgiudice")."""
    return plain(given[-1]) + surname if given else ""


def same_person(a: str, b: str) -> bool:
    """Whether two names can be one person: the same surname (or one name is a
    single word of the other: "Xi" / "Xi Jinping"), and given names that share
    an initial when both have them ("Mark Heller" / "Mark Jay Heller",
    "A.J. Smith" / "AJ Smith"; not "Mark Smith" / "John Smith"); a surname
    may be written open or closed ("Del Giudice" / "DelGiudice")."""
    ga, sa = name_parts(a)
    gb, sb = name_parts(b)
    if not sa or not sb:
        return True
    if sa != sb and _surname_written_out(a) == _surname_written_out(b):
        sa = sb  # "Sørensen" / "Soerensen": one surname in two desks' alphabets
    if sa != sb:
        if _joined(ga, sa) == sb or _joined(gb, sb) == sa:
            return not ga or not gb or bool(_initials(ga[:-1] or ga) & _initials(gb[:-1] or gb))
        wa = {plain(w) for w in [*ga, sa]}
        wb = {plain(w) for w in [*gb, sb]}
        return (not ga and sa in wb) or (not gb and sb in wa)
    if not ga or not gb:
        return True
    return bool(_initials(ga) & _initials(gb))


def _surname_written_out(name: str) -> str:
    """The last word of a name with its foreign letters written out ("oe" for "ø")."""
    words = _name_words(name)
    return plain(written_out(words[-1])) if words else ""


def _name_words(name: str) -> list[str]:
    """A name's words, commas and suffixes ("Jr.", "III") left out."""
    return [w for w in name.replace(",", " ").split() if plain(w) not in _SUFFIXES]
