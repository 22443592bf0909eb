"""Quotation marks printed single (British style: 'We are pleased,' he said),
told apart from apostrophes, within one paragraph and over several.

Within a paragraph only a clean alternation of opening and closing marks is
a quotation; anything else is apostrophes. Over paragraphs (copy printed one
sentence to a line, as the ECB+ texts and wire feeds are) a quotation opens
with a paragraph's only mark and closes in a later paragraph
whose first mark closes it ("'When me and my son were on the floor, I noticed
Mrs Horton fall down. / I honestly thought she was shot in the head. / There
was blood,' said …"): read a paragraph at a time, none of it was a quote and
the same words in double marks elsewhere were never compared.
"""

from __future__ import annotations

from .longrun import MAX_CREDITED_PARAGRAPHS, credited_run

# Mark-less paragraphs a quotation in single marks may run through (as for
# double marks, runs.MAX_BARE_PARAGRAPHS).
MAX_BARE_PARAGRAPHS = 4

Marks = list[tuple[int, str]]


def single_marks(par: str) -> Marks:
    """Single quote marks used as quotation marks, told apart from
    apostrophes: an opening mark starts a word after a space, a closing mark
    follows punctuation or a word and is not followed by a letter."""
    out = []
    for i, ch in enumerate(par):
        if ch not in "‘’'":
            continue
        before = par[i - 1] if i else " "
        after = par[i + 1] if i + 1 < len(par) else " "
        if ch in "‘'" and (before.isspace() or before in "([—–:") and after.isalpha():
            out.append((i, "open"))
        elif ch in "’'" and not after.isalnum() and before in ",.!?…;:-—":
            out.append((i, "close"))
    return out


def woven_marks(par: str) -> Marks:
    """Single marks around words woven into the reporter's sentence, closed
    after a word ("said the families 'can't go back tonight' because …", "her
    'party girl' reputation"): :func:`single_marks` closes a quotation only
    after punctuation, as a mark after a word may be a plural's apostrophe
    ("the players' union"), so such a quotation was never read (session 37).
    A mark after a word closes an opening mark when it is the only mark that
    may close it before the next opening mark or the paragraph's end, or the
    only one of them a stop or the paragraph's end follows ("'an insult to
    every driver', and the drivers' strike"); marks after a word outside any
    quotation are apostrophes ("Residents' leader Tom Hale said 'nobody
    listened to us'"). Two that may close one opening mark, neither before a
    stop ("'the players' union failed us' on Sunday"), leave the paragraph
    unread, as before."""
    marks = single_marks(par)
    if not marks or marks[0][1] == "close":
        return []  # closes a quotation opened lines before: single_runs reads it
    opens = [(i, k) for i, k in marks if k == "open"]
    closes = sorted({i for i, k in marks if k == "close"} | set(_after_word(par)))
    out: Marks = []
    for n, (o, _) in enumerate(opens):
        end = opens[n + 1][0] if n + 1 < len(opens) else len(par)
        between = [c for c in closes if o < c < end]
        if len(between) > 1:  # the one a stop or the paragraph's end follows
            between = [c for c in between if par[c + 1 : c + 2] not in (" ", "\u00a0")]
        if len(between) != 1:
            return []
        out += [(o, "open"), (between[0], "close")]
    return out


def _after_word(par: str) -> list[int]:
    """Single marks right after a letter or digit and before no letter or digit."""
    return [
        i
        for i, ch in enumerate(par)
        if ch in "’'" and i and par[i - 1].isalnum() and not par[i + 1 : i + 2].isalnum()
    ]


def alternating(marks: Marks) -> bool:
    """Opening and closing marks in turn, as many of each: quotation marks."""
    kinds = [k for _, k in marks]
    return bool(kinds) and kinds == ["open", "close"] * (len(kinds) // 2) and len(kinds) % 2 == 0


def _opens_run(marks: Marks) -> bool:
    """The paragraph's only mark opens a quotation and nothing closes it."""
    return [k for _, k in marks] == ["open"]


def _closes_run(marks: Marks) -> bool:
    """The paragraph's first mark closes a quotation opened earlier; any after
    it alternate cleanly."""
    return bool(marks) and marks[0][1] == "close" and (len(marks) == 1 or alternating(marks[1:]))


def single_runs(
    text: str, pars: list[tuple[int, int]], raws: list[list[tuple[int, int]]]
) -> list[list[tuple[int, int]]]:
    """``raws`` (quoted spans per paragraph, article offsets) with every
    quotation in single marks that runs over paragraphs added: the opening
    paragraph from its mark, the paragraphs between whole, the closing one
    to its mark (and its own quotations after it). Only paragraphs with no
    quotation found are read."""
    out = [list(r) for r in raws]
    marks = [single_marks(text[s:e]) for s, e in pars]
    i = 0
    while i < len(pars):
        s, e = pars[i]
        if out[i] or not _opens_run(marks[i]):
            i += 1
            continue
        j = i + 1
        while j < len(pars) and j - i <= MAX_CREDITED_PARAGRAPHS and not out[j] and not marks[j]:
            j += 1
        if j >= len(pars) or j - i > MAX_CREDITED_PARAGRAPHS or out[j] or not _closes_run(marks[j]):
            i += 1
            continue
        at = (i, s + marks[i][0][0], j, pars[j][0] + marks[j][0][0])
        if j - i - 1 > MAX_BARE_PARAGRAPHS and not credited_run(text, pars, at):
            i += 1  # a long run credited at neither mark: apostrophes (longrun.py)
            continue
        out[i] = [(s + marks[i][0][0] + 1, s + len(text[s:e].rstrip()))]
        for k in range(i + 1, j):
            ks, ke = pars[k]
            body = text[ks:ke]
            out[k] = [(ks + len(body) - len(body.lstrip()), ks + len(body.rstrip()))]
        out[j] = _closing(text, pars[j], marks[j])
        i = j + 1
    return out


def _closing(text: str, par: tuple[int, int], marks: Marks) -> list[tuple[int, int]]:
    """The quoted spans of a paragraph that closes a run: from its start to its
    first mark, then its own pairs of marks."""
    s, e = par
    body = text[s:e]
    spans = [(s + len(body) - len(body.lstrip()), s + marks[0][0])]
    rest = marks[1:]
    for (o, _), (c, _) in zip(rest[::2], rest[1::2], strict=True):
        spans.append((s + o + 1, s + c))
    return [(x, y) for x, y in spans if y - x > 1]
