"""Untrusted text made safe to show: on a terminal, in a file someone will ``cat``.

Article titles, outlets, sentences, quotes, explanations, notes, corrections
and reviewer names come from outside. Printed raw, an ESC starts an ANSI or
OSC sequence (recolour the terminal, set its title, write a hyperlink, on
some terminals even report back as typed input); a CR or LF lets one field
forge a whole line of output (a fake ``--history`` entry); a bidi override
(U+202E) reorders what follows on the line. :func:`one_line` replaces every
such character with a visible escape (``\\x1b``, ``\\n``, ``\\u202e``) so the
line shows what the text really contains and nothing else.

Backslashes are left alone, so a text that literally contains ``\\x1b`` looks
the same as one that contained ESC: the point is that neither acts.
"""

from __future__ import annotations

import re
import unicodedata

# Directional embeddings, overrides and isolates (the "Trojan Source" set),
# plus the Unicode line and paragraph separators, which some terminals and
# viewers break lines on.
BIDI_CONTROLS = frozenset(
    [chr(c) for c in range(0x202A, 0x202F)] + [chr(c) for c in range(0x2066, 0x206A)]
)
LINE_SEPARATORS = frozenset("\u2028\u2029")

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _visible(ch: str) -> str:
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def _needs_escape(ch: str) -> bool:
    # Cc: C0 controls (NUL..US, ESC among them), DEL and the C1 controls
    # U+0080..U+009F (U+009B is a one-character CSI on some terminals).
    return unicodedata.category(ch) == "Cc" or ch in BIDI_CONTROLS or ch in LINE_SEPARATORS


def visible_controls(text: str, keep: str = "") -> str:
    """``text`` with control, bidi-override and line-separator characters
    replaced by visible escapes, except the characters in ``keep`` (e.g.
    ``"\\n\\t"`` for a document that may keep its line breaks)."""
    if text.isprintable():
        return text  # the common case; isprintable() is False for Cc, Cf (bidi), Zl, Zp
    return "".join(_visible(ch) if _needs_escape(ch) and ch not in keep else ch for ch in text)


def one_line(text: object) -> str:
    """Any value as a single, inert line for a terminal: no ESC, CR, LF,
    TAB, NUL, DEL, C1 control or bidi override survives as itself."""
    return visible_controls(str(text))


_BREAKS = re.compile(r"\s*(?:\r\n|[\r\n\u2028\u2029\x85])+\s*")


def flat(text: str) -> str:
    """An editor's note or correction on one line: its line breaks (notes
    merged from two editors are joined by a blank line) shown as " ¶ ", not
    as the escape ``\\n`` (trial 29 read "…2008\\n\\n Window note part1" in
    ``review --history``). Still pass the line through :func:`one_line`."""
    return _BREAKS.sub(" ¶ ", text.strip()) if text else text
