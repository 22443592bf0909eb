"""Direct quotes and who said them, found over a whole article.

Quotes are found per paragraph because newsroom quotes cross sentence
boundaries; each quote knows its speaker, resolved through the article:
"he said" after "John Kirby, Pentagon spokesman, said" is Kirby, and a quote
paragraph with no attribution continues the previous speaker, as news style
does. "Pentagon spokesman John Kirby", "Mr Kirby" and "Kirby" share one key.
"""

from __future__ import annotations

import bisect
import itertools
import re

from ..lexicon import AMBIGUOUS_MONTHS, MONTHS
from .alone import FULL_NAME as _FULL_NAME
from .alone import speaking_alone
from .mention import CLOSE, OPEN, STRAIGHT, QuoteMention, Speaker, normalise_words
from .names import FUNCTION_WORDS, is_organisation, is_title, name_parts, plain
from .nearby import resolve_pronoun
from .posted import posted_person
from .posts import apposed_person, posted_names
from .runs import carry_over, join_runs
from .singles import alternating, single_marks, single_runs, woven_marks
from .speakers import (
    AFFILIATION,
    NAME,
    PRONOUNS,
    SPEECH_VERBS,
    make_speaker,
    speaker_after,
    speaker_before,
)

_MARK = re.compile(f"[{re.escape(OPEN + CLOSE + STRAIGHT)}]")


def _marks(par: str) -> list[tuple[int, str]]:
    """Positions of double quote marks with their direction ('open'/'close')."""
    out = []
    for m in _MARK.finditer(par):  # the marks only, not every character in Python
        i, ch = m.start(), m.group()
        if ch in OPEN:
            out.append((i, "open"))
        elif ch in CLOSE:
            out.append((i, "close"))
        elif ch == STRAIGHT:
            before = par[i - 1] if i else " "
            after = par[i + 1] if i + 1 < len(par) else " "
            if (before.isspace() or before in "([{—–-:;") and not after.isspace():
                out.append((i, "open"))
            else:
                out.append((i, "close"))
    return out


# "… the full protection of the law, the two men said in a statement." with
# the closing mark left out: the quote ends at the comma.
_TRAILING_CREDIT = re.compile(
    rf",\s+[^,\"“”]{{2,60}}?\s+(?:{SPEECH_VERBS})\b[^,\"“”]{{0,60}}[.!?]?\s*$"
)


# An opening mark typed where the closing one belongs: after the quote's
# last comma and before the attribution ('… wanted to progress, “said
# Stefanski.'; '… a Christmas party, “police said in a statement.'). It closes
# the quote: read as an opening, the attribution became quoted words.
_STRAY_CLOSE = re.compile(
    rf"[ \u00a0]?(?:(?:{SPEECH_VERBS})\b|[^,.\"“”\n]{{1,60}}?\s(?:{SPEECH_VERBS})\b)"
)


def _stray_close(par: str, pos: int) -> bool:
    """The opening mark at ``pos`` of a quote already open closes it."""
    return par[max(0, pos - 2) : pos].rstrip(" \u00a0").endswith(",") and bool(
        _STRAY_CLOSE.match(par, pos + 1)
    )


