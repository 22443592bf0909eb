"""Who said a quote: the speaker named after or before it, resolved through
the article ("he said" after "John Kirby, Pentagon spokesman, said" is Kirby;
"Pentagon spokesman John Kirby", "Mr Kirby" and "Kirby" share one key)."""

from __future__ import annotations

import re

from .called import called_before
from .colon import SUMMING_WORDS, sums_up, unapposed
from .mention import CLOSE, OPEN, STRAIGHT, Speaker
from .names import (
    FUNCTION_WORDS,
    describes_only,
    is_organisation,
    is_title,
    name_parts,
    names_something,
    outlet_key,
    plain,
    strip_function_words,
)

# The verbs that credit a quotation to its speaker. Court and interview copy
# credits words with "testified", "answered", "responded" ('"At the time, I
# thought it was a brick, but it was a bullet," testified Armstead'): without
# them such a quote had no speaker, and who said it was never compared.
SPEECH_VERBS = (
    r"said|says|say|told|tells|added|adds|explained|explains|warned|warns|wrote|writes|"
    r"stated|declared|insisted|insists|argued|noted|notes|asked|asks|replied|continued|"
    r"claimed|admitted|tweeted|posted|announced|remarked|recalled|recalls|conceded|"
    r"acknowledged|confirmed|urged|cautioned|suggested|observed|commented|testified|"
    r"testifies|answered|responded|responds|shouted|yelled|screamed|whispered|joked|"
    r"quipped|vowed|reiterated|repeated|emphasised|emphasized|countered|"
    r"told reporters|told the [A-Z][\w.]*"
)
# Verbs that credit the quotation right beside them, read only there: "…,"
# the mayor pledged (as a claim's verb, "pledged $5m" credits no words).
_QUOTE_VERBS = rf"{SPEECH_VERBS}|pledged|promised|stressed|predicted|pleaded|lamented"
# A sentence that reports speech: someone is credited with what it quotes.
SPEECH_RE = re.compile(rf"\b(?:{SPEECH_VERBS}|according to)\b")
PRONOUNS = {"he", "she", "they", "it", "we", "i"}
# A name starts at the start of a word and its words are matched possessively:
# otherwise a long run of letters ("AbAbAb…") is rescanned from every capital.
# After the first word a bare initial counts too ("Robert J Pickell"), and a
# title with a place ("Genesee County Sheriff Robert J. Pickell") is six words.
NAME_WORD = r"(?:(?<![a-zA-ZÀ-ÖØ-öø-ÿ'’\-])[A-ZÀ-ÖØ-Þ][a-zA-ZÀ-ÖØ-öø-ÿ'’\-]++|[A-Z]\.)"
_LATER_WORD = rf"(?:{NAME_WORD}|[A-Z](?![\w'’\-]))"
NAME = rf"{NAME_WORD}(?:\s++(?:(?:de|van|von|bin|al|da|del|la|le)\s+)?{_LATER_WORD}){{0,6}}"
# "David Buik of BGC Partners commented": the person, then where they work.
AFFILIATION = rf"(?:\s+(?:of|at|from)\s+(?:the\s+)?{NAME})?"
# How far before / after a quote its attribution is looked for. Attributions
# are a few words; the caps keep the work per quote bounded on long paragraphs.
_HEAD_WINDOW = 600
_TAIL_WINDOW = 600
# A full stop inside a name: an initial or an abbreviated title ("Robert J.
# Pickell", "Mr. Heller", "Sen. Warren"), not the end of the attribution.
_ABBREVIATED_TEXT = "Mr Mrs Ms Dr St Sen Rep Gov Gen Col Lt Sgt Capt Det Jr Sr Prof Rev Maj"
_ABBREVIATED = _ABBREVIATED_TEXT.split()
_ABBR_DOT = "(?:" + "|".join([r"(?<=\b[A-Z])", *(rf"(?<=\b{a})" for a in _ABBREVIATED)]) + r")\."
_W = rf"(?:[^,.;:!?\"“”]|{_ABBR_DOT})"  # a character of an attribution
# "XPA quoted Ruth Cole as saying", "the agency quoted the mayor as saying that":
# who the words are credited to is the one quoted, not who quoted them (session 32)
_QUOTED_AS = (
    rf"(?:[^\"“”.!?;]{{1,60}}?\s)?quoted\s+(?P<name5>{_W}{{2,80}}?)\s+as\s+(?:saying|telling)\b"
)
_AFTER = re.compile(
    rf"^[\s,.!?…—–-]*(?:(?P<pro>he|she|they|I|we)\s+(?:{_QUOTE_VERBS})"
    # a wire's idiom: '," XPA quoted council leader Ruth Cole as saying.'
    rf"|{_QUOTED_AS}"
    # the verb, then who; a descriptor may be followed by the name in apposition
    # ('," said the company's chief executive, Anna Ruiz.')
    rf"|(?:{_QUOTE_VERBS})\s+(?P<name1>(?:the\s+)?{_W}{{2,80}}?(?:,\s*{NAME}(?=\s*[.;:!?]|\s*$))?)"
    rf"(?=[,;:!?]|(?!{_ABBR_DOT})\.|\s+(?:on|in|at|who|after|before|when|while|during|to)\b|$)"
    rf"|(?P<name3>{NAME}),{_W}{{2,80}},\s+(?:{_QUOTE_VERBS})\b"
    # a descriptor, then the name in apposition: '," the mayor of Guamote, Segundo
    # Yautibug, said' (read by name_span from the clause that names someone)
    rf"|(?P<name4>(?:the\s+|an?\s+)?{_W}{{2,80}},\s*{NAME},)\s+(?:{_QUOTE_VERBS})\b"
    rf"|(?P<name2>{_W}{{2,90}}?)\s+(?:{_QUOTE_VERBS})\b"
    # '"…," according to Mayor Anna Berg.': the source named after the words
    # (session 33: such a quote had no speaker, and who said it was never compared)
    rf"|according\s+to\s+(?P<name6>(?:the\s+)?{_W}{{2,80}}?(?:,\s*{NAME}(?=\s*[.;:!?]|\s*$))?)"
    rf"(?=[,;:!?]|(?!{_ABBR_DOT})\.|\s+(?:on|in|at|who|after|before|when|while|during)\b|$))",
)
_WHO_BEFORE = rf"(?:[A-Z]|the\s|an?\s)(?:[^\"“”.!?]|{_ABBR_DOT}){{1,90}}?"
_BEFORE = re.compile(rf"(?P<who>{_WHO_BEFORE})\s+(?:{_QUOTE_VERBS})(?:\s+\w+){{0,3}}\s*[:,]?\s*$")
_QUOTED_BEFORE = re.compile(rf"{_QUOTED_AS}(?:\s+\w+){{0,3}}?(?:\s+that)?\s*[:,]?\s*$")
# "according to Ruiz, who spoke to AFP," at the start of a sentence as well as inside it
_ACCORDING = re.compile(rf"[Aa]ccording to\s+(?P<who>(?:the\s+)?{_W}{{2,80}})")
# A reporting frame before a quote woven into its sentence: the speaker, the
# verb, then whatever the frame tells before the quoted words — to whom, when,
# where, how, and "that" with the reporter's words ('Chief executive Anna Ruiz
# told reporters on Tuesday that it was "…"', 'Ruiz said in a statement late on
# Monday that "…"'). Read only when the attribution right before the marks
# (``_BEFORE``, a few words after the verb) is not there.
_FRAME = re.compile(
    rf"\s*(?P<who>(?:[^\"“”.!?;]|{_ABBR_DOT}){{2,160}}?)\s+(?:{SPEECH_VERBS})\b"
    rf"(?:[^\"“”.!?;]|{_ABBR_DOT}){{0,240}}$"
)


