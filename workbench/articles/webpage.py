"""A web page's article text and metadata, found by trafilatura.

The page is decoded by us (``decoding.py``) and parsed by lxml with the
network off; elements a browser does not show (``hidden``, ``aria-hidden``,
inline ``display:none``, ``<template>``, a closed ``<dialog>``) are removed
before trafilatura looks for the story, with its precision-oriented settings
(measured best on ``tests/fixtures/pages``: ``python -m benchmarks.pages``).
Nothing in the file is fetched or run: lxml loads no DTD or entity and
trafilatura is given a tree, never a URL.

The hand-written reader (``html.py``) still reads the page's structured
metadata (Open Graph, JSON-LD, microdata) and backs the library up: when
trafilatura finds no text, or when the whole page is short, its text (every
visible paragraph outside the page chrome) is used. The result
carries warnings for text that is implausibly short or looks like navigation.
"""

from __future__ import annotations

import logging
import re
import warnings
from dataclasses import dataclass

from .dates import iso_date, written_in
from .html import html_main_text

# trafilatura's own code trips lxml's deprecation of element truth-testing
warnings.filterwarnings("ignore", message="Truth-testing of elements", category=FutureWarning)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_HIDDEN_XPATH = (
    "//*[@hidden or @aria-hidden='true' or @aria-hidden='TRUE' or @aria-hidden='True']"
    " | //template | //dialog[not(@open)]"
    " | //*[contains(translate(@style, 'DISPLAYNOEVIBT ', 'displaynoevibt'), 'display:none')]"
    " | //*[contains(translate(@style, 'VISBLTYHDEN ', 'visbltyhden'), 'visibility:hidden')]"
)
# blocks of trafilatura's output, each a paragraph of ours
_BLOCKS = frozenset({"p", "head", "item", "quote", "row", "code", "list", "table", "div"})
MIN_WORDS = 60  # a page with fewer visible words is read by the hand-written reader
SHORT = 25  # fewer words than this is not a story, not even a brief: warn
NAV_SHARE = 0.5  # at most this share of the words in sentences: looks like navigation


@dataclass(frozen=True)
class Page:
    """What was read from a page: metadata by front-matter key, the text, warnings."""

    meta: dict[str, str]
    text: str
    warnings: tuple[str, ...]


def _tree(raw: str):
    """The page parsed by lxml, or None for a document with no elements."""
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser(
        encoding="utf-8",  # the text is already decoded: its <meta charset> is not obeyed
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
        default_doctype=False,
        no_network=True,
    )
    # control characters XML cannot hold: the parser keeps them in text, and
    # moving that text (drop_tree below) raised ValueError ("All strings must be
    # XML compatible") for a page ending in \x01 (property test); a browser
    # shows nothing for them
    raw = _CONTROL.sub("", raw)
    try:
        tree = lxml.html.document_fromstring(raw.encode("utf-8", "surrogatepass"), parser=parser)
    except (etree.ParserError, ValueError):
        return None
    for el in tree.xpath(_HIDDEN_XPATH):
        if el.getparent() is not None:
            el.drop_tree()  # keeps the text after it
    return tree


def _paragraphs(el, out: list[str]) -> None:
    """The text of trafilatura's output body, a paragraph per block; a line
    break inside a paragraph is a space, as it is when a browser wraps it."""
    if any(child.tag in _BLOCKS for child in el):
        lead = " ".join((el.text or "").split())
        if lead:
            out.append(lead)
        for child in el:
            if child.tag in _BLOCKS:
                _paragraphs(child, out)
            else:
                text = " ".join(" ".join(child.itertext()).split())
                if text:
                    out.append(text)
            tail = " ".join((child.tail or "").split())
            if tail:
                out.append(tail)
        return
    parts: list[str] = []
    _flatten(el, parts)
    text = " ".join("".join(parts).split())
    if text:
        out.append(text)


def _flatten(el, parts: list[str]) -> None:
    """An element's text in document order; a line break, a table cell or a
    list item starts with a space, so neighbouring words are not glued."""
    parts.append(el.text or "")
    for child in el:
        if child.tag in ("lb", "cell", "item"):
            parts.append(" ")
        _flatten(child, parts)
        parts.append(child.tail or "")


def _extract(raw: str):
    """trafilatura's document for the page, or None."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    tree = _tree(raw)
    if tree is None:
        return None
    return trafilatura.bare_extraction(
        tree,
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
    )


def plausibility(text: str) -> tuple[str, ...]:
    """One warning, or none: text too short to be an article, or text that is
    mostly lines without a sentence in them (menus, headline lists)."""
    words = text.split()
    if len(words) < SHORT:
        return (f"only {len(words)} words of text found: is this the article?",)
    in_sentences = sum(
        len(p.split())
        for p in text.split("\n\n")
        if len(p.split()) >= 8 and re.search(r"[.!?…][\"'”’)]*$", p.strip())
    )
    if in_sentences <= NAV_SHARE * len(words):
        return ("the text found looks like navigation or a list of links, not an article",)
    return ()


def read_page(raw: str) -> Page:
    """Article text and metadata of the HTML page ``raw`` (already decoded)."""
    meta, fallback = html_main_text(raw)
    doc = _extract(raw)
    found: list[str] = []
    if doc is not None and doc.body is not None:
        _paragraphs(doc.body, found)
    text = "\n\n".join(found)
    if not found or len(text.split()) < MIN_WORDS > len(fallback.split()):
        # trafilatura is made for pages with a story and chrome around it; on a
        # page that is short as a whole its pick is a guess, and every visible
        # paragraph is the better answer (a short story among long chrome is not)
        text = fallback
    if doc is not None:
        if not meta.get("title") and doc.title:
            meta["title"] = " ".join(doc.title.split())
        if not meta.get("outlet") and doc.sitename:
            meta["outlet"] = " ".join(doc.sitename.split())
        date = iso_date(doc.date or "")
        if not meta.get("published") and date and written_in(date, raw):
            meta["published"] = date
        if doc.author:
            meta.setdefault("author", " ".join(doc.author.split()))
    return Page(meta, text, plausibility(text) if text.strip() else ())
