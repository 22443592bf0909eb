"""Invisible characters and typographic spaces in real copy
(workbench/articles/typography.py; fresh user trial): a zero-width space
inside a number made "about 3<ZWSP>0 miles" a conflict with "about 50km", and
a thin space between number and unit hid the distance altogether."""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze
from workbench.articles import load_articles
from workbench.articles.typography import clean

OTHER = (
    "---\ntitle: Other\npublished: 2021-06-23\n---\n"
    "The convoy stopped about 50km from the border on Tuesday, officials said.\n"
)
ONE = (
    "---\ntitle: One\npublished: 2021-06-23\n---\n"
    "The convoy stopped about {distance} from the border on Tuesday, officials said.\n"
)

# how "30 miles" reaches us from different systems
SPELLINGS = {
    "zero-width space in the number": "3\u200b0 miles",
    "soft hyphen in the number": "3\u00ad0 miles",
    "word joiner in the number": "3\u20600 miles",
    "zero-width joiner in the number": "3\u200d0 miles",
    "combining mark on a digit": "3\u03030 miles",
    "thin space before the unit": "30\u2009miles",
    "narrow no-break space before the unit": "30\u202fmiles",
    "figure space before the unit": "30\u2007miles",
    "hair space before the unit": "30\u200amiles",
    "ideographic space before the unit": "30\u3000miles",
    "no-break space before the unit": "30\u00a0miles",
}


@pytest.mark.parametrize("case", list(SPELLINGS))
def test_the_distance_is_read_whatever_the_typography(tmp_path, case):
    a = write(tmp_path, "one.md", ONE.replace("{distance}", SPELLINGS[case]))
    b = write(tmp_path, "other.md", OTHER)
    result = analyze(load_articles([str(a), str(b)]))
    got = [
        (d.verdict, d.sides[0].text, d.sides[1].text)
        for d in result.discrepancies
        if "mile" in d.sides[0].text + d.sides[1].text
    ]
    assert got, f"{case}: the distance was not compared"
    assert all(v == "consistent" for v, _, _ in got), got
    assert all("30" in left + right for _, left, right in got), got


def test_page_starts_move_with_removed_characters():
    text = "Page one.\u200b\n\u200bPage two 3\u200b0 km."
    out, pages = clean(text, (0, 11))
    assert out == "Page one.\nPage two 30 km."
    assert out[pages[1] :].startswith("Page two")


def test_scripts_keep_their_joiners_and_emoji_stay_whole():
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # a non-joiner inside a word
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert clean(persian)[0] == persian
    assert clean(family)[0] == family
    assert clean("a\u2009b\u202fc\u00a0d")[0] == "a b c\u00a0d"


def test_the_identity_of_the_text_is_taken_before_cleaning(tmp_path):
    a = write(tmp_path, "a.md", ONE.replace("{distance}", "3\u200b0 miles"))
    b = write(tmp_path, "b.md", ONE.replace("{distance}", "30 miles"))
    first, second = load_articles([str(a), str(b)])
    assert first.text == second.text  # what is read is the same
    assert first.sha256 != second.sha256  # but the files differ: logs keep their ids
