"""Session 41, user trial 47: coverage called a headline line a claim 'left
out' by a source whose title said the same thing, and its wording 'left out
by 4_3 (a similar sentence in 4_2)' read as if 4_3's sentence were in 4_2.
A source leaving out a headline line is named with its own title; a source
with only a similar sentence is said apart, as neither carrying nor leaving
the claim out."""

from __future__ import annotations

import io
from datetime import date

from workbench.cli_findings import print_coverage
from workbench.findings.titled import titles_beside
from workbench.model import Alignment, Analysis, Article, Claim, ClaimGroup, Member

HEADLINE = "Swimming star Esther Williams dies at 91"


def _article(ident: str, title: str, lines: list[str]) -> tuple[Article, list[Claim]]:
    text, claims, at = "", [], 0
    for n, line in enumerate(lines):
        claims.append(Claim(f"{ident}:{n}", ident, n, at, at + len(line), line))
        text += line + "\n\n"
        at = len(text)
    return Article(ident, f"{ident}.txt", title, "", date(2013, 6, 6), "", text, ident), claims


def _story(omitter_title: str, similar: bool = False):
    """Three reports open with the headline line (their title, as a file with
    no front matter has it); a fourth has a front-matter title and no such
    line; a fifth, when ``similar``, a sentence aligned with it, kept apart."""
    body = "She starred in aquatic musicals of the 1940s and 1950s."
    texts = {
        "4_1": (HEADLINE, [HEADLINE, body]),
        "4_9": (HEADLINE + ".", [HEADLINE + ".", body]),
        "4_10": (HEADLINE, [HEADLINE, body]),
        "4_3": (
            omitter_title,
            ["Pinup girl Williams helped make synchronized swimming popular.", body],
        ),
    }
    if similar:
        texts["4_2"] = ("Hollywood mermaid", ["Williams died on Thursday in her sleep.", body])
    articles, claims = [], []
    for ident, (title, lines) in texts.items():
        a, cs = _article(ident, title, lines)
        articles.append(a)
        claims += cs
    carried = ("4_1", "4_9", "4_10")
    head = ClaimGroup(
        "g1",
        tuple(Member(a, (f"{a}:0",), 1.0) for a in carried),
        aligned=("4_2",) if similar else (),
    )
    rest = ClaimGroup("g2", tuple(Member(a.id, (f"{a.id}:1",), 1.0) for a in articles))
    aligned = tuple(
        Alignment(f"{x}:1", f"{y}:1", 0.9) for x, y in zip(texts, list(texts)[1:], strict=False)
    )
    analysis = Analysis(tuple(articles), tuple(claims), (), aligned, (), groups=(head, rest))
    return analysis, head, {c.id: c for c in claims}


def test_a_source_leaving_out_a_headline_line_is_named_with_its_title():
    title = "Esther Williams, who swam to stardom in the 1940's, dies at 91"
    analysis, head, claims = _story(title)
    assert titles_beside(head, ("4_3",), analysis.articles, claims) == {"4_3": title}
    out = io.StringIO()
    print_coverage(analysis, out)
    assert f"left out by 4_3 (its title: “{title}”)" in out.getvalue()


def test_no_title_is_named_for_a_sentence_of_the_body():
    analysis, _head, claims = _story("Williams dies")
    body = ClaimGroup("g2", (Member("4_1", ("4_1:1",), 1.0), Member("4_9", ("4_9:1",), 1.0)))
    assert titles_beside(body, ("4_3",), analysis.articles, claims) == {}


def test_a_title_that_is_the_sources_own_first_line_is_not_named_again():
    """A file whose title is its first line has that line compared already."""
    analysis, head, claims = _story("x")
    same = [
        a
        if a.id != "4_3"
        else Article("4_3", "4_3.txt", claims["4_3:0"].text, "", None, "", a.text, "4_3")
        for a in analysis.articles
    ]
    assert titles_beside(head, ("4_3",), same, claims) == {}


def test_a_similar_sentence_is_said_apart_from_who_leaves_the_claim_out():
    analysis, _head, _claims = _story("Esther Williams dies", similar=True)
    out = io.StringIO()
    print_coverage(analysis, out)
    said = out.getvalue()
    assert "(a similar sentence in" not in said
    assert (
        "left out by 4_3 (its title: “Esther Williams dies”); 4_2 has a similar sentence, "
        "neither carrying nor leaving it out: “Swimming star" in said
    )
