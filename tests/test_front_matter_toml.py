"""TOML front matter (Hugo, Zola: between '+++' lines) is read like YAML's
(fresh user trial: its lines became article sentences and '+++' the title)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import write

from workbench.articles import ArticleError, load_article

BODY = "Three firefighters were treated for smoke inhalation.\n"


@pytest.mark.parametrize(
    "front, published",
    [
        ('title = "Blaze at the docks"\ndate = 2024-03-13\n', date(2024, 3, 13)),
        ('title = "Blaze at the docks"\ndate = 2024-03-13T08:30:00Z\n', date(2024, 3, 13)),
        (
            'title = "Blaze at the docks"\npublished = "2024-03-13"\ntags = ["fire"]\n',
            date(2024, 3, 13),
        ),
        ('title = "Blaze at the docks"\n[params]\noutlet = "nested, ignored"\n', None),
    ],
)
def test_toml_front_matter_gives_title_and_date(tmp_path, front, published):
    p = write(tmp_path, "a.md", "\ufeff+++\n" + front + "+++\n" + BODY)
    article = load_article(str(p))
    assert article.title == "Blaze at the docks"
    assert article.published == published
    assert "+++" not in article.text and "title =" not in article.text
    assert article.text.startswith("Three firefighters")


@pytest.mark.parametrize(
    "text, message",
    [
        ('+++\ntitle = "Open"\n' + "Body.\n", "no closing '[+][+][+]' line"),
        ("+++\ntitle = Blaze\n+++\nBody.\n", "malformed TOML front matter"),
    ],
)
def test_broken_toml_front_matter_is_one_line(tmp_path, text, message):
    p = write(tmp_path, "a.md", text)
    with pytest.raises(ArticleError, match=message) as err:
        load_article(str(p))
    assert "\n" not in str(err.value)
