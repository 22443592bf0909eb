"""Two reports of one newsroom are not independent sources (fresh trial 20:
three New York Daily News articles and two News 12 ones counted as eleven
independent sources among eleven)."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.cli_findings import copy_reasons
from workbench.findings import independent_sources
from workbench.findings.copies import copy_links, outlet_of
from workbench.model import Article


def _article(ident: str, url: str = "", outlet: str = "", text: str = "") -> Article:
    text = text or f"Report {ident} on the council vote, written in its own words."
    return Article(ident, f"{ident}.txt", ident, outlet, date(2021, 6, 23), url, text, ident)


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("http://www.nydailynews.com/new-york/a-1.1", "http://nydailynews.com/news/b", True),
        ("https://news.bbc.co.uk/2/hi/x.stm", "https://www.bbc.co.uk/news/world-1", True),
        ("https://edition.cnn.com/2013/04/12/us/x", "https://www.cnn.com/2013/04/13/y", True),
        ("https://www.abc.net.au/news/x", "https://www.sbs.com.au/news/x", False),
        ("https://www.nytimes.com/a", "https://www.nypost.com/a", False),
        ("https://www.theguardian.com/a", "https://www.guardian.co.uk/b", False),  # told apart
        ("https://example.co.uk/herald/a", "https://example.co.uk/post/b", False),  # placeholders
    ],
)
def test_the_site_of_a_web_address_names_the_newsroom(a, b, same):
    x, y = _article("x", a, outlet="Herald"), _article("y", b, outlet="Post")
    assert (outlet_of(x) == outlet_of(y)) is same


def test_outlet_names_count_without_addresses_and_never_empty_ones():
    assert outlet_of(_article("x", outlet="The  Gazette")) == outlet_of(
        _article("y", outlet="the gazette")
    )
    assert outlet_of(_article("x")) == "" and outlet_of(_article("y")) == ""
    links, _ = copy_links([_article("x"), _article("y")], [], [])
    assert links == ()  # no outlet known: nothing said either way


def test_one_newsrooms_reports_count_once_and_say_why():
    arts = [
        _article("dn1", "http://www.nydailynews.com/a"),
        _article("dn2", "http://www.nydailynews.com/b"),
        _article("post", "http://nypost.com/c"),
        _article("wire", outlet="Wire", text="Report (AFP) - the council voted on Tuesday."),
        _article("wire2", outlet="Other", text="Report (AFP) - the council voted on Monday."),
    ]
    links, _ = copy_links(arts, [], [])
    by_pair = {(link.left, link.right): link for link in links}
    assert set(by_pair) == {("dn1", "dn2"), ("wire", "wire2")}
    assert copy_reasons(by_pair[("dn1", "dn2")]) == "both from nydailynews.com"
    assert copy_reasons(by_pair[("wire", "wire2")]) == "both credit AFP"
    assert independent_sources([a.id for a in arts], links) == 3
