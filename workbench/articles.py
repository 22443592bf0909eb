"""Reading articles from disk: decoding, front matter, HTML main text.

Every failure is an :class:`ArticleError` with a one-line message that names
the file, so the command line and the window can show it as it is.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

from .model import Article

MAX_BYTES = 5 * 1024 * 1024
SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
FRONT_KEYS = {"title", "outlet", "published", "url", "date", "source", "author"}


class ArticleError(ValueError):
    """A file that cannot be read as an article; ``str()`` is one line."""


def parse_date(value: str, where: str = "") -> date:
    """Parse ``YYYY-MM-DD`` strictly; an impossible date is an error, not a guess."""
    value = value.strip().strip("\"'")
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.+\-Z]*)?", value)
    if not m:
        raise ArticleError(f"{where}invalid date {value!r}: expected YYYY-MM-DD")
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError as exc:
        raise ArticleError(f"{where}invalid date {value!r}: {exc}") from None


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, or cp1252.

    Legacy single-byte files are common in newsroom archives; cp1252 is a
    superset of Latin-1's printable range. Bytes undefined in cp1252 mean
    the file is not text we can trust, so we refuse rather than guess.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ArticleError(f"{name}: undecodable UTF-16 text") from None
    for magic, kind in (
        (b"%PDF-", "a PDF"),
        (b"PK\x03\x04", "a ZIP or Word file"),
        (b"{\\rtf", "an RTF file"),
    ):
        if data.startswith(magic):
            raise ArticleError(f"{name}: {kind}, not an article: save it as .txt, .md or .html")
    if b"\x00" in data[:8192]:
        raise ArticleError(f"{name}: binary file, not an article (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ArticleError(
                f"{name}: undecodable bytes at offset {utf8_error.start} "
                "(neither UTF-8 nor a Windows/Latin-1 encoding)"
            ) from None
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(2, len(text[:8192]) // 100):
        raise ArticleError(f"{name}: binary file, not an article (control characters)")
    return text


_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.DOTALL | re.MULTILINE)
_DATE_LINE = re.compile(
    r"\A[ \t]*(?:date|published)[ \t]*:?[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*", re.IGNORECASE
)


def split_front_matter(raw: str, name: str) -> tuple[dict[str, str], str]:
    """Return (metadata, body). Body keeps the original characters exactly."""
    meta: dict[str, str] = {}
    body = raw
    if raw.lstrip("\ufeff").startswith("---"):
        raw = raw.lstrip("\ufeff")
        m = _FRONT.match(raw)
        if not m:
            raise ArticleError(f"{name}: malformed front matter: no closing '---' line")
        for lineno, line in enumerate(m.group(1).splitlines(), start=2):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            key, sep, value = line.partition(":")
            key = key.strip().lower()
            if not sep or not re.fullmatch(r"[a-z_][a-z0-9_-]*", key):
                raise ArticleError(
                    f"{name}: malformed front matter at line {lineno}: expected 'key: value'"
                )
            meta[key] = value.strip().strip("\"'")
        body = raw[m.end() :]
    else:
        m = _DATE_LINE.match(raw)
        if m:
            meta["published"] = m.group(1)
            body = raw[m.end() :]
    return meta, body


class _MainText(HTMLParser):
    """Collects readable text blocks, skipping scripts, navigation and chrome."""

    SKIP: ClassVar[set[str]] = {
        "script",
        "style",
        "noscript",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "button",
        "svg",
        "template",
        "iframe",
        "select",
        "figure",
    }
    BLOCK: ClassVar[set[str]] = {
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "blockquote",
        "div",
        "section",
        "article",
        "main",
        "br",
        "tr",
        "pre",
        "figcaption",
        "dd",
        "dt",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.stack: list[str] = []
        self.blocks: list[tuple[str, int, str]] = []  # (container, depth-in-main, text)
        self.current: list[str] = []
        self.in_title = False
        self.title = ""
        self.h1 = ""
        self.meta: dict[str, str] = {}
        self.main_depth = 0  # >0 while inside <article>/<main>
        self.saw_main = False
        self.block_tag = ""
        self.in_ldjson = False
        self.ldjson: list[str] = []

    def flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self.current)).strip()
        if text:
            self.blocks.append((self.block_tag, self.main_depth, text))
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or "").lower()
            if key and a.get("content"):
                self.meta[key] = a["content"]
            return
        if tag == "link" and "canonical" in a.get("rel", "").lower().split() and a.get("href"):
            self.meta.setdefault("canonical", a["href"])
            return
        if tag == "title":
            self.in_title = True
        if tag == "script" and "ld+json" in a.get("type", "").lower():
            self.in_ldjson = True
        if tag in self.SKIP or a.get("aria-hidden") == "true" or "hidden" in a:
            self.skip_depth += 1
            self.stack.append(tag)
            return
        if tag in ("article", "main"):
            self.main_depth += 1
            self.saw_main = True
        if tag in self.BLOCK:
            self.flush()
            self.block_tag = tag
        if tag not in ("br", "img", "hr", "input", "link", "wbr"):
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag == "script":
            self.in_ldjson = False
        if tag not in self.stack:
            return
        while self.stack:
            top = self.stack.pop()
            if top in self.SKIP:
                self.skip_depth -= 1
            if top in ("article", "main"):
                self.main_depth -= 1
            if top == tag:
                break
        if tag in self.BLOCK:
            self.flush()

    def handle_data(self, data: str) -> None:
        if self.in_ldjson:
            self.ldjson.append(data)
            return
        if self.in_title:
            self.title += data
            return
        if self.skip_depth:
            return
        if self.stack and self.stack[-1] == "h1" and not self.h1:
            self.h1 = data.strip()
        self.current.append(data)


def html_main_text(html: str) -> tuple[dict[str, str], str]:
    """Extract (metadata, main text) from an HTML page with the standard library.

    Prefers the content of <article>/<main> when the page has one, and drops
    short link-like fragments (menus, bylines) outside it.
    """
    parser = _MainText()
    parser.feed(html)
    parser.close()
    parser.flush()
    blocks = parser.blocks
    if parser.saw_main:
        blocks = [b for b in blocks if b[1] > 0]
    paragraphs = []
    for tag, _depth, text in blocks:
        if tag == "div" and len(text.split()) < 6:
            continue  # stray chrome: "Share", "Menu", "Related"
        paragraphs.append(text)
    meta = {**_json_ld(parser.ldjson), **parser.meta}
    out: dict[str, str] = {}
    title = meta.get("og:title") or meta.get("ld:headline") or parser.h1 or parser.title.strip()
    if title:
        out["title"] = re.sub(r"\s+", " ", title).strip()
    if meta.get("og:site_name") or meta.get("ld:publisher"):
        out["outlet"] = meta.get("og:site_name") or meta["ld:publisher"]
    for key in (
        "article:published_time",
        "ld:datePublished",
        "date",
        "pubdate",
        "dc.date",
        "publish-date",
    ):
        if meta.get(key):
            out["published"] = meta[key][:10]
            break
    if meta.get("og:url") or meta.get("canonical"):
        out["url"] = meta.get("og:url") or meta["canonical"]
    return out, "\n\n".join(paragraphs)


def _json_ld(chunks: list[str]) -> dict[str, str]:
    """headline, datePublished and publisher from schema.org JSON-LD, which many
    news sites use instead of Open Graph tags. Bad JSON is ignored."""
    out: dict[str, str] = {}
    try:
        data = json.loads("".join(chunks)) if chunks else None
    except ValueError:
        return out
    items = data if isinstance(data, list) else [data]
    graph = [i for d in items if isinstance(d, dict) for i in d.get("@graph", [d])]
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


def article_id(path: Path, taken: set[str]) -> str:
    """A short, readable, stable id: the file stem, made unique."""
    base = re.sub(r"[^A-Za-z0-9_.-]+", "-", path.stem).strip("-") or "article"
    ident, n = base, 2
    while ident in taken:
        ident, n = f"{base}-{n}", n + 1
    taken.add(ident)
    return ident


def load_article(
    path: str | Path, published: date | None = None, ident: str | None = None
) -> Article:
    """Load one article. ``published`` overrides any date found in the file."""
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise ArticleError(f"{name}: no such file")
    if p.is_dir():
        raise ArticleError(f"{name}: is a directory, not an article file")
    if p.suffix.lower() not in SUFFIXES:
        raise ArticleError(
            f"{name}: unsupported file type {p.suffix or '(none)'!r}: use .txt, .md or .html"
        )
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(
                f"{name}: file is {size / 1048576:.1f} MB, over the {MAX_BYTES // 1048576} MB "
                "limit for one article"
            )
        data = p.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{name}: cannot read: {exc.strerror or exc}") from None
    if not data.strip():
        raise ArticleError(f"{name}: empty file")
    raw = decode(data, name)
    if p.suffix.lower() in (".html", ".htm"):
        meta, body = html_main_text(raw)
    else:
        meta, body = split_front_matter(raw, name)
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    if not body.strip():
        raise ArticleError(f"{name}: no article text found")
    date_text = meta.get("published") or meta.get("date")
    pub = published
    if pub is None and date_text:
        pub = parse_date(date_text, f"{name}: ")
    title = meta.get("title") or _first_line_title(body)
    return Article(
        id=ident or re.sub(r"[^A-Za-z0-9_.-]+", "-", p.stem),
        path=name,
        title=title,
        outlet=meta.get("outlet") or meta.get("source") or "",
        published=pub,
        url=meta.get("url", ""),
        text=body,
        sha256=hashlib.sha256(body.encode("utf-8")).hexdigest(),
    )


def _first_line_title(body: str) -> str:
    line = body.strip().split("\n", 1)[0].strip()
    return line if len(line) <= 80 else line[:77].rstrip() + "…"


def load_articles(
    paths: list[str | Path], published: dict[str, date] | None = None
) -> list[Article]:
    """Load several articles with unique ids; ``published`` maps a path to its date.

    Ids are file stems; stems that collide (the same name in two folders) get
    a suffix from the article's content, so which file is which never depends
    on the order the files were given."""
    published = published or {}
    out = []
    for path in paths:
        p = Path(path)
        pub = published.get(str(path))
        if pub is None:
            for key, value in published.items():
                if Path(key).resolve() == p.resolve():
                    pub = value
        out.append(load_article(p, pub, article_id(p, set())))
    stems = Counter(a.id for a in out)
    taken = set(stems)  # a shared stem is nobody's: each copy gets a suffix
    renamed = {}
    # identical copies under one name are told apart by their folders, in path order
    for a in sorted(out, key=lambda a: str(Path(a.path).resolve())):
        if stems[a.id] > 1:
            renamed[id(a)] = distinct_id(a, taken)
    return [renamed.get(id(a), a) for a in out]


def distinct_id(article: Article, taken: set[str]) -> Article:
    """The article with an id none of ``taken`` has, made from its content
    (``stem-1a2b3c``) rather than from an arrival order; adds it to ``taken``."""
    ident = article.id
    if ident in taken:
        ident = f"{article.id}-{article.sha256[:6]}"
        base, n = ident, 2
        while ident in taken:
            ident, n = f"{base}-{n}", n + 1
    taken.add(ident)
    return replace(article, id=ident)
