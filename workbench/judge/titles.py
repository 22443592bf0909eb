"""A named person's title stated two ways by two sources (trial 30).

News gives a person's post before the full name ("Assistant District Attorney
David Rossi", "Lt. Col. Ann Ruiz", "public defender Peter Lynch") or in an
apposition after it ("David Rossi, the assistant district attorney,"). Trial
30's editor found one report of a murder trial calling the prosecutor
"Albany County District Attorney Dave Rossi" where another had "Assistant
District Attorney David Rossi", never shown: a wrong title is a classic
correction.

A title is read as its office (the last words: "district attorney", "public
defender", "judge", "colonel", "chief executive"; a closed list), the rank
words right before it ("assistant", "deputy", "vice", "lieutenant") and
anything else before them, which names where the office is ("Albany County",
"U.S. District") and is not compared. "Judge" and "Justice" are one judicial
office; "Deputy" before a police rank ("Sheriff's Deputy Sgt.") names a
sheriff's deputy, not a rank. Words that describe a job without
naming a post ("defense attorney", "prosecutor", "lawyer") are no title and
are not read. A title written before the name in lower case ("public defender
Peter Lynch") or after "a"/"an" in an apposition is loose: a description of
the office the person works in, which a rank may narrow. A title after
"former", "then", "ex-" or "the late" is the person's at another time and is
not read.

Compared for one person: one office at one rank is no flag; a loose title
without a rank against the same office with one is unresolved; two ranks of
one office or of one ladder ("Lt. Col." / "Col.", "Sgt." / "Lt.") are a
conflict; two different offices are no flag (people hold several).

Two articles state one person's title when the surnames agree and the given
names agree, one being a nickname of the other ("Dave"/"David": the same
first three letters, or a pair of a short closed list).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Claim, Verdict
from .spelled import Add, Decide, article_pairs, by_article, side_at
from .stages import TITLE, Outcome, Rule

# an office as written (lower case, dots dropped) -> its key; longest first
_OFFICE_FORMS = {
    "district attorney": "district attorney",
    "da": "district attorney",
    "attorney general": "attorney general",
    "solicitor general": "solicitor general",
    "state's attorney": "state's attorney",
    "county attorney": "county attorney",
    "city attorney": "city attorney",
    "public defender": "public defender",
    "judge": "judge",
    "justice": "judge",  # one judicial office: "Justice" in some courts, "Judge" in others
    "magistrate": "magistrate",
    "sheriff": "sheriff",
    "police chief": "chief",
    "fire chief": "chief",
    "chief of police": "chief",
    "commissioner": "commissioner",
    "superintendent": "superintendent",
    "inspector": "inspector",
    "detective": "detective",
    "det": "detective",
    "officer": "officer",
    "trooper": "trooper",
    "private": "private",
    "pvt": "private",
    "corporal": "corporal",
    "cpl": "corporal",
    "sergeant": "sergeant",
    "sgt": "sergeant",
    "lieutenant": "lieutenant",
    "lt": "lieutenant",
    "captain": "captain",
    "capt": "captain",
    "major": "major",
    "maj": "major",
    "colonel": "colonel",
    "col": "colonel",
    "general": "general",
    "gen": "general",
    "admiral": "admiral",
    "adm": "admiral",
    "mayor": "mayor",
    "governor": "governor",
    "gov": "governor",
    "senator": "senator",
    "sen": "senator",
    "representative": "representative",
    "rep": "representative",
    "congressman": "representative",
    "congresswoman": "representative",
    "councilman": "council member",
    "councilwoman": "council member",
    "council member": "council member",
    "president": "president",
    "prime minister": "prime minister",
    "minister": "minister",
    "ambassador": "ambassador",
    "chancellor": "chancellor",
    "treasurer": "treasurer",
    "comptroller": "comptroller",
    "chief executive officer": "chief executive",
    "chief executive": "chief executive",
    "ceo": "chief executive",
    "chief financial officer": "chief financial officer",
    "cfo": "chief financial officer",
    "chief operating officer": "chief operating officer",
    "coo": "chief operating officer",
    "chairman": "chair",
    "chairwoman": "chair",
    "chair": "chair",
    "managing director": "managing director",
}
_LONGEST = max(len(k.split()) for k in _OFFICE_FORMS)
_OFFICE_WORDS = frozenset(w for k in _OFFICE_FORMS for w in k.split())
# ranks of one ladder: two of them for one person cannot both be right
_LADDER_WORDS = """private corporal sergeant lieutenant captain major colonel general admiral
    detective officer trooper"""
_LADDER = frozenset(_LADDER_WORDS.split())
_OTHER_RANKS = """associate acting interim chief vice first second staff master rear executive
    special principal lance command"""
# words that set a rank within an office ("Assistant District Attorney", "Lt. Col.")
_RANK_FORMS = {
    **dict.fromkeys(("assistant", "asst"), "assistant"),
    **dict.fromkeys(("deputy", "dep"), "deputy"),
    **dict.fromkeys(("lieutenant", "lt"), "lieutenant"),
    **dict.fromkeys(("major", "maj"), "major"),
    **dict.fromkeys(("brigadier", "brig"), "brigadier"),
    **dict.fromkeys(("senior", "sr"), "senior"),
    **{w: w for w in _OTHER_RANKS.split()},
}
# words that name where an office is, or its court ("Albany County District
# Attorney", "U.S. District Judge", "Police Chief")
_PLACES = """county state city district federal circuit superior supreme court municipal family
    police fire department u.s us army navy air force marine marines corps national regional
    town village borough sheriff's sheriff’s"""
