"""A Markdown article as the text a reader sees: no ``#``, ``*`` or link syntax.

Parsed by markdown-it-py (CommonMark, with tables and strikethrough) and
rendered to plain text: each heading, paragraph, list item, quoted paragraph,
table row and code block is a paragraph, separated by a blank line; a line
break inside a paragraph stays a line break. Links keep their words and lose
their address, images keep their description, emphasis and code marks go,
entities and backslash escapes become the characters they stand for, and raw
HTML is dropped. Offsets into the article are offsets into this text, the
text the window shows.

A file in which no markup changes a visible character (most articles saved as
``.md`` are plain prose) keeps its text exactly as written: the review log
remembers the article to correct by a hash of its text, so whitespace tidied
by the renderer must not make a reviewed article a stranger.
"""

from __future__ import annotations

from functools import cache


@cache
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _inline(children) -> str:
    out = []
    for t in children or ():
        if t.type in ("text", "code_inline"):
            out.append(t.content)
        elif t.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif t.type == "image":
            out.append(_inline(t.children))  # its description
        # link, emphasis and strikethrough marks, and inline HTML, show nothing
    return "".join(out)


def markdown_text(source: str) -> str:
    """The plain text of a Markdown document, paragraphs separated by blank
    lines; the source itself when rendering would change only whitespace."""
    text = _render(source)
    return source if "".join(text.split()) == "".join(source.split()) else text


def _render(source: str) -> str:
    blocks: list[str] = []
    row: list[str] | None = None  # the cells of the table row being read
    for t in _parser().parse(source):
        if t.type == "tr_open":
            row = []
        elif t.type == "tr_close" and row is not None:
            blocks.append(" ".join(cell for cell in row if cell))
            row = None
        elif t.type == "inline":
            text = _inline(t.children).strip()
            if row is not None:
                row.append(text)
            elif text:
                blocks.append(text)
        elif t.type in ("fence", "code_block") and t.content.strip():
            blocks.append(t.content.strip("\n"))
    return "\n\n".join(blocks)