def _raw_quotes(text: str, p_start: int, p_end: int) -> list[tuple[int, int]]:
    """(start, end) of quoted word spans inside one paragraph, marks excluded."""
    par = text[p_start:p_end]
    spans = []
    opened: int | None = None
    first = True
    marks = _marks(par)
    if not marks:
        single = single_marks(par)
        # Only a clean open/close alternation counts, or marks closed after a word
        # one to one ("her 'party girl' reputation", singles.woven_marks); otherwise
        # they are apostrophes.
        marks = single if alternating(single) else woven_marks(par)
    for pos, kind in marks:
        if kind == "open" and opened is not None and _stray_close(par, pos):
            kind = "close"
        if kind == "open":
            if opened is None:
                opened = pos + 1
            first = False
        else:
            if opened is not None:
                spans.append((opened, pos))
                opened = None
            elif first:
                # A closing mark with no opening one: the quote began at the
                # start of the paragraph (a dropped opening mark).
                lead = len(par) - len(par.lstrip())
                spans.append((lead, pos))
            first = False
    if opened is not None:  # no closing mark: the attribution may trail the words
        end = len(par.rstrip())
        trail = _TRAILING_CREDIT.search(par, opened, end)
        spans.append((opened, trail.start() if trail else end))
    return [(p_start + s, p_start + e) for s, e in spans if e - s > 1]


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def find_quotes(text: str) -> list[QuoteMention]:
    """Quotes of a whole article with resolved speakers (article offsets)."""
    people = _titled_people(text)
    last_person: Speaker | None = None
    prev_par_quote_speaker: Speaker | None = None
    out: list[QuoteMention] = []
    mentioned: list[tuple[int, str]] = []  # (offset, surname key) of people named so far
    pars = _paragraph_spans(text)
    raws = single_runs(text, pars, [_raw_quotes(text, s, e) for s, e in pars])
    quoted = carry_over(text, pars, raws)
    for (p_start, p_end), raws in zip(pars, quoted, strict=True):
        par_text = text[p_start:p_end]
        # Track people named as sources in plain sentences: "Mr Kirby said ..."
        groups = _group_split_quotes(text, raws)
        par_speaker: Speaker | None = None
        par_quotes: list[QuoteMention] = []
        named_here = _named_sources(par_text, p_start, people)
        named_ends = [sp.end for sp in named_here]  # in text order: found left to right
        mentioned += _mentions(text, p_start, p_end, raws, people)
        for group in groups:
            q_start, q_end = group[0][0], group[-1][1]
            # "he" / "she" is the nearest person named before the quote.
            k = bisect.bisect_right(named_ends, q_start)
            nearest = _nearest(named_here[k - 1] if k else last_person, mentioned, q_start, people)
            speaker = None
            if len(group) > 1:  # '"…," she said, "…"': the attribution sits in the gap
                speaker = speaker_after(text, group[0][1], group[1][0], people)
            if speaker is None:
                speaker = _credited(text, (p_start, p_end), (q_start, q_end), people)
            if speaker is not None and speaker.key == "" and speaker.text.lower() in PRONOUNS:
                speaker = resolve_pronoun(text, speaker, nearest, q_start, people)
            speaker = _joint(text, apposed_person(text, speaker))
            speaker = posted_person(text, speaker, q_start, people)
            if speaker is not None and speaker.is_person:
                last_person = speaker
            par_quotes.append(_make_quote(text, group, speaker))
            par_speaker = speaker or par_speaker
        if par_quotes and par_speaker is None and prev_par_quote_speaker is not None:
            par_speaker = Speaker(
                "",
                -1,
                -1,
                prev_par_quote_speaker.name,
                prev_par_quote_speaker.key,
                prev_par_quote_speaker.is_person,
            )
        fixed = []
        for q in par_quotes:
            if q.speaker is None and (source := _source_before(named_here, q.start, par_speaker)):
                q = QuoteMention(q.start, q.end, q.text, q.parts, q.words, source)
            fixed.append(q)
        out.extend(fixed)
        prev_par_quote_speaker = par_speaker if par_quotes else None
        # A person named as a source outside quotes becomes the antecedent of "he".
        if named_here and (last_person is None or named_here[-1].end > last_person.end):
            last_person = named_here[-1]
    return join_runs(text, _run_on_speakers(text, out))


# The quote's sentence ends at its closing mark: a stop outside the marks
# ('said it was "too early to say". A spokesman for …'), or one inside them
# followed by a new sentence ('"… every home." The mayor …').
_MARK_AFTER = f"[{re.escape(CLOSE + STRAIGHT)}’']"
_STOP_OUTSIDE = re.compile(rf"{_MARK_AFTER}?[ \u00a0]*[.!?]")
_STOP_INSIDE = re.compile(rf"[.!?]{_MARK_AFTER}\s+[A-Z]")