def name_span(raw: str, verb_after: bool = False) -> tuple[int, int, int] | None:
    """Where the person's name is inside the words of an attribution: the
    last capitalised run of the clause next to the speech verb — the first
    clause after it ('said John Kirby, a Pentagon spokesman'), the last before
    it ('…the rift with Russia, Boeing's Scott Carson said'; ``verb_after``)
    — or of another clause when that one names nobody ('John Kirby, a
    Pentagon spokesman, said'). Without leading function words ('And
    Kirby'), titles or the organisation before them ('Northrop Grumman CEO Ron
    Sugar' → 'Ron Sugar'); never an agency or outlet ('told The Post'), an
    organisation ('Montana State University') or a possessive before a
    descriptor ('Lohan's lawyer'). (start with its titles, start of the name,
    end), or None when the words name nobody."""
    clauses = [(m.start(), m.group(0)) for m in re.finditer(r"[^,]+", raw)]
    while verb_after and len(clauses) > 1 and _ASIDE.match(clauses[-1][1]):
        clauses.pop()  # "the governor, speaking at a briefing in Salem, said": not Salem
    last = clauses[-1][1] if clauses else ""
    if (
        verb_after
        and len(clauses) > 1
        and (
            last.strip()[:1].islower()
            or not _name_in_clause(last)
            # "Dimitra Vlachou, chief executive of the operator, Kyklades Maritime,
            # said": the name first, then what she is; the last clause is her employer
            or any(c.strip()[:1].islower() for _, c in clauses[1:-1])
        )
    ):
        # "Art Levinson, chairman of Genentech, said": the name before its description.
        for offset, clause in clauses[:-1]:
            found = _name_in_clause(clause)
            if found is not None and not (clause[: found[0]] + clause[found[2] :]).strip():
                return found[0] + offset, found[1] + offset, found[2] + offset
    for offset, clause in [clauses[-1]] if verb_after and clauses else clauses:
        found = _name_in_clause(clause)
        if found is not None:
            return found[0] + offset, found[1] + offset, found[2] + offset
    return None


