"""A header written without its '---' lines (session 22): two or more
"key: value" lines of an article header's keys at the top, then a blank line,
are the article's title, outlet and date, not its first sentence. A line of
another key, or a story that only opens with "Source:" stays text, as before
(one header line alone is a header since session 25: test_s25_header_lines)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import write

from workbench.articles import load_article


@pytest.mark.parametrize(
    ("head", "title", "outlet", "published"),
    [
        (
            "title: Fire at mill\noutlet: Courier\npublished: 2024-03-12\n",
            "Fire at mill",
            "Courier",
            date(2024, 3, 12),
        ),
        (
            "Headline: Fire at mill\nSource: The Courier\nDate: March 12, 2024\n",
            "Fire at mill",
            "The Courier",
            date(2024, 3, 12),
        ),
        (
            "title: 'He loved that line': tributes paid\npublished: 2024-03-12\n",
            "'He loved that line': tributes paid",
            "",
            date(2024, 3, 12),
        ),
        (
            'title: "Fire at mill"\nauthor: Jo Bloggs\n',
            "Fire at mill",
            "",
            None,
        ),
    ],
)
def test_a_bare_header_is_metadata(tmp_path, head, title, outlet, published):
    a = load_article(write(tmp_path, "a.txt", head + "\nThree crews attended the fire.\n"))
    assert (a.title, a.outlet, a.published) == (title, outlet, published)
    assert a.text.strip() == "Three crews attended the fire."
    assert not any("dateline" in w for w in a.warnings)


@pytest.mark.parametrize(
    "text",
    [
        "Update: fire at mill\nThree crews attended the fire.\n",  # no header's key
        "Source: police said three crews attended.\nThe mill burned.\n",  # no blank line
        "Weather: heavy rain\nWind: strong\n\nThree crews attended the fire.\n",  # other keys
    ],
)
def test_text_that_only_looks_like_a_header_stays_text(tmp_path, text):
    a = load_article(write(tmp_path, "a.txt", text))
    assert a.text.strip().startswith(text.split("\n", 1)[0].strip())