def _sentence_ends(text: str, q_end: int) -> bool:
    return bool(_STOP_OUTSIDE.match(text, q_end) or _STOP_INSIDE.match(text, q_end - 1))


def _credited(
    text: str, par: tuple[int, int], quote: tuple[int, int], people: dict[str, str]
) -> Speaker | None:
    """Who the attribution after the quote names, else the one before it; but
    a quote woven into a reporting frame whose sentence ends at the closing
    mark is the frame's speaker's, not the next sentence's subject ('Adrian
    Colfax … said it was "too early to say". A spokesman for … said …')."""
    (p_start, p_end), (q_start, q_end) = par, quote
    after = speaker_after(text, q_end, p_end, people)
    if after is not None and not _sentence_ends(text, q_end):
        return after
    before = speaker_before(text, p_start, q_start, people)
    return before if before is not None else after


_NAME_WORDS = r"(?:[A-Z][\w'’.-]*[ \u00a0]+){0,2}[A-Z][\w'’.-]*"
_JOINED_AFTER = re.compile(rf"[ \u00a0]*(?:,[ \u00a0]*)?(?:and|&)[ \u00a0]+{_NAME_WORDS}")
_JOINED_BEFORE = re.compile(rf"{_NAME_WORDS}[ \u00a0]+(?:and|&)[ \u00a0]+$")


def _joint(text: str, speaker: Speaker | None) -> Speaker | None:
    """A speaker named with another ("said Zadan and Meron jointly", "Zadan and
    Meron added:"): the words are both people's, so the speaker's span covers
    both names (``match.speakers_differ`` never sets one of them against the
    other; a fresh reader found "Zadan" vs "Meron" called a misattribution)."""
    if speaker is None or speaker.start < 0:
        return speaker
    start, end = speaker.start, speaker.end
    if m := _JOINED_AFTER.match(text, end):
        end = m.end()
    elif m := _JOINED_BEFORE.search(text, max(0, start - 60), start):
        start = m.start()
    else:
        return speaker
    return Speaker(text[start:end], start, end, speaker.name, speaker.key, speaker.is_person)


def _run_on_speakers(text: str, quotes: list[QuoteMention]) -> list[QuoteMention]:
    """A quote left open at the end of its paragraph goes on in the next one,
    whose attribution names its speaker ('"For three decades, the Act has …' /
    'We should be looking …," Obama said.'): that speaker, not one carried over
    from the paragraph before (a trial's '"I am so excited …' / '… the
    charm," said DeGeneres' was credited to the producers quoted above)."""
    out = list(quotes)
    for i in range(len(out) - 2, -1, -1):
        q, nxt = out[i], out[i + 1]
        closed = q.text.rstrip()[-1:] in CLOSE + STRAIGHT
        sp = nxt.speaker
        between = text[q.end : nxt.start].strip(" \n" + OPEN + STRAIGHT)
        guessed = q.speaker is None or q.speaker.start < 0
        if guessed and sp is not None and not closed and not between:
            inherited = Speaker("", -1, -1, sp.name, sp.key, sp.is_person)
            out[i] = QuoteMention(q.start, q.end, q.text, q.parts, q.words, inherited)
    return out


# Titles that only ever stand before a person ("General Motors" is a company).
_HONORIFIC_TEXT = """Mr Mrs Ms Miss Dr Prof President Senator Sen Rep Gov Governor Mayor Judge
    Justice Secretary Minister Chancellor Premier King Queen Prince Princess Pope Sheriff
    Officer Detective Lt Sgt Capt Captain Col Colonel"""
_TITLED = re.compile(rf"\b(?:{'|'.join(_HONORIFIC_TEXT.split())})\b\.?\s+({NAME})")
# A post written with a hyphen, each part a title ("Secretary-General António
# Guterres", "Attorney-General", "Vice-President"): read as one word, it was no
# honorific, and "Guterres said" was read as an organisation.
_POSTED = re.compile(rf"(?<![\w-])([A-Z][a-z]+(?:-[A-Za-z]+)+)\s+({NAME})")
_CAPITALISED = re.compile(r"[A-ZÀ-Þ][\w'’\-]+")