def _name_in_clause(head: str) -> tuple[int, int, int] | None:
    best: tuple[int, int, int] | None = None
    for m in re.finditer(NAME, head):
        dropped, run = strip_function_words(m.group(0))
        if not run or _outlet_at(head, m.start() + dropped, m.end()):
            continue
        after = head[m.end() :].lstrip()
        next_word = after.split(maxsplit=1)[0] if after else ""
        if next_word[:1].islower() and not may_follow_a_name(run, next_word):
            continue  # a modifier: "Pentagon spokesman", "Lohan's lawyer", "Canadian diplomat"
        words = list(re.finditer(r"\S+", run))
        if is_title(words[-1].group(0)) or is_organisation(words[-1].group(0)):
            continue  # a post or an organisation, no name: "European Commissioner"
        first = 0
        for i, w in enumerate(words[:-1]):
            if is_title(w.group(0)) or is_organisation(w.group(0)):
                first = i + 1
        if not first and re.search(r"\b(?:of|at|from|for)\s+(?:the\s+)?$", head[: m.start()]):
            continue  # an affiliation: "Emily Carter of Montana State University"
        best = (m.start() + dropped, m.start() + dropped + words[first].start(), m.end())
    return best


# Lower-case words that may follow a name in an attribution.
_AFTER_A_NAME = frozenset(
    {"of", "at", "from", "for", "and", "who", "with", "in", "on", "later", "a", "an", "the"}
    # an auxiliary or an adverb before the speech verb: "Chief Minister Naresh
    # Trivedi has said", "Ruiz had told", "Dupont also said", "Berg would say"
    | {"has", "had", "have", "was", "is", "also", "would", "will", "then", "again", "once"}
)


def may_follow_a_name(run: str, word: str) -> bool:
    """A name may go on with an apposition, a preposition, an adverb or a verb
    ("Chris Weafer commenting", "Dennis DesRosier believes"); a possessive may not."""
    if re.search(r"['’]s?$", run) or run.endswith("ing"):
        return False  # "GM's sales", "Regarding the …"
    # an adverb before the verb ("Armstead quietly answered"), not a noun in
    # -ly ("the Smith family said" is a descriptor)
    adverb = word.endswith("ly") and word not in _LY_NOUNS
    return adverb or word in _AFTER_A_NAME or word.endswith(("ing", "ed", "eves", "inks", "ays"))


