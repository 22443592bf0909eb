"""Which sources are not independent of each other.

Two articles are copies when several of their aligned sentences are
near-verbatim outside quotation marks (two outlets quoting one statement
word for word are still two reporters; two outlets running one wire story
are one), or when both credit the same news agency ("(AFP) -", "Reuters
contributed to this report", "Copyright 2011 The Associated Press").
Citing an agency ("Reuters reported") is not a credit. Boilerplate both
close with (``boilerplate``: a company's "About" blurb, a copyright line)
proves nothing.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..model import Alignment, Article, Claim, CopyLink
from .boilerplate import boilerplate_claims, spans
from .wire_credits import one_wire_of, wire_of
from .wording import tokens, wording_links

VERBATIM = 80  # rapidfuzz ratio of two sentences' words outside quotes (an edited copy)
MIN_CHARS = 40  # shorter remainders ("he said.") prove nothing
MIN_SHARED = 2  # near-verbatim sentences that make two articles copies
# Measured on 14 events written by two colleagues (tests/fixtures/copies*): copies
# share at least two sentences at 80 or more (edited copies included); independent
# reports at most one (a press statement both paraphrase), the second best at 73.

_AGENCIES = {
    "AFP": r"AFP|Agence France[- ]Presse",
    "Reuters": r"Reuters",
    "AP": r"AP|Associated Press",
    "PA": r"PA|Press Association|PA Media",
    "Bloomberg": r"Bloomberg(?: News)?",
    "dpa": r"dpa|DPA|Deutsche Presse-Agentur",
    "Xinhua": r"Xinhua",
    "PTI": r"PTI|Press Trust of India",
    "IANS": r"IANS",
    "ANI": r"ANI",
    "UPI": r"UPI|United Press International",
    "EFE": r"EFE|Agencia EFE",
    "ANSA": r"ANSA|Agenzia ANSA",
    "Kyodo": r"Kyodo(?: News)?",
    "Yonhap": r"Yonhap",
    "AAP": r"AAP|Australian Associated Press",
    "CP": r"The Canadian Press|Canadian Press",
    "Anadolu": r"Anadolu(?: Agency)?",
    "Interfax": r"Interfax",
    "TASS": r"TASS|Tass",
    "WAM": r"WAM|Emirates News Agency",
    "SPA": r"SPA|Saudi Press Agency",
    "KUNA": r"KUNA|Kuwait News Agency",
    "QNA": r"QNA|Qatar News Agency",
    "MENA": r"MENA|Middle East News Agency",
    "ANA": r"ANA-MPA|Athens-Macedonian News Agency",
    "Bernama": r"Bernama",
    "Antara": r"Antara",
    "APP": r"APP|Associated Press of Pakistan",
    "NAN": r"NAN|News Agency of Nigeria",
    "Belga": r"Belga",
    "ANP": r"ANP",
    "Lusa": r"Lusa",
    "PAP": r"PAP|Polish Press Agency",
    "Jiji": r"Jiji(?: Press)?",
    "CNA": r"CNA|Central News Agency",
}


def _with_capitals(pattern: str) -> str:
    """Names as written and in capitals ("Kyodo", "KYODO"; "ASSOCIATED PRESS")."""
    words = [w for w in pattern.split("|") if not w.isupper()]
    return "|".join([pattern, *(w.upper() for w in words)])


_ANY = "|".join(
    rf"(?P<{re.sub(r'[^A-Za-z]', '', k)}>\b(?:{_with_capitals(v)})\b)" for k, v in _AGENCIES.items()
)
_NAMES = {re.sub(r"[^A-Za-z]", "", k): k for k in _AGENCIES}
_CREDITS = [
    # a dateline opening a paragraph: "LONDON (Reuters) -", "WASHINGTON, May 2 (AP) —",
    # "Mandi, Sep 14 (PTI) At least…", "Mandi (Himachal Pradesh) [India], Sept 14 (ANI): …"
    re.compile(rf"(?m)^[^\n]{{0,80}}?\((?:{_ANY})\)[ \t]*(?:[-–—:]|(?=[A-Z0-9\"“‘]))"),
    # a credit line: "Reuters contributed to this report", "AFP contributed reporting",
    # "This report by The Canadian Press was first published …"
    re.compile(rf"(?:{_ANY})\s+(?:contributed|also contributed)\b"),
    re.compile(rf"\b[Tt]his (?:report|story|article) by\s+(?:{_ANY})"),
    re.compile(
        rf"\b(?:[Ww]ith|[Ss]ource:?|[Vv]ia|[Aa]dditional reporting by|"
        rf"[Ww]ith (?:inputs?|reporting) from)\s+(?:{_ANY})\b"
    ),
    re.compile(rf"(?:©|\([Cc]\)|[Cc]opyright)\s*(?:\d{{4}}\s+)?(?:[Tt]he\s+)?(?:{_ANY})"),
    # a closing slug on its own line: "— dpa", "--IANS", "==Kyodo", "PA", "Press
    # Association", "PTI COR ABC SKY", "(dpa/ewg)", "… are awaited. (ANI)"
    re.compile(
        rf"(?m)^[^\S\n]*(?:[-–—=]{{1,3}}[^\S\n]*)?(?:{_ANY})(?:[^\S\n]+[A-Z]{{2,4}})*[^\S\n]*$"
    ),
    # a byline: "By PA Sport Staff", "By Reuters", "By Marnie Lee, AAP", "Swati Menon,
    # Bloomberg", "By NIKOS PAPANTONIOU Associated Press", "…, Press Association Football
    # Correspondent"; an agency heading the text: "Press Trust of India | Mumbai",
    # "Xinhua | Updated: …", "DPA/The Local"
    re.compile(rf"(?m)^[^\S\n]*By[^\S\n]+(?:{_ANY})\b"),
    re.compile(
        rf"(?m)^[^\S\n]*(?:By[^\S\n]+)?(?:[A-Z][\w.'’-]*,?[^\S\n]+){{1,4}}?(?:{_ANY})"
        rf"(?:[^\S\n]+[A-Z][a-z]+){{0,3}}[^\S\n]*$"
    ),
    re.compile(rf"(?m)^[^\S\n]*(?:{_ANY})[^\S\n]*(?:\||/[^\S\n]*[A-Z])"),
]
# (Line-anchored patterns use [^\S\n], never \s: ``^\s*`` under MULTILINE runs on
# over every blank line below, quadratic on a text of many empty lines.)
# "… are awaited. (ANI)": an agency in brackets closing one of the last two
# paragraphs (elsewhere, "… on Thursday. (Yonhap)" is a photo caption's credit)
_CLOSING = re.compile(rf"\((?:{_ANY})(?:/[A-Za-z]{{1,5}})*\)[^\S\n]*$")


# Quotation marks, paired within a sentence; a quote running over several
# sentences is found on the whole text (see ``_quoted_spans``).
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]|‘[^‘’]*’(?=\W|$)")
_OPEN, _CLOSE = '"“', '"”'
# in single marks: curly within a paragraph; straight from a mark no letter
# precedes to one no letter follows ('We're pleased,' he said), so an
# apostrophe inside a word opens and closes nothing
_SINGLE = re.compile(r"‘[^‘’\n]*’(?=\W|$)|(?<!\w)'(?=\w)[^\n]*?(?<=[\w.,!?])'(?!\w)")


def _literal_prefix(name: str) -> str:
    """The characters a name pattern begins with before any regex syntax."""
    return re.split(r"[\\\[\](){}?*+.|^$]", name, maxsplit=1)[0]


# Every credit pattern needs an agency's name (``_ANY``), and every name begins
# with one of these literal strings: a text holding none of them credits no
# agency, and is passed over without running the patterns (issue 14: running
# them took about 3 ms an article; the substring test, a few microseconds).
_SCREEN = tuple(
    sorted({_literal_prefix(w) for v in _AGENCIES.values() for w in _with_capitals(v).split("|")})
)
_SCREEN = _SCREEN if all(_SCREEN) else ()  # a name without a literal start: no screening


def credits(article: Article) -> tuple[str, ...]:
    """The agencies an article credits for its copy, in a fixed order."""
    if _SCREEN and not any(p in article.text for p in _SCREEN):
        return ()
    found: set[str] = set()
    paragraphs = [p for p in article.text.split("\n\n") if p.strip()]
    matches = [m for pattern in _CREDITS for m in pattern.finditer(article.text)]
    matches += [m for p in paragraphs[-2:] if (m := _CLOSING.search(p.rstrip()))]
    for m in matches:
        found.update(_NAMES[k] for k, v in m.groupdict().items() if v)
    return tuple(sorted(found))


LONG_QUOTE = 500  # characters; 15 of 2,255 quoted spans in ECB+ are longer


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` inside double quotation marks, pairing the marks
    over the whole text, so a quote of several sentences is quoted in each.
    A paragraph break closes an open quote (a quote running on into the next
    paragraph reopens there with its own mark, as news copy writes it)."""
    spans, start = [], None
    for i, ch in enumerate(text):
        if start is None and ch in _OPEN:
            start = i
        elif start is not None and ch in _CLOSE:
            spans.append((start, i + 1))
            start = None
        elif start is not None and ch == "\n" and text[i + 1 : i + 2] == "\n":
            spans.append((start, i))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    # Longer than any speaker's quote: a whole report quoted ("… " (Fox News
    # article)) or marks paired wrongly; either way its words are copy text.
    return [(s, e) for s, e in spans if e - s <= LONG_QUOTE]


