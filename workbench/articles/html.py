"""The main text and metadata of an HTML page: the story, not the page chrome."""

from __future__ import annotations

import html as htmllib
import json
import re
from typing import ClassVar

from .dates import iso_date
from .tokenizer import Attrs, tokens


def _names(words: str) -> frozenset[str]:
    return frozenset(words.split())


_HIDDEN_STYLE = re.compile(r"display:none|visibility:(?:hidden|collapse)")


def _hidden_by_attrs(tag: str, attrs: dict[str, str]) -> bool:
    """Marked as not shown: ``hidden``, ``aria-hidden="true"``, an inline style
    that hides it, or a ``<dialog>`` that is not open."""
    if not attrs:
        return tag == "dialog"
    if "hidden" in attrs or attrs.get("aria-hidden", "").strip().lower() == "true":
        return True
    style = attrs.get("style")
    if style and _HIDDEN_STYLE.search(re.sub(r"\s+", "", style.lower())):
        return True
    return tag == "dialog" and "open" not in attrs


class _MainText:
    """Collects readable text blocks from tokens, keeping hidden text out.

    Every open element is on a stack with its "hidden" flag, so hiding ends
    exactly where the element ends: at its end tag, or when an ancestor
    closes (misnested or unclosed markup).
    """

    # never rendered as article text
    HIDDEN: ClassVar[frozenset[str]] = _names(
        "script style noscript template textarea select option optgroup datalist button svg "
        "math iframe object embed canvas audio video map noembed noframes xmp"
    )
    # page chrome: dropped while the page has text elsewhere (a <form> can wrap a whole page)
    CHROME: ClassVar[frozenset[str]] = _names("nav header footer aside figure form")
    # inline elements do not separate words, as in a browser ("<b>W</b>ord" is "Word")
    INLINE: ClassVar[frozenset[str]] = _names(
        "a abbr acronym b bdi bdo big cite code data del dfn em font i ins kbd label mark nobr "
        "q rp rt ruby s samp small span strike strong sub sup time tt u var img input wbr"
    )
    # everything else ends a block of text (table cells, list items, headings...)
    NO_BREAK: ClassVar[frozenset[str]] = INLINE | HIDDEN
    VOID: ClassVar[frozenset[str]] = _names(
        "area base basefont bgsound br col embed frame hr img input keygen link meta param "
        "source track wbr"
    )
    # the tags an open <p> is implicitly closed by; SCOPE elements stop that search
    CLOSES_P: ClassVar[frozenset[str]] = _names(
        "address article aside blockquote details dialog div dl fieldset figcaption figure "
        "footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section table ul"
    )
    SCOPE: ClassVar[frozenset[str]] = _names(
        "html body table td th caption object template button marquee applet"
    )

    def __init__(self) -> None:
        self.stack: list[str] = []
        self.hidden_flags: list[bool] = []
        self.open: dict[str, list[int]] = {}  # tag -> stack positions where it is open
        self.hidden_depth = 0
        self.containers: list[str] = []  # the open elements that are not inline
        self.main_depth = 0  # open <article>/<main> elements
        self.chrome_depth = 0  # open CHROME elements, of which form_depth are <form>
        self.form_depth = 0
        self.scopes: list[int] = []  # positions of SCOPE elements, for implicit closes
        self.blocks: list[tuple[str, bool, int, str]] = []  # (container, in main, chrome, text)
        self.current: list[str] = []
        self.title_parts: list[str] | None = None  # while inside the first <title>
        self.title = ""
        self.meta: dict[str, str] = {}
        self.ldjson: list[str] = []
        self.ldjson_next = False

    # -- stack -----------------------------------------------------------------------
    def _count(self, tag: str) -> int:
        return len(self.open.get(tag, ()))

    def push(self, tag: str, hidden: bool) -> None:
        self.open.setdefault(tag, []).append(len(self.stack))
        if tag in self.SCOPE:
            self.scopes.append(len(self.stack))
        if tag not in self.NO_BREAK:
            self.containers.append(tag)
        self.main_depth += tag in ("article", "main")
        self.chrome_depth += tag in self.CHROME
        self.form_depth += tag == "form"
        self.stack.append(tag)
        self.hidden_flags.append(hidden)
        self.hidden_depth += hidden

    def pop_to(self, tag: str) -> None:
        """Close ``tag`` and everything opened inside it."""
        while self.stack:
            top = self.stack[-1]
            if top not in self.NO_BREAK:
                self.flush()
                self.containers.pop()
            self.stack.pop()
            self.hidden_depth -= self.hidden_flags.pop()
            self.open[top].pop()
            if self.scopes and self.scopes[-1] == len(self.stack):
                self.scopes.pop()
            self.main_depth -= top in ("article", "main")
            self.chrome_depth -= top in self.CHROME
            self.form_depth -= top == "form"
            if top == tag:
                return

    def _open_in_scope(self, tag: str) -> bool:
        where = self.open.get(tag)
        return bool(where) and where[-1] > (self.scopes[-1] if self.scopes else -1)

    # -- text --------------------------------------------------------------------------
    def flush(self) -> None:
        if not self.current:
            return
        text = re.sub(r"\s+", " ", "".join(self.current)).strip()
        self.current = []
        if not text:
            return
        chrome = self.chrome_depth
        level = 0 if not chrome else 1 if chrome == self.form_depth else 2
        container = self.containers[-1] if self.containers else ""
        self.blocks.append((container, self.main_depth > 0, level, text))

    def text(self, data: str) -> None:
        if self.title_parts is not None:
            self.title_parts.append(data)
        elif not self.hidden_depth:
            self.current.append(data)

    # -- tags --------------------------------------------------------------------------
    def start(self, tag: str, attr_list: Attrs, self_closing: bool) -> None:
        attrs: dict[str, str] = {}
        for key, value in attr_list:  # usually none
            attrs.setdefault(key, value)  # the first of repeated attributes wins, as in HTML5
        if tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or "").lower()
            if key and attrs.get("content"):
                self.meta.setdefault(key, attrs["content"])
        elif tag == "link" and "canonical" in attrs.get("rel", "").lower().split():
            if attrs.get("href"):
                self.meta.setdefault("canonical", attrs["href"])
        elif tag == "script":
            self.ldjson_next = "ld+json" in attrs.get("type", "").lower()
        if attrs.get("itemprop", "").strip().lower() == "datepublished":  # microdata
            value = attrs.get("content") or attrs.get("datetime")
            if value:
                self.meta.setdefault("itemprop:datepublished", value)
        if tag in self.CLOSES_P and self._open_in_scope("p"):
            self.pop_to("p")
        if tag == "li" and self._open_in_scope("li"):
            self.pop_to("li")
        if tag in ("dt", "dd"):
            for other in ("dt", "dd"):
                if self._open_in_scope(other):
                    self.pop_to(other)
        if tag not in self.NO_BREAK:
            self.flush()
            if self.title_parts is not None:  # a <title> left open ends at the next block
                self.title, self.title_parts = "".join(self.title_parts), None
        if tag in self.VOID:
            if tag in ("img", "input", "embed") and not self.hidden_depth:
                self.current.append(" ")
            return
        foreign = self._count("svg") or self._count("math")  # <svg><title> is a tooltip
        if tag == "title" and not (self.title or self.title_parts is not None or foreign):
            self.title_parts = []
        if self_closing:  # <span aria-hidden="true"/> as written by XML tools: empty
            if tag == "title":
                self.title_parts = None
            return
        self.push(tag, tag in self.HIDDEN or _hidden_by_attrs(tag, attrs))

    def end(self, tag: str) -> None:
        if tag == "title" and self.title_parts is not None:
            self.title, self.title_parts = "".join(self.title_parts), None
        if tag == "br":  # </br> is read as <br> by browsers
            self.flush()
            return
        if self._count(tag):
            self.pop_to(tag)
        elif tag not in self.NO_BREAK:
            self.flush()

    def raw(self, tag: str, content: str) -> None:
        if tag == "script" and self.ldjson_next:
            self.ldjson.append(content)
        self.ldjson_next = False

    def feed(self, html: str) -> None:
        for token in tokens(html):
            kind = token[0]
            if kind == "text":
                data = token[1]
                self.text(htmllib.unescape(data) if "&" in data else data)
            elif kind == "start":
                self.start(token[1], token[2], token[3])
            elif kind == "end":
                self.end(token[1])
            else:
                self.raw(token[1], token[2])
        if self.title_parts is not None:  # <title> never closed
            self.title, self.title_parts = "".join(self.title_parts), None
        self.flush()