_LY_NOUNS = frozenset(
    {"family", "ally", "rally", "assembly", "supply", "daily", "weekly", "monthly", "bully"}
)


def _outlet_at(text: str, s: int, e: int) -> bool:
    before = text[max(0, s - 4) : s].lower()
    return bool(outlet_key(text[s:e], the=before.endswith("the ")))


def make_speaker(
    raw: str, start: int, people: dict[str, str], verb_after: bool = False
) -> Speaker | None:
    """Build a speaker from the words of an attribution; ``people`` maps a
    surname key to the fullest name seen so far in the article. The speaker's
    span is the name alone; an agency or outlet is a reporter (key
    ``outlet:``), words that name nobody a descriptor (``desc:``)."""
    raw = raw.rstrip().rstrip(",")
    lead = len(raw) - len(raw.lstrip())
    raw, start = raw.strip(), start + lead
    m = re.match(r"(?:[A-Z][a-z]+ly|However|Meanwhile|Also|Later|Earlier|But|And|Then),\s+", raw)
    if m:
        start += m.end()
        raw = raw[m.end() :]
    if not raw:
        return None
    low = raw.lower()
    if low in PRONOUNS:
        return None  # resolved by the caller
    if not strip_function_words(raw)[1]:
        return None  # "Meanwhile said …": nobody
    span = name_span(raw, verb_after)
    if span is None:
        at, raw = _subject(raw)
        start += at
        outlet = outlet_key(raw, the=True)
        key = "outlet:" + outlet if outlet else _org_key(raw)
        return Speaker(raw, start, start + len(raw), raw, key, False)
    name = _without_possessive(raw[span[1] : span[2]])
    if _ORG_BEFORE.search(raw, 0, span[0]):
        # "The operator, Kyklades Maritime, said": the name of a body, not a person's
        return Speaker(name, start + span[1], start + span[2], name, _org_key(name), False)
    given, surname = name_parts(name)
    if describes_only(name):
        # "Officials said", "Police told Reuters": people described, never named
        return Speaker(raw, start, start + len(raw), raw, _org_key(raw), False)
    if not surname or re.fullmatch(r"(?:[A-Z]\.?)+", name) or _COMPANY.search(name):
        # initials, or a company's legal form ("France Telecom SA" is no person
        # whose surname is "SA": trial 24 saw it credited apart from France Telecom)
        return Speaker(raw, start, start + len(raw), raw, _org_key(raw), False)
    written = _without_possessive(raw[span[0] : span[2]])  # "Judge Navarro"
    s, e = start + span[0], start + span[0] + len(written)
    if not given and surname not in people and written == name and not _looks_like_person(raw):
        # One capitalised word nobody introduced: an organisation ("Microsoft said").
        return Speaker(written, s, e, name, "org:" + surname, False)
    full = people.get(surname, "")
    if len(name.split()) > len(full.split()):
        people[surname] = name
        full = name
    return Speaker(written, s, e, full or name, surname, True)


# A clause of an attribution that is not who spoke: an opening phrase ("In a
# statement", "On Monday", "Speaking to reporters") or one describing the
# speaker after the head ("the mayor, speaking at a news conference, said",
# "the agency, which runs the port, said").
_ASIDE = re.compile(
    r"\s*(?:[a-z]+ing\b|[a-z]+ly\b|who\b|which\b|whose\b|where\b"
    # a participle or an adverb opening the attribution: "Speaking to reporters,"
    # ("Boeing, …" is a name: a capital word in -ing alone or before a capital)
    r"|[A-Z][a-z]+(?:ing|ly)\s+[a-z])"
)


def _subject(raw: str) -> tuple[int, str]:
    """(offset, words) of the clause of an attribution naming nobody that says
    who spoke: 'The mayor' of 'The mayor, speaking at a news conference', 'the
    minister' of 'In Paris on Saturday, the minister'."""
    clauses = [(m.start(), m.group(0)) for m in re.finditer(r"[^,]+", raw)]
    keep = [
        (at, c)
        for at, c in clauses
        if c.strip()
        and not _ASIDE.match(c)
        and plain(c.split()[0]) not in FUNCTION_WORDS - {"the", "a", "an"}
    ]
    if not keep or len(keep) == len(clauses):
        return 0, raw
    at, clause = keep[0]
    lead = len(clause) - len(clause.lstrip())
    return at + lead, clause.strip()


