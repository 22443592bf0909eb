"""Reading articles from disk: decoding, front matter, HTML main text.

Every failure is an :class:`ArticleError` with a one-line message that names
the file, so the command line and the window can show it as it is. Input is
treated as hostile: reads are capped, special files are refused before they
are opened, and the HTML reader is a single forward pass so that malformed
markup costs linear time.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import html as htmllib
import json
import os
import re
import stat
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import ClassVar

from ..model import Article

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


_CONTROL_IN_NAME = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\x85]")


def _display_name(path: str | Path) -> str:
    """The path as given, with line breaks and controls escaped: a file called
    ``"a\\nb.txt"`` must not split an error message over two lines."""
    return _CONTROL_IN_NAME.sub(lambda m: repr(m.group())[1:-1], str(path))


_FILE_KINDS = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _os_error(name: str, exc: OSError, doing: str = "cannot read") -> ArticleError:
    """Map the errors people meet to words; others keep the system's wording."""
    known = {
        errno.ENOENT: "no such file",
        errno.ENOTDIR: "no such file (a folder in the path is a file)",
        errno.ELOOP: "symbolic link loop",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.ENAMETOOLONG: "file name too long",
    }
    if exc.errno in known:
        return ArticleError(f"{name}: {known[exc.errno]}")
    reason = (exc.strerror or type(exc).__name__).replace("\n", " ")
    return ArticleError(f"{name}: {doing}: {reason}")


def _too_big(name: str, size: int) -> ArticleError:
    return ArticleError(
        f"{name}: file is {size / 1048576:.1f} MB, over the {MAX_BYTES // 1048576} MB "
        "limit for one article"
    )


def _check_kind(mode: int, name: str) -> None:
    """Refuse anything but a regular file: a pipe blocks, a device never ends."""
    if stat.S_ISDIR(mode):
        raise ArticleError(f"{name}: is a directory, not an article file")
    if not stat.S_ISREG(mode):
        kind = next((k for test, k in _FILE_KINDS if test(mode)), "a special file")
        raise ArticleError(f"{name}: not a regular file ({kind})")