def _words(blocks: list[tuple[str, bool, int, str]]) -> int:
    return sum(len(b[3].split()) for b in blocks)


def _choose_text(blocks: list[tuple[str, bool, int, str]]) -> tuple[list[str], str]:
    """(paragraphs, first h1) of the part of the page that holds the story.

    In order: the text of <article>/<main>; the text outside page chrome, or
    inside <form>s too when more text sits there (sites that wrap the whole
    page in one form); any text not in navigation, header, footer or asides.
    An empty <article> is no article, so each choice falls back to the next.
    """
    usable = [b for b in blocks if b[2] <= 1]
    outside = [b for b in usable if b[2] == 0]
    in_forms = [b for b in usable if b[2] == 1]
    pools = [
        [b for b in usable if b[1]],
        usable if _words(in_forms) > _words(outside) else outside,
        usable,
    ]
    for pool in pools:
        paragraphs = [t for tag, _m, _c, t in pool if not (tag == "div" and len(t.split()) < 6)]
        if paragraphs:
            h1 = next((t for tag, _m, _c, t in pool if tag == "h1"), "")
            return paragraphs, h1 or next((t for tag, _m, _c, t in usable if tag == "h1"), "")
    return [], next((t for tag, _m, _c, t in usable if tag == "h1"), "")