_PLACE_WORDS = frozenset(_PLACES.split())
_NAMED_PLACES = frozenset(("county", "city", "state", "borough", "town", "parish"))
_BEFORE_TIME = re.compile(r"(?:\b(?:former|then|ex|late|onetime|one-time)[\s-]*)$", re.I)
_CAP_WORD = r"[A-Z][\w'’.-]*"
_FULL_NAME = re.compile(rf"(?<![\w'’-]){_CAP_WORD}(?:\s+{_CAP_WORD})+")
_APPOSITION = re.compile(
    r",\s+(?P<det>the|a|an)\s+(?P<title>(?:[A-Za-z][\w'’.-]*\s+){0,4}[A-Za-z][\w'’.-]*?)"
    r"(?=[,.;:)]|\s+(?:who|for|of|said|says|told|and)\b)"
)
_NICKNAMES = (
    "bill william|will william|bob robert|rob robert|bobby robert|dick richard|rick richard|"
    "jim james|jimmy james|mike michael|tom thomas|tony anthony|joe joseph|jack john|"
    "ted edward|ed edward|ned edward|peggy margaret|maggie margaret|meg margaret|"
    "liz elizabeth|beth elizabeth|betty elizabeth|kate katherine|kathy katherine|"
    "chuck charles|charlie charles|hank henry|harry henry|larry lawrence|sandy sandra|"
    "sue susan|jen jennifer|jenny jennifer|andy andrew|drew andrew|pat patrick|"
    "peggy margaret|sam samuel|ben benjamin|matt matthew|nick nicholas|alex alexander|"
    "billy william|willie william|liam william|robbie robert|bert robert|ricky richard|"
    "jamie james|tommy thomas|eddie edward|greta margaret|lisa elizabeth|libby elizabeth|"
    "kate catherine|cathy catherine|kathy catherine|kay catherine|kay katherine|kate kathryn|"
    "kathy kathryn|kay kathryn|larry laurence|jerry gerald|jerry jerome|joey joseph|"
    "mick michael|mickey michael|kit christopher|sandy alexander|molly mary|polly mary|"
    "sally sarah|trish patricia|patty patricia|jake jacob|jon john|katie catherine"
)
_NICK = frozenset(tuple(p.split()) for p in _NICKNAMES.split("|"))


@dataclass(frozen=True)
class Title:
    """One person's title as one article writes it."""

    given: str  # lower case
    surname: str
    office: str  # its key ("district attorney")
    ranks: tuple[str, ...]  # ("assistant",)
    loose: bool  # written as a description (lower case before the name, "a ..." after)
    claim: Claim
    start: int  # the title's span in the claim's text
    end: int

    @property
    def text(self) -> str:
        return self.claim.text[self.start : self.end]

    @property
    def person(self) -> str:
        return f"{self.given.title()} {self.surname.title()}"

    @property
    def key(self) -> tuple[str, tuple[str, ...]]:
        return self.office, self.ranks


def _word(w: str) -> str:
    return w.lower().replace(".", "").strip("'’")


def read_title(words: Sequence[str]) -> tuple[str, tuple[str, ...], int] | None:
    """The office, the ranks and how many of the words (from the end back)
    make the title, when the words end in an office; else None."""
    low = [_word(w) for w in words]
    for n in range(min(_LONGEST, len(low)), 0, -1):
        office = _OFFICE_FORMS.get(" ".join(low[-n:]))
        if office is not None:
            break
    else:
        return None
    ranks: list[str] = []
    at = len(low) - n
    while at > 0 and low[at - 1] in _RANK_FORMS:
        ranks.insert(0, _RANK_FORMS[low[at - 1]])
        at -= 1
    if office in _LADDER and "deputy" in ranks:  # "Sheriff's Deputy Sgt.": a deputy's rank
        ranks.remove("deputy")
    while at > 0 and (
        low[at - 1] in _PLACE_WORDS | _RANK_FORMS.keys()
        or (low[at] in _NAMED_PLACES and words[at - 1][:1].isupper())
    ):
        at -= 1  # where the office is ("Albany County"): part of the title, not compared
    return office, tuple(ranks), len(low) - at


