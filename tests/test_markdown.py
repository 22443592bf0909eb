"""Markdown articles are shown as text, not markup (issue 13, part 4)."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.articles import load_article, markdown_text
from workbench.service import analyse

MARKED = """---
title: Warehouse fire
published: 2024-03-13
---
# Fire destroys *furniture* warehouse

More than **60 firefighters** fought the fire, according to
[the fire service](https://example.org/fire "Fire service").

## What we know

- Three firefighters were treated for smoke inhalation.
- The warehouse employed 85 people.

> "The building was fully involved," said fire chief Maria Lopez.

![A photo of the smoke](smoke.jpg)

| Engines | Crews |
|---------|-------|
| 12      | 4     |

Damage is put at \\$2 million &amp; rising. <span>Inline HTML</span> is dropped.

<div class="ad">An HTML block is dropped.</div>
"""


@pytest.mark.parametrize(
    "source, shown",
    [
        ("# A heading\n\nBody.", "A heading\n\nBody."),
        ("Some *emphasis*, __strong__ and `code`.", "Some emphasis, strong and code."),
        ("See [the report](http://x.org/r) now.", "See the report now."),
        ("See [the report][r].\n\n[r]: http://x.org/r", "See the report."),
        ("A <https://x.org> link.", "A https://x.org link."),
        ("Image: ![storm clouds](a.png).", "Image: storm clouds."),
        ("1. first\n2. second", "first\n\nsecond"),
        ("line one\nline two", "line one\nline two"),
        ("Tom &amp; Jerry \\*not emphasis\\*", "Tom & Jerry *not emphasis*"),
        ("~~gone~~ kept", "gone kept"),
        ("```\ncode block\n```", "code block"),
        ("---\n\nAfter a rule.", "After a rule."),
    ],
)
def test_markup_is_rendered_or_stripped(source, shown):
    assert markdown_text(source) == shown


def test_plain_prose_keeps_its_text_exactly():
    """The review log knows articles by a hash of their text: a .md file with
    no markup must read exactly as before Markdown was rendered."""
    plain = "First paragraph.\n\nSecond paragraph,\nwrapped.\n\n\nThird.\n"
    assert markdown_text(plain) == plain


def test_a_marked_up_article(tmp_path):
    p = tmp_path / "a.md"
    p.write_text(MARKED, encoding="utf-8")
    a = load_article(p)
    assert (a.title, a.published) == ("Warehouse fire", date(2024, 3, 13))
    assert a.text == (
        "Fire destroys furniture warehouse\n\n"
        "More than 60 firefighters fought the fire, according to\nthe fire service.\n\n"
        "What we know\n\n"
        "Three firefighters were treated for smoke inhalation.\n\n"
        "The warehouse employed 85 people.\n\n"
        '"The building was fully involved," said fire chief Maria Lopez.\n\n'
        "A photo of the smoke\n\n"
        "Engines Crews\n\n"
        "12 4\n\n"
        "Damage is put at $2 million & rising. Inline HTML is dropped."  # tags go, words stay
    )


def test_offsets_point_into_the_text_shown(tmp_path):
    a = tmp_path / "a.md"
    a.write_text(
        "# Fire\n\nThe blaze destroyed [**4 homes**](http://x.org) on Monday, officials said.\n",
        encoding="utf-8",
    )
    b = tmp_path / "b.txt"
    b.write_text("Fire\n\nThe blaze destroyed 5 homes on Monday, officials said.\n")
    arts = [load_article(a), load_article(b)]
    analysis = analyse(arts).analysis
    texts = {x.id: x.text for x in arts}
    for c in analysis.claims:
        assert texts[c.article][c.start : c.end] == c.text
    four = [f for f in analysis.facts if f.article == "a" and f.text == "4"]
    assert len(four) == 1, analysis.facts
    assert texts["a"][four[0].start - 10 : four[0].end + 6] == "destroyed 4 homes"
    for c in analysis.claims:
        assert "*" not in c.text and "](" not in c.text and "#" not in c.text
    assert [d.explanation for d in analysis.discrepancies if "4" in d.explanation]