def _read_capped(path: Path, name: str) -> bytes:
    """Read at most MAX_BYTES + 1 bytes from a regular file.

    The file is opened non-blocking and checked again on the open descriptor,
    so a file swapped for a pipe after the first check cannot hang us, and
    ``st_size`` is not trusted (files under /proc report 0, files grow).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _os_error(name, exc) from None
    try:
        info = os.fstat(fd)
        _check_kind(info.st_mode, name)
        if info.st_size > MAX_BYTES:
            raise _too_big(name, info.st_size)
        chunks: list[bytes] = []
        left = MAX_BYTES + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        raise _os_error(name, exc) from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > MAX_BYTES:
        raise _too_big(name, len(data))
    return data


class _Undecodable(Exception):
    """Raised from the codec error handler with the offset of a hopeless byte."""

    def __init__(self, offset: int) -> None:
        super().__init__(offset)
        self.offset = offset


def _cp1252_repair(exc: UnicodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 rejects as cp1252: one stray Windows byte (a
    curly apostrophe pasted into a UTF-8 file) must not turn the rest to mojibake."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    try:
        return bytes(exc.object[exc.start : exc.end]).decode("cp1252"), exc.end
    except UnicodeDecodeError as inner:
        raise _Undecodable(exc.start + inner.start) from None


codecs.register_error("workbench-cp1252", _cp1252_repair)

_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' if the NUL bytes fall on one side of each pair,
    as they do for text that is mostly ASCII; None for other data with NULs."""
    sample = data[:65536]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even, odd = sample[0 : 2 * pairs : 2].count(0), sample[1 : 2 * pairs : 2].count(0)
    if odd >= 0.6 * pairs and even <= 0.05 * pairs:
        return "utf-16-le"
    if even >= 0.6 * pairs and odd <= 0.05 * pairs:
        return "utf-16-be"
    return None


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 (with or without BOM), or cp1252.

    Legacy single-byte files are common in newsroom archives; cp1252 is a
    superset of Latin-1's printable range. Bytes that are not UTF-8 are read
    as cp1252 one by one, so a single stray byte stays a single character.
    Bytes undefined in cp1252 mean the file is not text we can trust, so we
    refuse rather than guess.
    """
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32")):
        if data.startswith(bom):
            try:
                return _checked(data.decode(codec), name)
            except UnicodeDecodeError:
                raise ArticleError(f"{name}: undecodable UTF-32 text") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _checked(data.decode("utf-16"), name)
        except UnicodeDecodeError:
            raise ArticleError(f"{name}: undecodable UTF-16 text") from None
    for magic, kind in (
        (b"%PDF-", "a PDF"),
        (b"PK\x03\x04", "a ZIP or Word file"),
        (b"{\\rtf", "an RTF file"),
    ):
        if data.startswith(magic):
            raise ArticleError(f"{name}: {kind}, not an article: save it as .txt, .md or .html")
    if b"\x00" in data:
        codec = _utf16_without_bom(data)
        if codec is None:
            raise ArticleError(f"{name}: binary file, not an article (contains NUL bytes)")
        try:
            return _checked(data.decode(codec), name)
        except UnicodeDecodeError:
            raise ArticleError(f"{name}: undecodable UTF-16 text (no byte order mark)") from None
    try:
        text = data.decode("utf-8-sig", errors="workbench-cp1252")
    except _Undecodable as exc:
        raise ArticleError(
            f"{name}: undecodable bytes at offset {exc.offset} "
            "(neither UTF-8 nor a Windows/Latin-1 encoding)"
        ) from None
    return _checked(text, name)


def _checked(text: str, name: str) -> str:
    """Refuse decoded text that is mostly control characters: binary data."""
    controls = len(_CONTROLS.findall(text))
    if controls > max(2, len(text) // 100) or "\x00" in text:
        raise ArticleError(f"{name}: binary file, not an article (control characters)")
    return text


_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.DOTALL | re.MULTILINE)
_DATE_LINE = re.compile(
    r"\A[ \t]*(?:date|published)[ \t]*:?[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*", re.IGNORECASE
)


def _scalar(value: str) -> str:
    """A front-matter value as YAML reads a one-line scalar: quotes around it
    removed, with the escapes of its quoting style (\\" in double quotes,
    '' in single quotes) turned into the characters they stand for."""
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return re.sub(r'\\(["\\/])', r"\1", value[1:-1]).replace("\\t", " ")
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value.strip("\"'")


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
            meta[key] = _scalar(value.strip())
        body = raw[m.end() :]
    else:
        m = _DATE_LINE.match(raw)
        if m:
            meta["published"] = m.group(1)
            body = raw[m.end() :]
    return meta, body


# -- HTML ---------------------------------------------------------------------------
#
# A small tokenizer instead of html.parser: html.parser re-scans the rest of the
# document at every unterminated construct ("<a <a <a …", "</ </ </", "<? <? <?"),
# which is quadratic or worse. Here every step moves forward past what it read;
# the only scan that can run to the end of the input happens at most once.

_TAG_NAME = re.compile(r"[A-Za-z][^\t\n\f\r />]*")
_ATTR_SEP = re.compile(r"[\t\n\f\r /]*")
_ATTR_NAME = re.compile(r"[^\t\n\f\r />][^\t\n\f\r />=]*")
_ATTR_EQ = re.compile(r"[\t\n\f\r ]*=[\t\n\f\r ]*")
_UNQUOTED = re.compile(r"[^\t\n\f\r >]*")
_COMMENT_END = re.compile(r"--!?>")
# a "<" that can start markup; any other "<" ("a < b", "<3", "<<<") is text
_MARKUP_START = re.compile(r"<[A-Za-z/!?]")
_SIMPLE_TAG = re.compile(r"<([A-Za-z][^\t\n\f\r />]*)>")
# Elements whose content is not markup: it runs to the matching end tag.
_RAW_TEXT = frozenset(
    {"script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea"}
)
_RAW_END = {t: re.compile(rf"</{t}[\t\n\f\r />]", re.IGNORECASE) for t in _RAW_TEXT}

_Attrs = list[tuple[str, str]]
# ("text", text) | ("start", tag, attrs, self_closing) | ("end", tag) | ("raw", tag, text)
_Token = tuple


def _scan_start_tag(s: str, i: int, lenient: bool) -> tuple[str, _Attrs, bool, int] | None:
    """Read the start tag at ``s[i] == '<'``: (name, attrs, self-closing, end).

    Strict mode honours quotes, so ``title="a > b"`` stays one value; it returns
    None when no closing ``>`` follows. Lenient mode ends the tag at the next
    ``>`` whatever the quotes say, which is how a typo like ``href="x>`` is
    recovered without losing the rest of the page.
    """
    m = _TAG_NAME.match(s, i + 1)
    assert m is not None
    name, j = m.group().lower(), m.end()
    limit = len(s)
    if lenient:
        limit = s.find(">", j)
        if limit < 0:
            return None
    attrs: _Attrs = []
    while True:
        sep = _ATTR_SEP.match(s, j, limit)
        assert sep is not None
        j = sep.end()
        if j >= limit:
            return (name, attrs, sep.group().endswith("/"), limit + 1) if lenient else None
        if s[j] == ">":
            return name, attrs, sep.group().endswith("/"), j + 1
        m = _ATTR_NAME.match(s, j, limit)
        assert m is not None
        key, j = m.group().lower(), m.end()
        value = ""
        eq = _ATTR_EQ.match(s, j, limit)
        if eq:
            j = eq.end()
            if j < limit and s[j] in "\"'":
                k = s.find(s[j], j + 1, limit)
                if k < 0:
                    if not lenient:
                        return None
                    k = limit
                value, j = s[j + 1 : k], min(k + 1, limit)
            else:
                m = _UNQUOTED.match(s, j, limit)
                assert m is not None
                value, j = m.group(), m.end()
        attrs.append((key, htmllib.unescape(value) if "&" in value else value))


def _tokens(s: str) -> Iterator[_Token]:
    """Tokens of an HTML document in one forward pass, following HTML5 where it
    matters for hiding text (comments, raw-text elements) and keeping a ``<``
    that starts nothing as text."""
    n, pos, lenient = len(s), 0, False
    last_gt = s.rfind(">")  # past it no tag, end tag or declaration can close
    while pos < n:
        found = _MARKUP_START.search(s, pos)
        if not found:
            yield ("text", s[pos:])
            return
        lt = found.start()
        if lt > pos:
            yield ("text", s[pos:lt])
        nxt = s[lt + 1 : lt + 2]
        if s.startswith("<!--", lt):
            if s.startswith(("<!-->", "<!--->"), lt):
                pos = s.find(">", lt + 4) + 1
                continue
            end = _COMMENT_END.search(s, lt + 4)
            pos = end.end() if end else n  # an unclosed comment hides the rest, as in browsers
            continue
        if lt > last_gt:
            return  # a tag cut off by the end of the file: dropped, as browsers do
        if nxt.isascii() and nxt.isalpha():
            simple = _SIMPLE_TAG.match(s, lt)  # "<p>": most tags, the fast way
            tag = (simple[1].lower(), [], False, simple.end()) if simple else None
            tag = tag or _scan_start_tag(s, lt, lenient)
            if tag is None:
                lenient = True  # from now on tags end at the next '>' (linear time)
                tag = _scan_start_tag(s, lt, True)
                assert tag is not None  # a '>' follows: lt <= last_gt
            name, attrs, self_closing, pos = tag
            yield ("start", name, attrs, self_closing)
            if name in _RAW_TEXT and not self_closing:
                end = _RAW_END[name].search(s, pos)
                yield ("raw", name, s[pos : end.start() if end else n])
                if end:
                    gt = s.find(">", end.end() - 1)
                    pos = gt + 1 if gt >= 0 else n
                else:
                    pos = n
                yield ("end", name)
            continue
        if nxt == "/":
            after = s[lt + 2 : lt + 3]
            gt = s.find(">", lt + 2)
            if after.isascii() and after.isalpha():
                m = _TAG_NAME.match(s, lt + 2)
                assert m is not None
                yield ("end", m.group().lower())
            pos = gt + 1  # "</>" and "</ junk>" are dropped, as in browsers
            continue
        pos = s.find(">", lt + 2) + 1  # <!doctype>, <![CDATA[…]]>, <?xml?>: not text


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
    def start(self, tag: str, attr_list: _Attrs, self_closing: bool) -> None:
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
        for token in _tokens(html):
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


def _meta_date(value: str) -> str | None:
    """The ISO date a metadata value starts with, or None: pages carry dates like
    "November 19, 2019, 07:47 PM EST" that are not worth refusing a page over."""
    try:
        parse_date(value[:10])
    except ArticleError:
        return None
    return value[:10]


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
        "article:published_time",
        "ld:datePublished",
        "date",
        "pubdate",
        "dc.date",
        "publish-date",
    ):
        found = _meta_date(meta.get(key, ""))
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
    name = _display_name(path)
    try:
        info = os.stat(p)
    except OSError as exc:
        if exc.errno == errno.ENOENT and os.path.islink(p):
            raise ArticleError(f"{name}: no such file (broken symbolic link)") from None
        raise _os_error(name, exc) from None
    except ValueError:  # an embedded NUL in the name
        raise ArticleError(f"{name}: no such file (invalid file name)") from None
    _check_kind(info.st_mode, name)
    if p.suffix.lower() not in SUFFIXES:
        raise ArticleError(
            f"{name}: unsupported file type {p.suffix or '(none)'!r}: use .txt, .md or .html"
        )
    if info.st_size > MAX_BYTES:
        raise _too_big(name, info.st_size)
    data = _read_capped(p, name)
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
        path=str(path),
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


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file; a path that cannot be resolved (a link
    loop) is only itself, and load_article reports why."""
    try:
        return a.resolve() == b.resolve()
    except (OSError, RuntimeError):
        return False


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
                if _same_file(Path(key), p):
                    pub = value
        out.append(load_article(p, pub, article_id(p, set())))
    stems = Counter(a.id for a in out)
    taken = set(stems)  # a shared stem is nobody's: each copy gets a suffix
    renamed = {}
    # identical copies under one name are told apart by their folders, in path order
    for a in sorted(out, key=lambda a: os.path.realpath(a.path)):
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