def _split_name(run: str) -> tuple[int, list[str]]:
    """Where the name starts in a capitalised run (its words before are the
    title's), and the name's words (the last words that are no title words, at
    most three, initials left out)."""
    words = list(_WORD.finditer(run))
    cut = len(words)
    while cut > 0 and len(words) - cut < 3:
        w = _word(words[cut - 1].group())
        if w in _OFFICE_WORDS or w in _RANK_FORMS or w in _PLACE_WORDS:
            break
        cut -= 1
    name = [w.group() for w in words[cut:] if not _INITIAL.fullmatch(w.group())]
    return (words[cut].start() if cut < len(words) else len(run)), name


_WORD = re.compile(r"\S+")
_INITIAL = re.compile(r"[A-Z]\.")
_LOWER_BEFORE = re.compile(r"(?:(?<=\s)|^)((?:[a-z][\w'’.-]*\s+){1,4})$")


def _before_name(claim: Claim, m: re.Match) -> Title | None:
    """The title written before a full name: in its capitalised run ("Deputy
    Public Defender Peter Lynch") or in lower case right before it ("public
    defender Peter Lynch")."""
    text = claim.text
    at, name = _split_name(m.group(0))
    if len(name) < 2:
        return None
    if at > 0:  # title words inside the run
        spans = [
            (m.start() + w.start(), m.start() + w.end()) for w in _WORD.finditer(m.group(0), 0, at)
        ]
    else:
        low = _LOWER_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if low is None:
            return None
        spans = [
            (low.start() + w.start(), low.start() + w.end()) for w in _WORD.finditer(low.group(1))
        ]
    words = [text[s:e] for s, e in spans]
    read = read_title(words)
    if read is None:
        return None
    office, ranks, n = read
    start, end = spans[-n][0], spans[-1][1]
    if _BEFORE_TIME.search(text, max(0, start - 12), start):
        return None
    loose = all(w[:1].islower() for w in words[-n:])
    return Title(_word(name[-2]), _word(name[-1]), office, ranks, loose, claim, start, end)


def _after_name(claim: Claim, m: re.Match) -> Title | None:
    """The title in an apposition after a full name: "David Rossi, the
    assistant district attorney, said"."""
    _, name = _split_name(m.group(0))
    a = _APPOSITION.match(claim.text, m.end())
    if len(name) < 2 or a is None or _BEFORE_TIME.match(a.group("title")):
        return None
    words = a.group("title").split()
    read = read_title(words)
    if read is None or read[2] != len(words):
        return None
    office, ranks, _ = read
    loose = a.group("det").lower() != "the" and not ranks
    return Title(
        _word(name[-2]), _word(name[-1]), office, ranks, loose, claim,
        a.start("title"), a.end("title"),
    )  # fmt: skip


def titles_in(claim: Claim) -> list[Title]:
    out = []
    for m in _FULL_NAME.finditer(claim.text):
        for read in (_before_name, _after_name):
            t = read(claim, m)
            if t is not None:
                out.append(t)
    return out


def same_given(a: str, b: str) -> bool:
    """One given name written twice, or once as a nickname ("Dave"/"David")."""
    return a == b or a[:3] == b[:3] or (a, b) in _NICK or (b, a) in _NICK


@dataclass(frozen=True)
class TitleCase:
    """One person's title as two articles write it."""

    x: Title
    y: Title

    @property
    def same_office(self) -> bool:
        return self.x.office == self.y.office

    @property
    def one_ladder(self) -> bool:
        return self.x.office in _LADDER and self.y.office in _LADDER

    @property
    def loose_inside(self) -> bool:
        """A loose title with no rank against the same office with one: the
        description may cover the ranked post ("public defender" / "Deputy
        Public Defender")."""
        return any(t.loose and not t.ranks for t in (self.x, self.y))


def _severity(rule: Rule) -> int:
    return {Outcome.CONFLICT: 2, Outcome.UNRESOLVED: 1}.get(rule.outcome, 0)


def titles_apart(claims: Sequence[Claim], names: dict[str, str], add: Add, decide: Decide) -> None:
    """Flag every person two articles give two titles (module docstring): one
    flag per person and article pair, the strongest the rows decide."""
    read = by_article(claims, titles_in)
    for a, b in article_pairs(read):
        for (px, xs), (py, ys) in itertools.product(_people(read[a]), _people(read[b])):
            if px[1] != py[1] or not same_given(px[0], py[0]):
                continue
            best = _strongest(xs, ys, decide)
            if best is not None:
                _flag(*best, names[a], names[b], add)