def _unquoted(text: str, spans: Sequence[tuple[int, int]] = ()) -> str:
    """The words outside quotation marks, lower-cased; ``spans`` are quoted
    parts found on the whole article (offsets into ``text``)."""
    chars = list(text)
    for s, e in spans:
        for i in range(max(s, 0), min(e, len(chars))):
            chars[i] = " "
    return " ".join(_QUOTED.sub(" ", "".join(chars)).lower().split())


def verbatim(
    a: str,
    b: str,
    quoted_a: Sequence[tuple[int, int]] = (),
    quoted_b: Sequence[tuple[int, int]] = (),
) -> bool:
    """Near word-for-word, outside quotation marks."""
    ua, ub = _unquoted(a, quoted_a), _unquoted(b, quoted_b)
    if min(len(ua), len(ub)) < MIN_CHARS:
        return False
    return fuzz.ratio(ua, ub) >= VERBATIM


def _claim_quotes(articles: Sequence[Article], claims: Sequence[Claim]):
    """For each claim, the quoted spans of its article that fall in it
    (offsets into the claim's text)."""
    spans = {a.id: _quoted_spans(a.text) for a in articles}
    ends = {k: [e for _, e in v] for k, v in spans.items()}  # sorted: spans never overlap
    out: dict[str, list[tuple[int, int]]] = {}
    for c in claims:
        mine = spans.get(c.article, ())
        # the first span ending after the claim starts, then on while they start
        # inside it (a scan of every span per claim took 4.6 s of a 1.4 MB file)
        k = bisect.bisect_right(ends.get(c.article, ()), c.start)
        inside = []
        while k < len(mine) and mine[k][0] < c.end:
            s, e = mine[k]
            inside.append((max(s, c.start) - c.start, min(e, c.end) - c.start))
            k += 1
        if inside:
            out[c.id] = inside
    return out


