"""A linear-time HTML tokenizer.

A small tokenizer instead of html.parser: html.parser re-scans the rest of the
document at every unterminated construct ("<a <a <a …", "</ </ </", "<? <? <?"),
which is quadratic or worse. Here every step moves forward past what it read;
the only scan that can run to the end of the input happens at most once.
"""

from __future__ import annotations

import html as htmllib
import re
from collections.abc import Iterator

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

Attrs = list[tuple[str, str]]
# ("text", text) | ("start", tag, attrs, self_closing) | ("end", tag) | ("raw", tag, text)
_Token = tuple


def _scan_start_tag(s: str, i: int, lenient: bool) -> tuple[str, Attrs, bool, int] | None:
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
    attrs: Attrs = []
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


def tokens(s: str) -> Iterator[_Token]:
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