def html_main_text(html: str) -> tuple[dict[str, str], str]:
    """Extract (metadata, main text) from an HTML page.

    Prefers the content of <article>/<main> when that has text, drops page
    chrome (navigation, header, footer, asides) unless nothing else has text,
    and drops short link-like fragments ("Share", "Menu").
    """
    parser = _MainText()
    parser.feed(html)
    paragraphs, h1 = _choose_text(parser.blocks)
    meta = {**_json_ld(parser.ldjson), **parser.meta}
    out: dict[str, str] = {}
    title = meta.get("og:title") or meta.get("ld:headline") or h1 or parser.title.strip()
    if title:
        out["title"] = re.sub(r"\s+", " ", title).strip()
    if meta.get("og:site_name") or meta.get("ld:publisher"):
        out["outlet"] = meta.get("og:site_name") or meta["ld:publisher"]
    for key in (
        "ld:datePublished",
        "article:published_time",
        "itemprop:datepublished",
        "date",
        "pubdate",
        "dc.date",
        "dc.date.issued",
        "dcterms.created",
        "publish-date",
        "parsely-pub-date",
        "sailthru.date",
    ):
        found = iso_date(meta.get(key, ""))
        if found:
            out["published"] = found
            break
    if meta.get("og:url") or meta.get("canonical"):
        out["url"] = meta.get("og:url") or meta["canonical"]
    return out, "\n\n".join(paragraphs)


def _json_ld(chunks: list[str]) -> dict[str, str]:
    """headline, datePublished and publisher from schema.org JSON-LD, which many
    news sites use instead of Open Graph tags. Bad JSON is ignored; each script
    is read on its own, so one bad block does not hide a good one."""
    out: dict[str, str] = {}
    for chunk in chunks:
        try:
            data = json.loads(chunk)
        except (ValueError, RecursionError):
            continue
        items = data if isinstance(data, list) else [data]
        graph = []
        for d in items:
            if isinstance(d, dict):
                inner = d.get("@graph", [d])
                graph.extend(inner if isinstance(inner, list) else [inner])
        for item in graph:
            if not isinstance(item, dict):
                continue
            kind = item.get("@type", "")
            kinds = kind if isinstance(kind, list) else [kind]
            if not any("Article" in str(k) or "Posting" in str(k) for k in kinds):
                continue
            if isinstance(item.get("headline"), str):
                out.setdefault("ld:headline", item["headline"])
            if isinstance(item.get("datePublished"), str):
                out.setdefault("ld:datePublished", item["datePublished"])
            pub = item.get("publisher")
            if isinstance(pub, dict) and isinstance(pub.get("name"), str):
                out.setdefault("ld:publisher", pub["name"])
    return out