@dataclass(frozen=True)
class Basis:
    """What :func:`copy_links` reads of the articles whatever was aligned:
    each claim's quoted spans, the boilerplate claims, each article's agency
    credits and houses, and the runs of wording two articles share."""

    quoted: Mapping[str, list[tuple[int, int]]]
    blurbs: frozenset[str]
    credited: Mapping[str, tuple[str, ...]]
    house: Mapping[str, frozenset[str] | set[str]]
    worded: Mapping[tuple[str, str], str]


_basis_lock = threading.Lock()
_basis: list[tuple[tuple, Basis]] = []  # the last one worked out: (its key, it)


def basis(articles: Sequence[Article], claims: Sequence[Claim]) -> Basis:
    """The :class:`Basis` of ``articles`` and their ``claims``, the last one
    kept: the analysis works it out while the model still encodes (issue 14:
    at 200 articles it was most of the copies' second of CPU, spent after the
    vectors), and :func:`copy_links` finds it for the same articles and claims."""
    key = (tuple(articles), tuple(claims))
    with _basis_lock:
        if _basis and _basis[0][0] == key:
            return _basis[0][1]
    blurbs = boilerplate_claims(articles, claims)
    got = Basis(
        _claim_quotes(articles, claims),
        blurbs,
        {a.id: credits(a) for a in articles},
        {a.id: houses(a) for a in articles},
        wording_links(
            {a.id: a.text for a in articles},
            {a.id: tokens(a.text, _apart(a, claims, blurbs)) for a in articles},
        ),
    )
    with _basis_lock:
        _basis[:] = [(key, got)]
    return got


