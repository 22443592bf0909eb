"""Who said a quote: the speaker named after or before it, resolved through
the article ("he said" after "John Kirby, Pentagon spokesman, said" is Kirby;
"Pentagon spokesman John Kirby", "Mr Kirby" and "Kirby" share one key)."""

from __future__ import annotations

import re

from .mention import CLOSE, STRAIGHT, Speaker, normalise_words

SPEECH_VERBS = (
    r"said|says|say|told|added|adds|explained|warned|wrote|stated|declared|insisted|"
    r"argued|noted|asked|replied|continued|claimed|admitted|tweeted|posted|announced|"
    r"remarked|recalled|conceded|acknowledged|confirmed|urged|cautioned|suggested|"
    r"observed|commented|told reporters|told the [A-Z][\w.]*"
)
# A sentence that reports speech: someone is credited with what it quotes.
SPEECH_RE = re.compile(rf"\b(?:{SPEECH_VERBS}|according to)\b")
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
# After the first word a bare initial counts too ("Robert J Pickell"), and a
# title with a place ("Genesee County Sheriff Robert J. Pickell") is six words.
NAME_WORD = r"(?:(?<![a-zA-Z'’\-])[A-Z][a-zA-Z'’\-]++|[A-Z]\.)"
_LATER_WORD = rf"(?:{NAME_WORD}|[A-Z](?![\w'’\-]))"
NAME = rf"{NAME_WORD}(?:\s++(?:(?:de|van|von|bin|al|da|del|la|le)\s+)?{_LATER_WORD}){{0,6}}"
# How far before / after a quote its attribution is looked for. Attributions
# are a few words; the caps keep the work per quote bounded on long paragraphs.
_HEAD_WINDOW = 600
_TAIL_WINDOW = 600
_AFTER = re.compile(
    rf"^[\s,.!?…—–-]*(?:(?P<pro>he|she|they|I|we)\s+(?:{SPEECH_VERBS})"
    rf"|(?:{SPEECH_VERBS})\s+(?P<name1>(?:the\s+)?[^,.;:!?\"“”]{{2,80}}?)(?=[,.;:!?]|\s+(?:on|in|at|who|after|before|when|while|during|to)\b|$)"
    rf"|(?P<name3>{NAME}),[^,.;:!?\"“”]{{2,80}},\s+(?:{SPEECH_VERBS})\b"
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
    runs = re.findall(NAME, head)
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


def speaker_after(text: str, q_end: int, p_end: int, people: dict[str, str]) -> Speaker | None:
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


def speaker_before(text: str, p_start: int, q_start: int, people: dict[str, str]) -> Speaker | None:
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
    m = re.search(rf"(?:^|,\s)({NAME})(?:,[^,]{{2,60}},)?\s+(?:{SPEECH_VERBS})\b", sentence)
    if m:
        return make_speaker(m.group(1), offset + m.start(1), people)
    return None
