"""Property tests for the article loader (seeded, so a failure repeats).

1. Any bytes, saved as .txt, .md or .html, give an Article with text or an
   ArticleError with a one-line message; never another exception.
2. HTML built from tags, attributes and text: text inside hidden elements never
   reaches the output, text in visible paragraphs always does, also when end
   tags are missing.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from workbench.articles import ArticleError, html_main_text, load_article


def seeded(examples: int) -> settings:
    """Derandomized: the same examples on every run and machine, no saved database."""
    return settings(
        derandomize=True,
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


# -- 1. any bytes ----------------------------------------------------------------------

SOUP = [
    "<",
    ">",
    "</",
    "<a ",
    "<p>",
    "</p>",
    "<div hidden>",
    "</div>",
    "<!--",
    "-->",
    "<!",
    "<?",
    '"',
    "'",
    "=",
    "&",
    "&amp;",
    "&#",
    "&#x",
    ";",
    "<script>",
    "</script>",
    "<article>",
    "<br/>",
    "---\n",
    "title: T\n",
    "published: 2024-02-30\n",
    "date: 2024-01-02\n",
    "\n",
    " ",
    "words ",
    "Café ",
    "“q” ",
    "\r\n",
    "\t",
    "\ufeff",
    "\x00",
    "\x1b",
]
TEXTS = st.text(max_size=300)
ENCODED = st.tuples(TEXTS, st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-16-be"])).map(
    lambda t: t[0].encode(t[1], errors="surrogatepass")
)
CP1252 = st.text(alphabet=st.characters(codec="cp1252"), max_size=300).map(
    lambda s: s.encode("cp1252")
)
SOUPS = st.lists(st.sampled_from(SOUP), max_size=80).map(lambda xs: "".join(xs).encode())
ANY_BYTES = st.one_of(st.binary(max_size=600), ENCODED, CP1252, SOUPS)

_folder = tempfile.TemporaryDirectory(prefix="loader-props-")


@seeded(2000)
@given(data=ANY_BYTES, suffix=st.sampled_from([".txt", ".md", ".html"]))
# found by this test in session 14: a hidden element's tail text holding a
# control character made lxml raise ValueError instead of giving an article
@example(data=b"<di\thidden></di>\x01", suffix=".html")
@example(data=b"<p>Fire <span hidden>x</span>\x0bcrews\x1f came.</p>", suffix=".html")
def test_any_bytes_give_an_article_or_a_one_line_error(data, suffix):
    path = Path(_folder.name) / f"input{suffix}"
    path.write_bytes(data)
    try:
        article = load_article(path)
    except ArticleError as exc:
        message = str(exc)
        assert message.startswith(f"{path}: ") and "\n" not in message, message
        return
    assert article.text.strip()
    assert "\x00" not in article.text


# -- 2. hidden text stays hidden ----------------------------------------------------------

HIDING_ATTRS = [
    "hidden",
    'hidden=""',
    "HIDDEN",
    'aria-hidden="true"',
    "aria-hidden=TRUE",
    'style="display:none"',
    "style='DISPLAY : none ;'",
    'style="color: red; visibility: hidden"',
]
NOISE_ATTRS = [
    "",
    ' class="story"',
    ' aria-hidden="false"',
    ' style="display:block"',
    ' title="a > b"',
    " data-x='<p>'",
    " id=x",
]
INLINE = ["span", "b", "em", "a", "i", "strong"]
BLOCK = ["div", "section", "blockquote"]
HIDING_TAGS = [
    ("button", "", ""),
    ("select", "<option>", "</option>"),
    ("svg", "<text>", "</text>"),
    ("math", "<mi>", "</mi>"),
    ("textarea", "", ""),
    ("object", "", ""),
    ("template", "<p>", "</p>"),
    ("noscript", "<p>", "</p>"),
    ("iframe", "", ""),
    ("script", "", ""),
    ("style", "", ""),
]
VOIDS = ["<br>", "<br/>", "<img src=x>", "<input type=text>", "<wbr>", "<img alt='hidx'/>"]
RAW = {"textarea", "iframe", "script", "style", "noscript"}


@dataclass
class Doc:
    """HTML being built, with the marker words that must or must not show."""

    parts: list[str] = field(default_factory=list)
    shown: list[str] = field(default_factory=list)
    n: int = 0

    def word(self, kind: str) -> str:
        self.n += 1
        return f"{kind}{self.n}"


def case(tag: str, draw) -> str:
    return tag.upper() if draw(st.booleans()) else tag


@st.composite
def inline_content(
    draw, doc: Doc, depth: int, visible: bool, messy: bool, above: tuple[str, ...]
) -> bool:
    """Inline children of a paragraph; returns False once a hidden element was
    left open: the rest of its parent is then inside it. An end tag is left out
    only where no ancestor has the same name, since ``</div>`` closes the
    innermost open div, which would not be the one the tree meant."""
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["text", "text", "inline", "hide", "hidetag", "void", "note"]))
        if kind == "text" or (depth > 3 and kind in ("inline", "hide")):
            word = doc.word("vis" if visible else "hid")
            if visible:
                doc.shown.append(word)
            noise = draw(st.sampled_from(["", " &amp; ", " 5 < 6 ", " &lt;p&gt; ", " café "]))
            doc.parts.append(f" {word}{noise} ")
        elif kind == "void":
            doc.parts.append(draw(st.sampled_from(VOIDS)))
        elif kind == "note":
            doc.parts.append(f"<!-- {doc.word('hid')} -->")
        elif kind == "hidetag":
            tag, inner_open, inner_close = draw(st.sampled_from(HIDING_TAGS))
            doc.parts.append(f"<{case(tag, draw)}>{inner_open} {doc.word('hid')} {inner_close}")
            doc.parts.append(f"</{tag}>")
        else:
            tag = draw(st.sampled_from(INLINE))
            hides = kind == "hide"
            attr = " " + draw(st.sampled_from(HIDING_ATTRS)) if hides else ""
            # the hiding attribute first: of repeated attributes the first counts
            doc.parts.append(f"<{case(tag, draw)}{attr}{draw(st.sampled_from(NOISE_ATTRS))}>")
            inner_visible = draw(
                inline_content(doc, depth + 1, visible and not hides, messy, (*above, tag))
            )
            if messy and tag not in above and draw(st.integers(0, 3)) == 0:
                if hides or not inner_visible:
                    visible = False  # left open: the rest of the parent may be hidden
                continue
            doc.parts.append(f"</{tag}>")
    return visible


@st.composite
def block_content(
    draw, doc: Doc, depth: int, visible: bool, messy: bool, above: tuple[str, ...]
) -> bool:
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["p", "p", "block", "hideblock", "hidetag"]))
        if kind == "p" or depth > 3:
            doc.parts.append(f"<{case('p', draw)}{draw(st.sampled_from(NOISE_ATTRS))}>")
            inner = draw(inline_content(doc, depth + 1, visible, messy, ("p",)))
            doc.parts.append("</p>")
            del inner  # a paragraph ends every inline element left open in it
        elif kind == "hidetag":
            tag, inner_open, inner_close = draw(st.sampled_from(HIDING_TAGS))
            doc.parts.append(f"<{tag}>{inner_open}<p>{doc.word('hid')}</p>{inner_close}</{tag}>")
        else:
            tag = draw(st.sampled_from(BLOCK))
            hides = kind == "hideblock"
            attr = " " + draw(st.sampled_from(HIDING_ATTRS)) if hides else ""
            doc.parts.append(f"<{case(tag, draw)}{attr}>")
            inner_visible = draw(
                block_content(doc, depth + 1, visible and not hides, messy, (*above, tag))
            )
            if messy and tag not in above and draw(st.integers(0, 3)) == 0:
                if hides or not inner_visible:
                    visible = False
                continue
            doc.parts.append(f"</{tag}>")
    return visible


@st.composite
def documents(draw) -> tuple[str, list[str]]:
    doc = Doc()
    messy = draw(st.booleans())
    draw(block_content(doc, 0, True, messy, ()))
    body = "".join(doc.parts)
    if draw(st.booleans()):
        body = f"<!DOCTYPE html><html><head><title>T</title></head><body>{body}</body></html>"
    return body, doc.shown


@seeded(1200)
@given(documents())
def test_hidden_text_never_shows_and_paragraph_text_does(document):
    html, shown = document
    _meta, text = html_main_text(html)
    assert "hid" not in text, (html, text)
    words = set(re.findall(r"vis\d+", text))
    missing = [w for w in shown if w not in words]
    assert not missing, (html, text, missing)
