"""Whether "he" or "she" before a quote's attribution surely means the person
it was resolved to, so the quote can be set against another source's speaker.

A pronoun resolved to the last person named is a guess (a fresh trial met
"…the charm," said DeGeneres credited to the producer quoted the paragraph
before), so a misattribution never rested on one. An editor reads it surely
when the sentence right before the quote names that person and nobody else
after them: "Priya Nandakumar, an analyst at Kestrel Securities, said the
bigger risk was to trade. "The fines are manageable …," she said." — not when
that sentence names someone else ("The head of civil protection, Paolo
Dellera, said …" before a "he" resolved to the regional president).
"""

from __future__ import annotations

import re

from .mention import OPEN, STRAIGHT, Speaker
from .names import FUNCTION_WORDS, is_organisation, is_title, plain
from .speakers import PRONOUNS, SPEECH_RE, make_speaker, may_follow_a_name

# The sentence before a place: back to the previous sentence's stop (a stop, a
# closing mark after it, then space) or the start of the window.
_STOP = re.compile(r"[.!?][\"”’')]*\s+")
_CAPS = re.compile(
    r"[A-ZÀ-Þ][\w'’\-]+(?:\s+(?:(?:van|von|de|da|del|der|den|la|le|du|bin|al)\s+)?"
    r"[A-ZÀ-Þ][\w'’\-]+)+"
)
REACH = 400  # characters looked back for that sentence


def sentence_before(text: str, at: int) -> tuple[int, str]:
    """(start, words) of the sentence that ends right before offset ``at``."""
    window_start = max(0, at - REACH)
    window = text[window_start:at].rstrip(" \n\t" + OPEN + STRAIGHT + "‘'")
    stops = [m.end() for m in _STOP.finditer(window)]
    start = stops[-1] if stops else 0
    return window_start + start, window[start:]


def _names(sentence: str) -> list[tuple[int, str]]:
    """Runs of two or more capitalised words, titles and function words left
    out, that may be a person's name (organisations left out)."""
    out = []
    for m in _CAPS.finditer(sentence):
        if re.match(r"['’]s?\b", sentence[m.end() :]) or m.group(0).endswith(("'s", "’s")):
            continue  # "Marlowe Hart's chief executive": an owner, not who acts
        words = m.group(0).split()
        # the name after its post: "Police Chief Tom Walsh" is Tom Walsh (the
        # words before the last title are the post's, not the name's)
        last = max((i for i, w in enumerate(words[:-1]) if is_title(w)), default=-1)
        titled = last >= 0 and plain(words[last]) in _HONORIFICS
        words = [w for w in words[last + 1 :] if plain(w) not in FUNCTION_WORDS]
        # "Mr Erlendsen said." names one person by the surname the story gave
        # him (session 40, authored volcano D9: '"…," Mr Erlendsen said. "No
        # house is worth a life," he added' was never set against Solheim)
        enough = len(words) >= 2 or (titled and len(words) == 1)
        if enough and not any(is_organisation(w) for w in words):
            out.append((m.start(), " ".join(words)))
    return out


# Courtesy titles before a surname alone: the person the story named in full.
_HONORIFICS = frozenset(("mr", "mrs", "ms", "miss", "dr"))