# A name in apposition to a body ("the operator, Kyklades Maritime,"; "the
# airline, Aerolinea Sur,") names that body: read as a person, the operator's
# statement was set against its chief executive's words as a misattribution.
_ORG_HEADS = """operator company firm carrier airline manufacturer maker insurer lender bank
    retailer developer contractor utility regulator union charity broadcaster supplier
    group conglomerate subsidiary owner-operator"""
_ORG_BEFORE = re.compile(rf"\b(?:{'|'.join(_ORG_HEADS.split())})[ \u00a0]*,[ \u00a0]*$")


# the legal forms that end a company's name
_COMPANY = re.compile(
    r"\s(?:SA|S\.A\.|Inc\.?|Ltd\.?|PLC|Plc|plc|Corp\.?|Co\.|AG|GmbH|LLC|NV|N\.V\.|"
    r"BV|SpA|S\.p\.A\.|AB|ASA|Oyj|SE|LP|LLP)$"
)


def _without_possessive(name: str) -> str:
    return name.rstrip(".").removesuffix("’s").removesuffix("'s").rstrip("’'")


def _looks_like_person(raw: str) -> bool:
    return bool(re.search(r"\b(?:Mr|Mrs|Ms|Dr|Miss|Prof|Sen|Rep|Gov)\.?\s", raw)) or bool(
        re.search(r"\b(?:spokes\w+|minister|president|official|chief|said)\b", raw, re.IGNORECASE)
    )


def _org_key(raw: str) -> str:
    """Organisations and descriptors: a key used only for exact agreement.
    Words with no capital ("a shop owner", "officials") are a descriptor."""
    s = raw.lower().replace(".", "")
    s = re.sub(r"\bunited nations\b", "un", s)
    s = re.sub(r"\bunited states\b", "us", s)
    s = re.sub(r"^(?:the|a|an)\s+", "", s)
    s = re.sub(
        r",?\s+(?:sa|inc|ltd|plc|corp|co|ag|gmbh|llc|nv|bv|spa|ab|asa|oyj|se|lp|llp)$", "", s
    )
    return ("org:" if names_something(raw) else "desc:") + " ".join(s.split())


# a stop right after the closing mark ends the quote's sentence: the next one's
# "She has not yet said who …" is no attribution (session 40, authored blackout)
_CLOSED_SENTENCE = re.compile(r"\.\s+[A-Z]")


def speaker_after(text: str, q_end: int, p_end: int, people: dict[str, str]) -> Speaker | None:
    tail_start = (
        # an opening mark typed for the closing one ('progress, “said Stefanski')
        q_end + 1 if q_end < len(text) and text[q_end] in CLOSE + OPEN + STRAIGHT + "’'" else q_end
    )
    tail = text[tail_start : min(p_end, tail_start + _TAIL_WINDOW)]
    if _CLOSED_SENTENCE.match(tail):  # '… as it should have". She has not yet said who …'
        return None
    m = _AFTER.match(tail)
    if not m:
        return None
    if m.group("pro"):
        s = tail_start + m.start("pro")
        return Speaker(m.group("pro"), s, s + len(m.group("pro")), "", "", True)
    for g in ("name5", "name1", "name3", "name4", "name2", "name6"):
        if m.group(g):
            raw = m.group(g)
            if raw.strip().lower() in PRONOUNS:
                s = tail_start + m.start(g)
                return Speaker(raw.strip(), s, s + len(raw.strip()), "", "", True)
            verb_after = g in ("name2", "name4")
            return make_speaker(raw, tail_start + m.start(g), people, verb_after=verb_after)
    return None