def _strongest(xs: list[Title], ys: list[Title], decide: Decide) -> tuple[TitleCase, Rule] | None:
    """The strongest flag between one person's titles in two articles. A title
    the other article also gives is confirmed; each other title is held
    against the other's titles, and when the two share one, only for the same
    office or ladder (a second office beside a shared one is another post)."""
    keys_x, keys_y = {t.key for t in xs}, {t.key for t in ys}
    shared = bool(keys_x & keys_y)
    best: tuple[TitleCase, Rule] | None = None
    for x, y in itertools.product(xs, ys):
        if x.key in keys_y and y.key in keys_x:
            continue
        case = TitleCase(x, y)
        if shared and not (case.same_office or case.one_ladder):
            continue
        rule = decide(TITLE, case)
        if rule is not None and _severity(rule) > (_severity(best[1]) if best else 0):
            best = (case, rule)
    return best


def _people(titles: list[Title]) -> list[tuple[tuple[str, str], list[Title]]]:
    out: dict[tuple[str, str], list[Title]] = {}
    for t in titles:
        out.setdefault((t.given, t.surname), []).append(t)
    return list(out.items())


def _flag(case: TitleCase, rule: Rule, na: str, nb: str, add: Add) -> None:
    x, y = case.x, case.y
    why = rule.explain(case) if rule.explain else _two_ranks(case)
    explanation = (
        f"{x.person}'s title is ‘{x.text}’ in {na} but ‘{y.text}’ in {nb} — {why} — {rule.outcome}"
    )
    sides = (
        side_at(x.claim, x.start, x.end, x.text, " ".join((*x.ranks, x.office))),
        side_at(y.claim, y.start, y.end, y.text, " ".join((*y.ranks, y.office))),
    )
    add("title", Verdict(str(rule.outcome)), explanation, sides, rule.name)


def _two_ranks(c: TitleCase) -> str:
    if c.same_office:
        return f"ranks {_ranks(c)} of one office: one is wrong, check it"
    return f"two ranks ({c.x.office} / {c.y.office}): one is wrong, check it"


def _ranks(c: TitleCase) -> str:
    return f"{' '.join(c.x.ranks) or 'no rank'} / {' '.join(c.y.ranks) or 'no rank'}"


TITLE_ROWS: tuple[Rule, ...] = (
    Rule(
        "same_title",
        TITLE,
        lambda c: c.x.key == c.y.key,
        Outcome.SKIP,
        "one office at one rank, wherever each source says it is ('Albany County District "
        "Attorney' / 'District Attorney'): nothing to show",
        "tests/test_s20_ages_and_titles.py::test_one_title_written_two_ways_is_no_flag",
    ),
    Rule(
        "title_inside_the_other",
        TITLE,
        lambda c: c.same_office and c.loose_inside,
        Outcome.CONSISTENT,
        "a title written as a description ('public defender Peter Lynch') against the same "
        "office with a rank ('Deputy Public Defender Peter Lynch'): the description says "
        "what he does, which the ranked post is — nothing to check (reader J21a judged the "
        "question it was asked as unresolved borderline: a deputy public defender is a "
        "public defender)",
        "tests/test_s20_ages_and_titles.py::test_a_loose_title_inside_a_ranked_one_agrees; "
        "ECB+ 33_ecb (in neither judged half), reader J21a",
        explain=lambda c: (
            f"one office, ranks {_ranks(c)}; the title in lower case describes the job, "
            "which the ranked post is"
        ),
    ),
    Rule(
        "title_rank_differs",
        TITLE,
        lambda c: c.same_office or c.one_ladder,
        Outcome.CONFLICT,
        "one person given two ranks ('Assistant District Attorney' / 'District Attorney', "
        "'Lt. Col.' / 'Col.', 'Sgt.' / 'Lt.') by two sources: one of them is wrong",
        "tests/test_s20_ages_and_titles.py::test_a_rank_that_differs_is_a_conflict",
    ),
    Rule(
        "two_posts",
        TITLE,
        lambda c: True,
        Outcome.SKIP,
        "one person given two different offices ('Chairman' / 'Chief Executive', a unit's "
        "'CEO' / the parent's 'Executive Vice President', 'Senator' / 'Secretary'): people "
        "hold several posts at once or over time, so two offices are no flag; a rank within "
        "one office or one ladder of ranks is (MEANTIME airbus: Boeing's Scott Carson, CEO "
        "of its airplanes unit and its executive vice president)",
        "tests/test_s20_ages_and_titles.py::test_two_offices_are_no_flag",
    ),
)