def _titled_people(text: str) -> dict[str, str]:
    """People the article names under a title or an honorific ("President
    Obama", "Mr Kirby"): their surname alone ("Obama said") is then a person,
    not an organisation."""
    people: dict[str, str] = {}
    titled = [m.group(1) for m in _TITLED.finditer(text)]
    titled += [m.group(2) for m in _POSTED.finditer(text) if is_title(m.group(1))]
    for name in titled:
        words = name.split()
        cut = max((i + 1 for i, w in enumerate(words[:-1]) if is_title(w)), default=0)
        if is_title(words[-1]) or is_organisation(words[-1]):
            continue  # "General Motors", "Secretary General"
        _add_person(people, " ".join(words[cut:]))
    in_full = []
    for m in _IN_FULL.finditer(text):
        words = m.group("name").split()
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if not m.group("age") and _not_a_descriptor(before and before.group(1)):
            continue
        if not any(is_title(w) or is_organisation(w) or _not_a_name(w) for w in words):
            in_full.append(words)
    in_full += posted_names(text)  # "Police Chief Tom Walsh", "Tom Walsh, the police chief,"
    alone = speaking_alone(text, {words[-1] for words in in_full})
    for words in in_full:
        if words[-1] in alone:
            _add_person(people, " ".join(words))
    return people


def _add_person(people: dict[str, str], name: str) -> None:
    name = re.sub(r"['’]s?$", "", name)  # "Judge Aileen Ford's warning"
    surname = name_parts(name)[1]
    if surname and len(name.split()) > len(people.get(surname, "").split()):
        people[surname] = name


# A person named in full in the story, not under a title: given name and
# surname after a descriptor ("prosecutor Seth Goldman", "a woman named Unique
# Armstead") or before an age ("Andrew Lopez, 20,"). Their surname alone
# ("Armstead said") is then that person, as "Mrs Armstead" makes it: read as an
# organisation, one source's "Armstead said" was never set against another's
# "said Unique Armstead" (nor against another person credited with the words).
_WORD_BEFORE = re.compile(r"\b([a-z]+)[ \u00a0]+$")
_IN_FULL = re.compile(
    rf"(?<![\w'’-])(?P<name>{_FULL_NAME}(?:[ \u00a0]+{_FULL_NAME}){{1,2}})"
    rf"(?![\w'’-]|[ \u00a0]+[A-Z])"
    rf"(?P<age>,[ \u00a0]*\d{{1,3}}\b(?![,.]?\d))?"
)


def _not_a_name(word: str) -> bool:
    """A month, a weekday or a function word ("Tuesday Andrew Lopez"); "June"
    and "May" may be names."""
    key = plain(word)
    return (key in MONTHS and key not in AMBIGUOUS_MONTHS) or key in FUNCTION_WORDS


def _not_a_descriptor(word: str | None) -> bool:
    """No word before the name, or a function word ("in New York", "the San
    Diego Chargers"): nothing says the capitalised words are a person."""
    return word is None or word in FUNCTION_WORDS


def _mentions(
    text: str, p_start: int, p_end: int, quotes: list[tuple[int, int]], people: dict[str, str]
) -> list[tuple[int, str]]:
    """Where a paragraph names, outside quotation marks, a person already
    known as a source ("Obama also helped celebrate …"), by surname key."""
    out = []
    # whether a place is inside a quote, by bisection: a one-line article is one
    # paragraph with every quote in it (session 25: a 5 MB article took minutes)
    spans = sorted(quotes)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))  # furthest end so far
    for m in _CAPITALISED.finditer(text, p_start, p_end):
        key = m.group(0).lower()
        if key not in people:
            key = plain(key)
            if key not in people:
                continue
        pos = m.start()
        k = bisect.bisect_right(starts, pos)
        if not (k and reach[k - 1] > pos):
            out.append((pos, key))
    return out