def speaker_before(text: str, p_start: int, q_start: int, people: dict[str, str]) -> Speaker | None:
    stop = max(q_start - 1, p_start)
    lo = max(p_start, stop - _HEAD_WINDOW)
    # Only the sentence that introduces the quote.
    cut = max(text.rfind(". ", lo, stop), text.rfind("? ", lo, stop), text.rfind("! ", lo, stop))
    base = cut + 2 if cut >= 0 else lo
    head = text[base:stop]
    if (m := _QUOTED_BEFORE.search(head)) is not None:
        return make_speaker(m.group("name5"), base + m.start("name5"), people)
    m = _BEFORE.search(head)
    if m and _PASSIVE.search(m.group("who")):
        return None  # "Residents were told:": told by someone the sentence does not name
    if m:
        raw = m.group("who")
        last = re.split(r"[\s,]+", raw.strip())[-1]  # "In a message to employees, he said:"
        if last.lower() in PRONOUNS and name_span(raw, verb_after=True) is None:
            s = base + m.start("who") + len(raw.rstrip()) - len(last)
            return Speaker(last, s, s + len(last), "", "", True)
        return make_speaker(raw, base + m.start("who"), people, verb_after=True)
    m = _ACCORDING.search(head)
    according = make_speaker(m.group("who"), base + m.start("who"), people) if m else None
    if according is not None and (according.is_person or according.is_outlet):
        return according
    framed = _frame(text, base, head, stop, people)
    if framed is None and according is None:
        return _colon(head, base, people) or _called(head, base, people)
    return framed if framed is not None and framed.key else according or framed


def _called(head: str, base: int, people: dict[str, str]) -> Speaker | None:
    """Who called something what the quotation says, when nothing else in its
    sentence credits it: 'Ruiz described the offer as "…"' (called.py)."""
    m = called_before(head, _WHO_BEFORE)
    if m is None or _CLAUSE_AFTER.search(m.group("who")):
        return None
    return make_speaker(m.group("who"), base + m.start("who"), people, verb_after=True)


# a subject ending in a conjunction of another clause: '…, but dismissed the …'
_CLAUSE_AFTER = re.compile(r"\b(?:but|yet|or|while|was|were|is|are|been|being)\s*$")


# A sentence that introduces the quotation with a colon and names who speaks
# first, without a speech verb: "Mayor Anna Berg was blunt:", "Berg's message
# to parents was simple:", "Mayor Anna Berg:" (session 33: no speaker).
_COLON = re.compile(rf"^\s*(?:(?:the|a|an)\s+)?(?:[a-z]+\s+){{0,3}}(?P<who>{NAME})")
# ... or after a capitalised modifier of the post: "Harbour chief Ola Dahl"
_COLON_AFTER_MODIFIER = re.compile(
    rf"^\s*(?:(?:the|a|an)\s+)?{NAME_WORD}\s+(?:[a-z]+\s+){{1,3}}(?P<who>{NAME})"
)
COLON_WORDS = 12
# How the person spoke, between the name and the colon: "was blunt", "put it
# plainly", "had a message for parents" — never "faced one question", "was asked".
_MANNER = re.compile(
    r"\s*(?:(?:was|is|were|remained|sounded)\s+(?:\w+\s+)?(?:blunt|clear|direct|frank"
    r"|emphatic|adamant|defiant|unequivocal|plain|firm|succinct|brief|candid|upbeat|optimistic"
    r"|cautious|unapologetic|confident|categorical|forthright|explicit)\b"
    r"|put it\b|(?:had|has|offered|sent|delivered|gave)\s+(?:a|an|one|his|her|their|this)\s+"
    r"(?:\w+\s+)?(?:message|warning|word|verdict|reply|response|answer|assessment|plea)\b"
    # what the person did, then a participle of speech: "…, saying:", "…, adding:"
    r"|[^:]*,\s*(?:saying|adding|writing|warning|explaining|noting|declaring|insisting)"
    r"(?:\s+\w+){0,2}\s*$)"
)
_SPEECH_NOUN = re.compile(
    r"\s+(?:\w+\s+)?(?:message|words|reply|response|answer|warning|advice|statement|verdict"
    r"|view|position|explanation|promise|plea|reaction|assessment|comment|comments)\b"
)