def _acting(sentence: str, names: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The names of a sentence credited with speech in it ("The head of civil
    protection, Paolo Dellera, said …"): none when it opens with a pronoun ("She
    praised Mr Doherty and a neighbour, Graham Whitley": the person is further
    back). A person only named ("Council leader Tom Baker spoke first.") may
    not be who "she" is (a fresh trial, session 14)."""
    first = sentence.split()[:1]
    if not first or first[0].lower() in PRONOUNS:
        return []
    return [
        (pos, name)
        for pos, name in names
        if SPEECH_RE.search(sentence, pos + len(name)) or _ADDRESSING.search(sentence, pos)
    ]


# A sentence telling the person spoke to an audience, without quoting them
# ("Mayor Anna Berg spoke to reporters at the town hall.", "Police Chief Tom
# Walsh addressed residents."): "he added" after it is that person (session 33:
# the quote had no speaker, or one too loose to set against another source's).
# Not "spoke first" (session 14's trial: "she added" after "Council leader Tom
# Baker spoke first." was another person's words).
_ADDRESSING = re.compile(
    r"\b(?:(?:spoke|speaks|speaking)[ \u00a0]+(?:to|at|with|on|outside|before)\b"
    r"|addressed|addresses|addressing|briefed|briefs|briefing"
    r"|gave a (?:speech|statement|briefing|press conference|news conference))"
)


def named_just_before(text: str, q_start: int, surname: str) -> bool:
    """The sentence right before ``q_start`` (the quote, or the pronoun when it
    comes first) names the person whose surname key is ``surname``, and nobody
    else."""
    if not surname:
        return False
    _start, sentence = sentence_before(text, q_start)
    names = _names(sentence)
    named = [set(map(plain, name.split())) for _pos, name in names]
    return bool(_acting(sentence, names)) and all(surname in words for words in named)


def _only_name_before(text: str, q_start: int, people: dict[str, str]) -> Speaker | None:
    """The one person the sentence right before the quote names, when it names
    exactly one and credits them with speech ("Rescue chief Tomas Herrera said
    the teams were close.", "…, Paolo Dellera, said several of the victims …")."""
    start, sentence = sentence_before(text, q_start)
    names = _names(sentence)
    if len(names) != 1 or not _acting(sentence, names):
        return None
    pos, name = names[0]
    at = start + sentence.index(name) if name in sentence else start + pos
    sp = make_speaker(name, at, people)
    return sp if sp is not None and sp.is_person else None


def _one_named_before(text: str, q_start: int, people: dict[str, str]) -> Speaker | None:
    """The one person the sentence right before the quote opens with, whether or
    not it credits them with speech ("Anna Ruiz toured the site on Monday. "…,"
    she said."; "Catherine Ellery, the chief executive, apologised."): who "she"
    reads as, though too loosely to set against another source's speaker
    (``near`` stays False)."""
    start, sentence = sentence_before(text, q_start)
    first = sentence.split()[:1]
    if not first or first[0].lower() in PRONOUNS:
        return None  # "She praised Mr Doherty": the person is further back
    named = [(pos, name) for pos, name in _names(sentence) if not _place_or_time(name)]
    if not named and (owner := _words_owner(sentence)) is not None:
        # "Yet Commissioner Irena Valdt's own assessment was more cautious. She said …"
        pos, name = owner
        sp = make_speaker(name, start + pos, dict(people))
        return sp if sp is not None and sp.is_person else None
    if not named:
        # a surname alone the story has introduced: "Brankov, 63, conceded defeat."
        key = plain(first[0].rstrip(","))
        lead = len(sentence) - len(sentence.lstrip())
        if key in people:
            return make_speaker(people[key], start + lead, dict(people))
        return None
    if len(named) != 1 or not _opens(sentence, named[0][0]) or _modifies(sentence, named[0][0]):
        return None
    pos, name = named[0]
    sp = make_speaker(name, start + pos, dict(people))
    return sp if sp is not None and sp.is_person else None


# A sentence opening on a person's words: "Yet Commissioner Irena Valdt's own
# assessment was more cautious", "Mayor Ana Ruiz's reply was blunt" (session 40,
# authored police raids: the "she" quoted next was credited to nobody).
_WORDS_OWNER = re.compile(
    r"\s*(?:(?:Yet|But|And|So|Still|However),?\s+)?(?P<run>" + _CAPS.pattern + r")['’]s\s+"
    r"(?:own\s+|first\s+|latest\s+)?(?:assessment|view|account|message|words|statement|warning"
    r"|verdict|position|reply|response|answer|explanation|comments?|remarks?|reaction|tone)\b"
)


def _words_owner(sentence: str) -> tuple[int, str] | None:
    """(where, name) of the person whose words the sentence opens on, their post
    left out ("Commissioner Irena Valdt's own assessment" is Irena Valdt's)."""
    m = _WORDS_OWNER.match(sentence)
    if m is None:
        return None
    words = m.group("run").split()
    last = max((i for i, w in enumerate(words[:-1]) if is_title(w)), default=-1)
    name = [w for w in words[last + 1 :] if plain(w) not in FUNCTION_WORDS]
    if len(name) < 2 or any(is_organisation(w) for w in name):
        return None
    joined = " ".join(name)
    return sentence.index(joined, m.start("run")), joined


def _opens(sentence: str, pos: int) -> bool:
    """The name at ``pos`` is who the sentence is about: a few words of
    description or a title at most before it ("Chief executive Anna Ruiz
    toured …", "Green-Liberal leader Ana Petrescu-Vorn, speaking …"), not
    someone a verb acted on ("The blast killed John Smith") or a thing named
    further on ("Jobs announced … the App Store")."""
    words = sentence[:pos].split()
    return len(words) <= 4 and all(
        (w.islower() and not w.endswith("ed")) or is_title(w) or (i == 0 and w[:1].isupper())
        for i, w in enumerate(words)
    )


def _modifies(sentence: str, pos: int) -> bool:
    """The capitalised words at ``pos`` qualify the noun after them ("Current
    PowerPC programs can be run …"): no person."""
    m = _CAPS.match(sentence, pos)
    after = sentence[m.end() :].split()[:1] if m else []
    return bool(m and after and after[0][:1].islower()) and not may_follow_a_name(
        m.group(0), after[0]
    )


# The last word of capitalised words that name a place, never a person.
_PLACE_TEXT = "road street avenue lane square drive boulevard bridge park station airport river"
_PLACE_ENDS = frozenset(_PLACE_TEXT.split())


def _place_or_time(name: str) -> bool:
    """Capitalised words that are no person: "New York", "Ridgeback Road"."""
    words = name.split()
    return (
        any(plain(w) in FUNCTION_WORDS for w in words)
        or not name[:1].isupper()
        or plain(words[-1]) in _PLACE_ENDS
    )


def resolve_pronoun(
    text: str, pronoun: Speaker, nearest: Speaker | None, q_start: int, people: dict[str, str]
) -> Speaker | None:
    """Who "he" or "she" crediting the quote at ``q_start`` is: the person it
    was resolved to (``nearest``), marked ``near`` when the sentence right
    before names them last; without one, the one person that sentence names.
    None for other pronouns ("they", "we") or nobody to resolve to."""
    if pronoun.text.lower() not in ("he", "she"):
        return None
    q_start = min(q_start, pronoun.start)  # 'She said Marlowe Hart had "rebuilt …"'
    found = _only_name_before(text, q_start, people)
    if nearest is None and found is None:
        named = _one_named_before(text, q_start, people)
        if named is None:
            return None
        return Speaker(pronoun.text, pronoun.start, pronoun.end, named.name, named.key, True)
    if nearest is None:
        assert found is not None
        return Speaker(
            pronoun.text, pronoun.start, pronoun.end, found.name, found.key, True, near=True
        )
    near = named_just_before(text, q_start, nearest.key)
    if not near and found is not None:
        # the sentence before names another source: "The head of civil protection,
        # Paolo Dellera, said … "Nobody should …," he told reporters."
        return Speaker(
            pronoun.text, pronoun.start, pronoun.end, found.name, found.key, True, near=True
        )
    if not near and (named := _one_named_before(text, q_start, people)) is not None:
        # the sentence before opens with another person than the last source:
        # "Catherine Ellery, the chief executive, apologised. "We accept …," she said."
        return Speaker(pronoun.text, pronoun.start, pronoun.end, named.name, named.key, True)
    return Speaker(
        pronoun.text, pronoun.start, pronoun.end, nearest.name, nearest.key, True, near=near
    )