def _nearest(
    source: Speaker | None, mentioned: list[tuple[int, str]], q_start: int, people: dict[str, str]
) -> Speaker | None:
    """The person "he" or "she" before ``q_start`` refers to: the last named
    source, unless another known person is named after it."""
    since = source.start if source is not None else -1
    # The latest mention before the quote (mentions are in text order; a few
    # from the end suffice, and keep long articles linear).
    latest = next(((p, k) for p, k in reversed(mentioned[-50:]) if p < q_start), None)
    if latest is None or latest[0] <= since or (source is not None and latest[1] == source.key):
        return source
    pos, key = latest
    name = people[key]
    return Speaker(name, pos, pos + len(key), name, key, True)


# A person named as a source: the name, where they work, and up to three
# clauses saying who they are ("Helen Ashdown, chief inspector of the Rail
# Accident Investigation Branch, an independent body, said …").
_SOURCE = re.compile(
    rf"({NAME}){AFFILIATION}(?:(?:,[^,\"“”.!?]{{2,140}}){{1,3}},)?\s+(?:{SPEECH_VERBS})\b"
)


def _source_before(
    named: list[Speaker], q_start: int, par_speaker: Speaker | None
) -> Speaker | None:
    """Whose a quote with no attribution of its own is: the source its paragraph
    credits before it, else the source it names before it ("María Guamán, 68,
    …, said she was woken by a roar. "The whole house jumped …""), else the
    speaker carried over from the paragraph before. Either way a reading, not a credit: it never
    sets the quote against another source's speaker (start -1)."""
    if par_speaker is not None and par_speaker.start >= 0:
        return par_speaker  # credited in this paragraph
    before = [sp for sp in named if sp.end <= q_start]
    if not before:
        return par_speaker
    sp = before[-1]
    return Speaker("", -1, -1, sp.name, sp.key, sp.is_person)


def _named_sources(par: str, p_start: int, people: dict[str, str]) -> list[Speaker]:
    """People named as a source in a paragraph ("Mr Kirby said …"), in order."""
    out = []
    for name in re.finditer(NAME, par):  # at each name: a match may not swallow the next
        if (m := _SOURCE.match(par, name.start())) is None:
            continue
        sp = make_speaker(m.group(1), p_start + m.start(1), people)
        if sp and sp.is_person:
            out.append(sp)
    return out


def _group_split_quotes(text: str, raws: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Join '"We will rebuild," she said, "and quickly."' into one quote."""
    groups: list[list[tuple[int, int]]] = []
    for span in raws:
        if groups:
            gap = text[groups[-1][-1][1] : span[0]]
            prev_words = text[groups[-1][-1][0] : groups[-1][-1][1]].rstrip()
            if (
                len(gap) < 120
                and re.search(rf"\b(?:{SPEECH_VERBS})\b", gap)
                and prev_words.endswith(",")
                and gap.rstrip().rstrip('"“”').rstrip().endswith((",", ":"))
                and span[0] < len(text)
                and text[span[0]].islower()
            ):
                groups[-1].append(span)
                continue
        groups.append([span])
    return groups


def _make_quote(text: str, group: list[tuple[int, int]], speaker: Speaker | None) -> QuoteMention:
    # The marks around the words when they are there; a quote whose opening mark
    # was dropped at the start of the text (or whose closing one is missing at
    # its end) starts (ends) at its words.
    start, end = group[0][0], group[-1][1]
    if start > 0 and text[start - 1] in OPEN + CLOSE + STRAIGHT + "‘'":
        start -= 1
    if end < len(text) and text[end] in OPEN + CLOSE + STRAIGHT + "’'":
        end += 1
    words = normalise_words(" ".join(text[s:e] for s, e in group))
    return QuoteMention(start, end, text[start:end], tuple(group), words, speaker)