def _colon(head: str, base: int, people: dict[str, str]) -> Speaker | None:
    if not head.rstrip().endswith(":"):
        return None
    for pattern in (_COLON, _COLON_AFTER_MODIFIER):
        if (m := pattern.match(head)) is not None:
            rest = unapposed(head[m.end() :])
            limit = SUMMING_WORDS if sums_up(rest) else COLON_WORDS
            if len(head[: m.end()].split() + rest.split()) > limit:
                continue
            sp = _colon_speaker(head, base, m, people)
            if sp is not None:
                return sp
    return None


def _colon_speaker(
    head: str, base: int, m: re.Match[str], people: dict[str, str]
) -> Speaker | None:
    who = re.sub(r"['’]s?$", "", m.group("who"))  # "Berg's message was simple:"
    if who != m.group("who") and not _SPEECH_NOUN.match(head, m.end()):
        return None  # "Berg's critics were blunt:": not Berg's words
    rest = unapposed(head.rstrip()[:-1][m.end() :])
    if who == m.group("who") and rest.strip() and not (_MANNER.match(rest) or sums_up(rest)):
        return None  # "Berg faced one question:": words put to her, not hers
    sp = make_speaker(who, base + m.start("who"), people)
    return sp if sp is not None and sp.is_person else None


def _frame(text: str, base: int, head: str, stop: int, people: dict[str, str]) -> Speaker | None:
    """The speaker of the reporting frame the quote's sentence opens with."""
    # the frame is the clause the quote's sentence opens with, or the one after a
    # semicolon ('…; he first observed that the government had "no real interest"')
    at = base + head.rfind("; ") + 2 if "; " in head else base
    m = _FRAME.match(text, at, stop)
    return _framed(m.group("who"), m.start("who"), people) if m else None


# A speech verb in the passive: its subject is who was told or asked, not who spoke.
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be|get|gets|got)\s*$")


# The end of a frame's subject that credits nobody: a passive ("Residents were
# told that"), a negation ("He didn't say where, but wanted … "very soon"") or a
# conjunction after another clause ("He pointed to …, but stated that").
_NO_SPEAKER = re.compile(
    r"(?:\b(?:was|were|is|are|been|being|be|get|gets|got|not|never|but|and|yet|or|while)"
    r"|n['’]t)\s*$"
)


def _framed(raw: str, start: int, people: dict[str, str]) -> Speaker | None:
    """The speaker of a reporting frame: a pronoun left to the caller."""
    if _NO_SPEAKER.search(raw):
        return None
    if (m := re.search(r".*\bthat\s+", raw)) is not None:
        # "The New York Times reported that someone familiar with it said": the
        # subject of the speech verb is in the clause "that" opens
        raw, start = raw[m.end() :], start + m.end()
    words = raw.split()
    if words[0].lower() in PRONOUNS and all(w.islower() for w in words[1:]):
        # "he first observed that", "she later told reporters"
        return Speaker(words[0], start, start + len(words[0]), "", "", True)
    last = re.split(r"[\s,]+", raw.strip())[-1]
    if last.lower() in PRONOUNS and name_span(raw, verb_after=True) is None:
        s = start + len(raw.rstrip()) - len(last)
        return Speaker(last, s, s + len(last), "", "", True)
    return make_speaker(raw, start, people, verb_after=True)


def claim_source(sentence: str, offset: int, people: dict[str, str]) -> Speaker | None:
    """Who a reported-speech sentence credits: 'X said …', '…, according to X'.
    A person or organisation named as the source comes before an agency or an
    outlet that reported it ('…, Heller told Reuters, according to AP')."""
    found: list[Speaker] = []
    for m in _ACCORDING.finditer(sentence):
        sp = make_speaker(m.group("who"), offset + m.start("who"), people)
        if sp is not None:
            found.append(sp)
    pattern = rf"(?:^|,\s)({NAME}){AFFILIATION}(?:,[^,]{{2,60}},)?\s+(?:{SPEECH_VERBS})\b"
    for m in re.finditer(pattern, sentence):
        sp = make_speaker(m.group(1), offset + m.start(1), people)
        if sp is not None:
            found.append(sp)
    return next((sp for sp in found if not sp.is_outlet), found[0] if found else None)