def copy_links(
    articles: Sequence[Article], claims: Sequence[Claim], alignments: Iterable[Alignment]
) -> tuple[tuple[CopyLink, ...], tuple[tuple[str, str], ...]]:
    """Pairs of articles that are not independent, and every (article,
    agency) credit found. Only aligned sentences are compared (cheap), and
    only those that report the event: boilerplate (a company's "About"
    blurb, a press release's closing, a copyright or ticker line) shared by
    two independent reports makes no copy (``boilerplate``; align32)."""
    by_id = {c.id: c for c in claims}
    kept = basis(articles, claims)
    quoted, blurbs = kept.quoted, kept.blurbs
    shared: dict[tuple[str, str], int] = {}
    for al in alignments:
        a, b = by_id.get(al.left), by_id.get(al.right)
        if a is None or b is None or a.article == b.article:
            continue
        if a.id in blurbs or b.id in blurbs:
            continue
        if verbatim(a.text, b.text, quoted.get(a.id, ()), quoted.get(b.id, ())):
            key = (a.article, b.article) if a.article < b.article else (b.article, a.article)
            shared[key] = shared.get(key, 0) + 1
    credited, house, worded = kept.credited, kept.house, kept.worded
    # what each article credits, once per article, not once per article pair
    wires = {a.id: wire_of(a) for a in articles}
    agencies = {a: set(c) for a, c in credited.items()}
    ids = sorted(a.id for a in articles)
    links = []
    for n, x in enumerate(ids):
        for y in ids[n + 1 :]:
            k = shared.get((x, y), 0)
            copied = k >= MIN_SHARED
            common = sorted(agencies[x] & agencies[y])
            if (wire := one_wire_of(wires[x], wires[y])) and wire not in common:
                common.append(wire)  # an agency the known list does not name
            # the site when both share it, else the name ("bbc.co.uk" before "bbc news")
            same = min(house[x] & house[y], key=lambda k: ("." not in k, k), default="")
            run = worded.get((x, y), "")
            parts = (", ".join(common), same and SAME_OUTLET + same, run and SHARED_WORDING + run)
            credit = "; ".join(p for p in parts if p)
            if copied or credit:
                links.append(CopyLink(x, y, k, credit))
    return tuple(links), tuple((a, c) for a in ids for c in credited[a])


def _apart(article: Article, claims: Sequence[Claim], blurbs: frozenset[str]):
    """The stretches of an article no shared wording is read in: quotations
    (in double marks over the whole text, in single marks within a paragraph)
    and boilerplate."""
    quoted = _quoted_spans(article.text)
    quoted += [m.span() for m in _SINGLE.finditer(article.text)]
    blurb = [(c.start, c.end) for c in claims if c.article == article.id and c.id in blurbs]
    said = [_attribution(article.text, s, e) for s, e in quoted]
    return [*quoted, *said, *blurb, *spans(article)]


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
ATTRIBUTION_WORDS = 25  # words around a quotation in its sentence read as its attribution


def _attribution(text: str, start: int, end: int) -> tuple[int, int]:
    """The rest of a quotation's sentence, before and after it, when short: who
    said it and where ('Shinji Ogawa, an official at the agency's earthquake
    and tsunami observation division, said at a press conference'). Reporters
    at one briefing copy a speaker's title from one hand-out; it is no copy."""
    after = _SENTENCE_END.search(text, end)
    stop = after.end() if after else len(text)
    before = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)]
    begin = before[-1] if before else max(0, start - 400)
    if len(text[end:stop].split()) > ATTRIBUTION_WORDS:
        stop = end
    if len(text[begin:start].split()) > ATTRIBUTION_WORDS:
        begin = start
    return begin, stop


