"""Direct quotes and who said them, and how two sources' quotes differ.

Quotes are found per paragraph because newsroom quotes cross sentence
boundaries; each quote knows its speaker, resolved through the article:
"he said" after "John Kirby, Pentagon spokesman, said" is Kirby, and a quote
paragraph with no attribution continues the previous speaker, as news style
does. "Pentagon spokesman John Kirby", "Mr Kirby" and "Kirby" share one key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from ...model import Comparison, Verdict

OPEN = "“«„"
CLOSE = "”»"
STRAIGHT = '"'

SPEECH_VERBS = (
    r"said|says|say|told|added|adds|explained|warned|wrote|stated|declared|insisted|"
    r"argued|noted|asked|replied|continued|claimed|admitted|tweeted|posted|announced|"
    r"remarked|recalled|conceded|acknowledged|confirmed|urged|cautioned|suggested|"
    r"observed|commented|told reporters|told the [A-Z][\w.]*"
)
PRONOUNS = {"he", "she", "they", "it", "we", "i"}
TITLES = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "president",
    "prime",
    "minister",
    "senator",
    "sen",
    "rep",
    "gov",
    "governor",
    "general",
    "gen",
    "col",
    "colonel",
    "capt",
    "captain",
    "lt",
    "sgt",
    "chief",
    "judge",
    "justice",
    "mayor",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "vice",
    "first",
    "deputy",
    "inspector",
    "detective",
    "officer",
    "commander",
    "director",
    "ceo",
    "chairman",
    "chairwoman",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "father",
    "rev",
    "st",
    "the",
    "a",
    "an",
    "former",
    "acting",
    "interim",
    "senior",
    "us",
    "u.s.",
}
# A name starts at the start of a word and its words are matched possessively:
# otherwise a long run of letters ("AbAbAb…") is rescanned from every capital.
_NAME_WORD = r"(?:(?<![a-zA-Z'’\-])[A-Z][a-zA-Z'’\-]++|[A-Z]\.)"
_NAME = rf"{_NAME_WORD}(?:\s++(?:(?:de|van|von|bin|al|da|del|la|le)\s+)?{_NAME_WORD}){{0,4}}"
# How far before / after a quote its attribution is looked for. Attributions
# are a few words; the caps keep the work per quote bounded on long paragraphs.
_HEAD_WINDOW = 600
_TAIL_WINDOW = 600


@dataclass(frozen=True)
class Speaker:
    """Who a quote or claim is credited to. ``key`` is comparable across articles."""

    text: str  # as written in this place ("he", "Mr Kirby")
    start: int  # offsets into the article text; -1 when inherited
    end: int
    name: str  # best full name known in the article ("John Kirby") or descriptor
    key: str  # surname in lower case, "" when unknown (pronoun with no antecedent)
    is_person: bool

    def to_json(self) -> dict:
        return {"text": self.text, "name": self.name, "key": self.key, "person": self.is_person}


@dataclass(frozen=True)
class QuoteMention:
    start: int  # first quote mark .. last quote mark (article offsets)
    end: int
    text: str
    parts: tuple[tuple[int, int], ...]  # spans of the quoted words, without marks
    words: str  # the quoted words, joined and normalised for comparison
    speaker: Speaker | None = field(default=None)

    @property
    def tokens(self) -> list[str]:
        return self.words.split()

    def to_json(self) -> dict:
        return {
            "quote": self.words,
            "speaker": self.speaker.to_json() if self.speaker else None,
            "parts": [list(p) for p in self.parts],
        }

    def display(self) -> str:
        who = self.speaker.name if self.speaker and self.speaker.name else "unattributed"
        words = self.words if len(self.words) <= 90 else self.words[:87] + "…"
        return f"“{words}” — {who}"


def normalise_words(s: str) -> str:
    s = s.replace("’", "'").replace("‘", "'").lower()
    s = re.sub(r"[^\w'\s]+", " ", s)
    s = re.sub(r"(?<!\w)'|'(?!\w)", " ", s)
    return " ".join(s.split())


def _marks(par: str) -> list[tuple[int, str]]:
    """Positions of double quote marks with their direction ('open'/'close')."""
    out = []
    for i, ch in enumerate(par):
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


def _single_marks(par: str) -> list[tuple[int, str]]:
    """Single quote marks used as quotation marks (British style), told apart
    from apostrophes: an opening mark starts a word after a space, a closing
    mark follows punctuation or a word and is not followed by a letter."""
    out = []
    for i, ch in enumerate(par):
        if ch not in "‘’'":
            continue
        before = par[i - 1] if i else " "
        after = par[i + 1] if i + 1 < len(par) else " "
        if ch in "‘'" and (before.isspace() or before in "([—–:") and after.isalpha():
            out.append((i, "open"))
        elif ch in "’'" and not after.isalnum() and before in ",.!?…;:-—":
            out.append((i, "close"))
    return out


def _raw_quotes(text: str, p_start: int, p_end: int) -> list[tuple[int, int]]:
    """(start, end) of quoted word spans inside one paragraph, marks excluded."""
    par = text[p_start:p_end]
    spans = []
    opened: int | None = None
    first = True
    marks = _marks(par)
    if not marks:
        single = _single_marks(par)
        # Only a clean open/close alternation counts; otherwise they are apostrophes.
        kinds = [k for _, k in single]
        if single and kinds == ["open", "close"] * (len(kinds) // 2) and len(kinds) % 2 == 0:
            marks = single
    for pos, kind in marks:
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
    if opened is not None:
        spans.append((opened, len(par.rstrip())))
    return [(p_start + s, p_start + e) for s, e in spans if e - s > 1]


_AFTER = re.compile(
    rf"^[\s,.!?…—–-]*(?:(?P<pro>he|she|they|I|we)\s+(?:{SPEECH_VERBS})"
    rf"|(?:{SPEECH_VERBS})\s+(?P<name1>(?:the\s+)?[^,.;:!?\"“”]{{2,80}}?)(?=[,.;:!?]|\s+(?:on|in|at|who|after|before|when|while|during|to)\b|$)"
    rf"|(?P<name3>{_NAME}),[^,.;:!?\"“”]{{2,80}},\s+(?:{SPEECH_VERBS})\b"
    rf"|(?P<name2>[^,.;:!?\"“”]{{2,90}}?)\s+(?:{SPEECH_VERBS})\b)",
)
_BEFORE = re.compile(
    rf"(?P<who>(?:[A-Z]|the\s|an?\s)[^\"“”.!?]{{1,90}}?)\s+(?:{SPEECH_VERBS})(?:\s+\w+){{0,3}}\s*[:,]?\s*$"
)
_ACCORDING = re.compile(r"according to\s+(?P<who>(?:the\s+)?[^,.;:!?\"“”]{2,80})")


def _name_run(s: str) -> str:
    """The person's name inside a description: 'Pentagon spokesman John Kirby'
    → 'John Kirby'; 'John Kirby, a Pentagon spokesman' → 'John Kirby'."""
    s = s.strip()
    head = s.split(",")[0].strip()
    runs = re.findall(_NAME, head)
    runs = [r for r in runs if r.lower().split()[0] not in ("the", "a", "an")] or runs
    if not runs:
        return ""
    # Prefer the last capitalised run that follows a lower-case word (the
    # name after its description), else the first run.
    best = runs[-1]
    words = [w for w in best.split() if w.lower().strip(".") not in TITLES]
    return " ".join(words)


def make_speaker(raw: str, start: int, people: dict[str, str]) -> Speaker | None:
    """Build a speaker from the words of an attribution; ``people`` maps a
    surname key to the fullest name seen so far in the article."""
    raw = raw.strip().strip(",")
    m = re.match(r"(?:[A-Z][a-z]+ly|However|Meanwhile|Also|Later|Earlier|But|And|Then),\s+", raw)
    if m:
        start += m.end()
        raw = raw[m.end() :]
    if not raw:
        return None
    low = raw.lower()
    if low in PRONOUNS:
        return None  # resolved by the caller
    name = _name_run(raw)
    if name and not re.fullmatch(r"(?:[A-Z]\.?)+", name):
        parts = name.split()
        # Organisations ("the Pentagon", "Reuters") are credited as such.
        org = low.startswith("the ") and len(parts) == 1 and parts[0] == raw.split()[-1]
        key = normalise_words(parts[-1])
        if org or (len(parts) == 1 and key not in people and not _looks_like_person(raw)):
            return Speaker(raw, start, start + len(raw), raw, _org_key(raw), False)
        full = people.get(key, "")
        if len(name.split()) > len(full.split()):
            people[key] = name
            full = name
        return Speaker(raw, start, start + len(raw), full or name, key, True)
    return Speaker(raw, start, start + len(raw), raw, _org_key(raw), False)


def _looks_like_person(raw: str) -> bool:
    return bool(re.search(r"\b(?:Mr|Mrs|Ms|Dr|Miss|Prof)\.?\s", raw)) or bool(
        re.search(r"\b(?:spokes\w+|minister|president|official|chief|said)\b", raw, re.IGNORECASE)
    )


def _org_key(raw: str) -> str:
    """Descriptors and organisations: a key used only for exact agreement."""
    s = raw.lower().replace(".", "")
    s = re.sub(r"\bunited nations\b", "un", s)
    s = re.sub(r"\bunited states\b", "us", s)
    s = re.sub(r"^(?:the|a|an)\s+", "", s)
    return "org:" + " ".join(s.split())


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def find_quotes(text: str) -> list[QuoteMention]:
    """Quotes of a whole article with resolved speakers (article offsets)."""
    people: dict[str, str] = {}
    last_person: Speaker | None = None
    prev_par_quote_speaker: Speaker | None = None
    out: list[QuoteMention] = []
    for p_start, p_end in _paragraph_spans(text):
        par_text = text[p_start:p_end]
        # Track people named as sources in plain sentences: "Mr Kirby said ..."
        raws = _raw_quotes(text, p_start, p_end)
        groups = _group_split_quotes(text, raws)
        par_speaker: Speaker | None = None
        par_quotes: list[QuoteMention] = []
        for group in groups:
            q_start, q_end = group[0][0], group[-1][1]
            speaker = None
            if len(group) > 1:  # '"…," she said, "…"': the attribution sits in the gap
                speaker = _speaker_after(text, group[0][1], group[1][0], people)
            if speaker is None:
                speaker = _speaker_after(text, q_end, p_end, people)
            if speaker is None:
                speaker = _speaker_before(text, p_start, q_start, people)
            if speaker is not None and speaker.key == "" and speaker.text.lower() in PRONOUNS:
                if last_person is not None:
                    speaker = Speaker(
                        speaker.text,
                        speaker.start,
                        speaker.end,
                        last_person.name,
                        last_person.key,
                        True,
                    )
                else:
                    speaker = None
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
            if q.speaker is None and par_speaker is not None:
                q = QuoteMention(q.start, q.end, q.text, q.parts, q.words, par_speaker)
            fixed.append(q)
        out.extend(fixed)
        prev_par_quote_speaker = par_speaker if par_quotes else None
        # A person named as a source outside quotes becomes the antecedent of "he".
        for m in re.finditer(rf"({_NAME})(?:,[^,]{{2,60}},)?\s+(?:{SPEECH_VERBS})\b", par_text):
            sp = make_speaker(m.group(1), p_start + m.start(1), people)
            if sp and sp.is_person:
                last_person = sp
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


def _speaker_after(text: str, q_end: int, p_end: int, people: dict[str, str]) -> Speaker | None:
    tail_start = (
        q_end + 1 if q_end < len(text) and text[q_end] in CLOSE + STRAIGHT + "’'" else q_end
    )
    tail = text[tail_start : min(p_end, tail_start + _TAIL_WINDOW)]
    m = _AFTER.match(tail)
    if not m:
        return None
    if m.group("pro"):
        s = tail_start + m.start("pro")
        return Speaker(m.group("pro"), s, s + len(m.group("pro")), "", "", True)
    for g in ("name1", "name3", "name2"):
        if m.group(g):
            raw = m.group(g)
            if raw.strip().lower() in PRONOUNS:
                s = tail_start + m.start(g)
                return Speaker(raw.strip(), s, s + len(raw.strip()), "", "", True)
            return make_speaker(raw, tail_start + m.start(g), people)
    return None


def _speaker_before(
    text: str, p_start: int, q_start: int, people: dict[str, str]
) -> Speaker | None:
    stop = max(q_start - 1, p_start)
    lo = max(p_start, stop - _HEAD_WINDOW)
    # Only the sentence that introduces the quote.
    cut = max(text.rfind(". ", lo, stop), text.rfind("? ", lo, stop), text.rfind("! ", lo, stop))
    base = cut + 2 if cut >= 0 else lo
    head = text[base:stop]
    m = _BEFORE.search(head)
    if m:
        raw = m.group("who")
        if raw.strip().lower() in PRONOUNS:
            s = base + m.start("who")
            return Speaker(raw.strip(), s, s + len(raw.strip()), "", "", True)
        return make_speaker(raw, base + m.start("who"), people)
    m = _ACCORDING.search(head)
    if m:
        return make_speaker(m.group("who"), base + m.start("who"), people)
    return None


def claim_source(sentence: str, offset: int, people: dict[str, str]) -> Speaker | None:
    """Who a reported-speech sentence credits: 'X said …', '…, according to X'."""
    m = _ACCORDING.search(sentence)
    if m:
        return make_speaker(m.group("who"), offset + m.start("who"), people)
    m = re.search(rf"(?:^|,\s)({_NAME})(?:,[^,]{{2,60}},)?\s+(?:{SPEECH_VERBS})\b", sentence)
    if m:
        return make_speaker(m.group(1), offset + m.start(1), people)
    return None


# --- comparison -----------------------------------------------------------------

MIN_WORDS = 4  # shorter quotes are scare quotes or phrases; only exact matches count
# Longer quotes are compared only for identity. The corpora's longest quote has
# 73 words; one of thousands is a stray mark running over prose, and aligning
# it word by word (SequenceMatcher, _is_sub) is quadratic in its length.
MAX_COMPARED_WORDS = 600


def match_quotes(a: QuoteMention, b: QuoteMention) -> float:
    """How likely a and b are the same quotation (0..1)."""
    ta, tb = a.tokens, b.tokens
    if not ta or not tb:
        return 0.0
    if a.words == b.words:
        return 1.0
    if max(len(ta), len(tb)) > MAX_COMPARED_WORDS:
        return 0.0
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if _is_sub(short, long_) >= 0 and len(short) >= 2 and len(short) >= len(long_) / 3:
        return 0.9  # one source quotes part of the other's quotation
    sm = SequenceMatcher(None, ta, tb, autojunk=False)
    longest = sm.find_longest_match(0, len(ta), 0, len(tb)).size
    # Same quotation, reworded: most words agree in order, and a run of
    # five or more words is shared verbatim.
    matched = sum(b.size for b in sm.get_matching_blocks())
    if longest >= 5 and matched >= 0.6 * len(short):
        return max(sm.ratio(), matched / len(short))
    if len(short) >= MIN_WORDS and matched >= 0.8 * len(short) and longest >= 3:
        return matched / len(long_)
    return 0.0


@dataclass(frozen=True)
class QuoteDiff:
    """How b's wording of a quote differs from a's."""

    verdict: Verdict
    kind: str  # "altered" | "truncated" | "extended" | "overlap"
    explanation: str
    a_span: tuple[int, int]
    b_span: tuple[int, int]
    a_norm: str
    b_norm: str


def _is_sub(small: list[str], big: list[str]) -> int:
    n = len(small)
    for i in range(len(big) - n + 1):
        if big[i : i + n] == small:
            return i
    return -1


def _short(words: list[str], n: int = 12) -> str:
    s = " ".join(words)
    return s if len(words) <= n else " ".join(words[:n]) + " …"


def _as_written(q: QuoteMention, t0: int, t1: int, fallback: list[str]) -> str:
    """Quote tokens t0..t1-1 as printed in the article (so an editor can search
    for them), falling back to the normalised words."""
    span = _token_span(q, t0, t1)
    if span is None:
        return " ".join(fallback)
    text = q.text[span[0] - q.start : span[1] - q.start]
    return " ".join(text.split()).strip(" ,;:.\"'“”‘’")


def _truncation(
    long_q: QuoteMention, short_q: QuoteMention, i: int, longer: str, shorter: str
) -> str:
    """Explain that ``short_q`` is ``long_q`` cut at one or both ends (found at ``i``)."""
    long, short = long_q.tokens, short_q.tokens
    n = len(short)
    if i == 0:
        where = "stops the quote after"
        anchor = _as_written(short_q, max(0, n - 4), n, short[-4:])
        omitted = _as_written(long_q, n, min(len(long), n + 12), long[n : n + 12])
        if len(long) > n + 12:
            omitted += " …"
    else:
        where = "quotes only part of it, from"
        anchor = _as_written(short_q, 0, min(4, n), short[:4])
        omitted = _short([*long[:i], "…", *long[i + n :]])
    return (
        f"{shorter} {where} '{anchor}'; {longer} goes on: '{omitted}' "
        f"({len(long) - n} more words). The shared wording matches — check that "
        "the cut does not change the meaning — unresolved"
    )


def compare_quotes(a: QuoteMention, b: QuoteMention, a_name: str, b_name: str) -> QuoteDiff | None:
    """None when the wording is the same; otherwise what changed, and where."""
    ta, tb = a.tokens, b.tokens
    if ta == tb:
        return None
    full_a = (a.start, a.end)
    full_b = (b.start, b.end)
    if max(len(ta), len(tb)) > MAX_COMPARED_WORDS:
        return QuoteDiff(
            Verdict.UNRESOLVED,
            "altered",
            f"{a_name} and {b_name} quote passages too long to compare word by word "
            f"({len(ta)} and {len(tb)} words) — unresolved",
            full_a,
            full_b,
            _short(ta, 20),
            _short(tb, 20),
        )
    if len(tb) < len(ta) and (i := _is_sub(tb, ta)) >= 0:
        explanation = _truncation(a, b, i, longer=a_name, shorter=b_name)
    elif len(ta) < len(tb) and (i := _is_sub(ta, tb)) >= 0:
        explanation = _truncation(b, a, i, longer=b_name, shorter=a_name)
    else:
        explanation = ""
    if explanation:
        return QuoteDiff(
            Verdict.UNRESOLVED,
            "truncated",
            explanation,
            full_a,
            full_b,
            _short(ta, 20),
            _short(tb, 20),
        )
    sm = SequenceMatcher(None, ta, tb, autojunk=False)
    blocks = sm.get_opcodes()
    changes = [op for op in blocks if op[0] != "equal"]
    # Changes only at the ends are a different cut of the same quote.
    inner = [
        op
        for op in changes
        if not (op[1] == 0 and op[3] == 0) and not (op[2] == len(ta) and op[4] == len(tb))
    ]
    if not inner and all(op[0] != "replace" for op in changes):
        return QuoteDiff(
            Verdict.UNRESOLVED,
            "overlap",
            f"{a_name} and {b_name} quote different portions of the same remark "
            f"('{_short(ta, 8)}' vs '{_short(tb, 8)}'); the shared wording matches — unresolved",
            full_a,
            full_b,
            _short(ta, 20),
            _short(tb, 20),
        )
    a_changed = " / ".join(" ".join(ta[i1:i2]) or "—" for _, i1, i2, _j1, _j2 in changes)
    b_changed = " / ".join(" ".join(tb[j1:j2]) or "—" for _, _i1, _i2, j1, j2 in changes)
    a_span = _token_span(a, changes[0][1], changes[-1][2]) or full_a
    b_span = _token_span(b, changes[0][3], changes[-1][4]) or full_b
    return QuoteDiff(
        Verdict.CONFLICT,
        "altered",
        f"Quote wording differs: {a_name} has '{a_changed}' where {b_name} has '{b_changed}' "
        f"({int(sm.ratio() * 100)}% of the words agree) — conflict",
        a_span,
        b_span,
        _short(ta, 20),
        _short(tb, 20),
    )


def _token_span(q: QuoteMention, t0: int, t1: int) -> tuple[int, int] | None:
    """Article offsets covering quote tokens t0..t1-1; None if empty."""
    if t1 <= t0:
        return None
    positions: list[tuple[int, int]] = []
    for s, e in q.parts:
        positions.extend(_word_offsets(q, s, e))
    if t1 > len(positions):
        return None
    return positions[t0][0], positions[t1 - 1][1]


def _word_offsets(q: QuoteMention, s: int, e: int) -> list[tuple[int, int]]:
    """One (start, end) per normalised token of the quoted text in s..e."""
    seg = q.text[s - q.start : e - q.start]
    out = []
    for m in re.finditer(r"[^\s]+", seg):
        for _ in normalise_words(m.group(0)).split():
            out.append((s + m.start(), s + m.end()))
    return out


def quote_comparison(diff: QuoteDiff) -> Comparison:
    return Comparison(diff.verdict, diff.explanation, diff.a_norm, diff.b_norm)
