"""The surnames credited with words on their own, read with patterns compiled
once (facts/quote/alone.py, issue 14), find what the one pattern an article
found: the same set on every text, the texts written here to reach each way
the pattern could give way, and real articles."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from workbench.facts.quote.alone import FULL_NAME, speaking_alone
from workbench.facts.quote.find import _titled_people, find_quotes
from workbench.facts.quote.speakers import SPEECH_VERBS

ROOT = Path(__file__).resolve().parent.parent
ECBPLUS = ROOT.parent / "shared" / "eval" / "ecbplus_dev"


def one_pattern(text: str, surnames: set[str]) -> set[str]:
    """The version before session 41: one pattern an article, compiled anew."""
    if not surnames:
        return set()
    names = "|".join(re.escape(s) for s in sorted(surnames))
    alone = re.compile(
        rf"(?<![\w'’-])(?P<who>{names})(?:[ \u00a0]+[a-z]+ly)?[ \u00a0]+(?:{SPEECH_VERBS})\b"
        rf"|\b(?:{SPEECH_VERBS})[ \u00a0]+(?:{FULL_NAME}[ \u00a0]+)?(?P<who2>{names})\b"
    )
    return {m.group("who") or m.group("who2") for m in alone.finditer(text)}


# surnames that start one another, hold a hyphen, an apostrophe, a full stop
# or a character the pattern had to escape, or are also common words
SURNAMES = [
    "Abe", "Abel", "Abelson", "Lee", "Leeds", "Smith", "Smith-Jones", "O'Neill",
    "O’Brien", "J.R", "Price", "Young", "May", "Said", "Told", "Reporters",
    "Ngata", "Müller", "Times", "Ly",
]  # fmt: skip
WORDS = [
    "said", "says", "say", "sayings", "told", "tells", "added", "told reporters",
    "told the Times", "told the A.P.", "told the", "testified", "answered", "joked",
    "quietly", "only", "early", "reportedly", "Unique", "Mary-Jane", "Élodie", "Tom",
    "the", "mayor", "a", "and", "of", "reporters", "Reporters", "unsaid", "resaid",
    "2019", "x",
]  # fmt: skip
GAPS = [" ", " ", " ", "\u00a0", "  ", ", ", ",", ".", "-", "'s ", "’", "\n", "", ": "]


def _text(rng: random.Random, words: list[str]) -> str:
    out = []
    for _ in range(rng.randint(1, 18)):
        out.append(rng.choice(words))
        out.append(rng.choice(GAPS))
    return "".join(out)


@pytest.mark.parametrize("seed", range(40))
def test_the_same_surnames_as_one_pattern_on_varied_texts(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(150):
        names = set(rng.sample(SURNAMES, rng.randint(1, 6)))
        text = _text(rng, WORDS + sorted(names) * 3)
        assert speaking_alone(text, names) == one_pattern(text, names), (text, names)


CASES = [
    ("Armstead said", {"Armstead"}, {"Armstead"}),
    ("testified Armstead", {"Armstead"}, {"Armstead"}),
    ("Armstead quietly answered", {"Armstead"}, {"Armstead"}),
    ("said Unique Armstead", {"Armstead"}, {"Armstead"}),
    ("said Unique Armstead", {"Unique"}, {"Unique"}),  # the full name left out
    ("told reporters Lopez", {"Lopez"}, {"Lopez"}),  # "told" gives way to "told reporters"
    ("told the Herald Lopez", {"Lopez"}, {"Lopez"}),
    ("Abel said", {"Abe", "Abel"}, {"Abel"}),  # "Abe" gives way to "Abel"
    ("Abe said", {"Abe", "Abel"}, {"Abe"}),
    ("said Smith-Jones", {"Smith", "Smith-Jones"}, {"Smith"}),  # "Smith" ends at a word edge
    ("Smith said Jones said", {"Smith", "Jones"}, {"Smith", "Jones"}),
    ("said Smith said Jones", {"Smith", "Jones"}, {"Smith", "Jones"}),
    ("Smith said Jones", {"Smith", "Jones"}, {"Smith"}),  # "said" taken by the first match
    ("said Said said", {"Said"}, {"Said"}),
    ("rival Young Guns crew", {"Young"}, set()),
    ("McSmith said", {"Smith"}, set()),  # inside a word
    ("Smith's aide said", {"Smith"}, set()),
    ("Smith\u00a0said", {"Smith"}, {"Smith"}),
    ("J.R told", {"J.R"}, {"J.R"}),
    ("JxR told", {"J.R"}, set()),  # the full stop is no wildcard
    ("", {"Smith"}, set()),
    ("Smith said", set(), set()),
]


@pytest.mark.parametrize(("text", "names", "alone"), CASES)
def test_cases_each_way_a_match_is_made(text: str, names: set[str], alone: set[str]) -> None:
    assert one_pattern(text, names) == alone
    assert speaking_alone(text, names) == alone


def _articles() -> list[str]:
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    paths += sorted(ECBPLUS.glob("*/*.txt"))[:120] if ECBPLUS.is_dir() else []
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths]


def test_real_articles_with_every_capitalised_word_as_a_surname() -> None:
    """Every capitalised word as a surname: many more than an article's own,
    so the scan meets every verb, full name and surname the articles hold."""
    texts = _articles()
    assert texts
    met = 0
    for text in texts:
        names = set(re.findall(r"[A-Z][\w'’.-]*", text))
        got = speaking_alone(text, names)
        assert got == one_pattern(text, names)
        met += len(got)
    assert met > 0


def test_an_articles_people_and_quotes_are_read_as_before() -> None:
    """What the scan feeds: a name in full whose surname speaks alone is a person."""
    named = "A woman named Unique Armstead was arrested. "
    text = (
        f'{named}Armstead said she was at home. "I was asleep," said Armstead.\n'
        '"It was late," a member of the rival Young Guns crew wrote.'
    )
    assert _titled_people(text) == {"armstead": "Unique Armstead"}
    assert next(q.speaker.name for q in find_quotes(text) if q.speaker) == "Unique Armstead"
    assert _titled_people(f"{named}The Armstead family home was searched.") == {}