SAME_OUTLET = "same outlet: "  # a CopyLink's credit part: two reports of one newsroom
SHARED_WORDING = "shared wording: "  # … the words of a common source both carry (wording)
_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or"}
# sites that host many outlets, each under its own name: a blog on blogspot,
# ESPN and ABC News on go.com (espn.go.com, abcnews.go.com) are not one newsroom
HOSTS = {"blogspot", "wordpress", "tumblr", "typepad", "livejournal", "substack", "go"}


def outlet_of(article: Article) -> str:
    """The newsroom an article comes from: its web address's site (news.bbc.co.uk
    and www.bbc.co.uk are one, bbc.co.uk; on a site hosting many outlets, the
    outlet's own: espn.go.com), else its outlet's name. Two reports of one
    newsroom are not independent sources (fresh trial 20: three New York Daily
    News articles counted as three independent sources of one claim)."""
    m = re.match(r"[a-z][a-z0-9+.-]*://([^/?#:]+)", (article.url or "").strip().lower())
    if m:
        labels = [x for x in m.group(1).split(".") if x]
        keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
        if len(labels) > keep and labels[-keep] in HOSTS and labels[-keep - 1] != "www":
            keep += 1  # joyofsox.blogspot.nl, sports.espn.go.com -> espn.go.com
        if labels[-keep:][:1] != ["example"]:  # example.com, example.co.uk: a placeholder
            return ".".join(labels[-keep:])
    return _name(article)


def _name(article: Article) -> str:
    return " ".join(article.outlet.split()).lower()


def houses(article: Article) -> set[str]:
    """Every way an article names its newsroom: its site, and its outlet's
    name. Two articles sharing either are of one newsroom: one outlet's two
    web addresses (an old domain and a new one, a mobile site) under one
    name counted as two independent sources."""
    return {x for x in (outlet_of(article), _name(article)) if x}


def independent_sources(sources: Iterable[str], links: Sequence[CopyLink]) -> int:
    """How many of ``sources`` remain once copies of each other count once.
    Copying is not passed on: A copying B and B sharing two lines with C does
    not make A and C one source (fresh trial 21: chains through such links
    made 4 independent sources of 11). Sources count once together only when
    every two of them are linked: the fewest such sets that hold them all,
    found exactly for a few sources and greedily (in id order) for many."""
    return len(counted_together(sources, links))


def counted_together(sources: Iterable[str], links: Sequence[CopyLink]) -> list[list[str]]:
    """The sets ``independent_sources`` counts, each once: sources every two
    of which are linked (in id order; a source alone is a set of one), so a
    summary can name who counts with whom (user trial 47)."""
    have = sorted(set(sources))
    pairs = {frozenset((x.left, x.right)) for x in links}
    linked = {a: {b for b in have if b != a and frozenset((a, b)) in pairs} for a in have}
    return [sorted(g) for g in _fewest_cliques(have, linked)]


EXACT = 12  # linked sources above which the cover is found greedily


def _fewest_cliques(have: list[str], linked: dict[str, set[str]]) -> list[set[str]]:
    alone = [{a} for a in have if not linked[a]]
    rest = [a for a in have if linked[a]]
    if len(rest) > EXACT:
        sets: list[set[str]] = []
        for a in rest:
            home = next((g for g in sets if g <= linked[a]), None)
            if home is None:
                sets.append({a})
            else:
                home.add(a)
        return alone + sets
    best = [[{a} for a in rest]]

    def place(i: int, sets: list[set[str]]) -> None:
        if len(sets) >= len(best[0]):
            return
        if i == len(rest):
            best[0] = [set(g) for g in sets]
            return
        a = rest[i]
        for g in sets:
            if g <= linked[a]:
                g.add(a)
                place(i + 1, sets)
                g.discard(a)
        sets.append({a})
        place(i + 1, sets)
        sets.pop()

    place(0, [])
    return alone + best[0]
