"""A quotation that runs on across sentences and paragraphs, read whole.

News copy carries one quotation over several paragraphs in three ways, and
copy split one sentence to a line (wire feeds, the ECB+ texts) makes every
sentence a paragraph:

- the quote is left open at the end of a paragraph and closed later, with
  paragraphs between that carry no mark at all ('"You never see that. /
  They know we like the slant game. / He just made a good play."');
- by the paragraph convention, no closing mark before the next paragraph's
  opening mark ('"The crowd were into it. / "It's been a very different
  season.');
- the speaker is named after the first sentence and the quotation goes on in
  the next paragraph with no attribution of its own ('"This is a funny game,"
  Manning said. / "We were completing some passes, but were down 14-0."'),
  or in the same paragraph after the credit sentence ('"I always dreamed of
  this shirt," Vogt said. "Now I want to win the league."': align32).

Read piece by piece, a quotation was paired in parts: a trial's editor met
"This is a funny game" called a cut of "It was a funny game, we were
completing some passes …" while the changed words were never shown.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .longrun import MAX_CREDITED_PARAGRAPHS, credited_run
from .mention import CLOSE, OPEN, STRAIGHT, QuoteMention, normalise_words
from .speakers import SPEECH_VERBS

# Mark-less paragraphs an open quotation may run through before it closes (or
# the convention reopens it); an opening mark left open with no end in sight is
# a stray mark, not a quotation running over the rest of the article.
MAX_BARE_PARAGRAPHS = 4

# The attribution between two parts of one quotation: '," Manning said.' then a
# paragraph break, nothing else. The speaker may be described after the verb
# ('," said Christina Greenway, daughter of slain court reporter Julie Ann
# Brandau.' then '"Which is what he has to look forward to …': read apart, the
# quotation was called cut where the other source printed it whole).
_CREDIT_THEN_BREAK = re.compile(
    rf"^[ \u00a0]*[^\n\"“”]{{0,60}}?\b(?:{SPEECH_VERBS})\b[^\n\"“”]{{0,100}}?[.][ \u00a0]*\n\s*$"
)


def _open_at_end(text: str, par: tuple[int, int], raws: list[tuple[int, int]]) -> bool:
    """The paragraph's last quotation is left open: its words run to the end."""
    if not raws:
        return False
    end = par[0] + len(text[par[0] : par[1]].rstrip())
    return raws[-1][1] == end and text[end - 1 : end] not in CLOSE + STRAIGHT


def _resumes(text: str, par: tuple[int, int], raws: list[tuple[int, int]]) -> bool:
    """After mark-less paragraphs, this one ends the quotation (its first mark
    closes: the opening was the earlier paragraph's) or reopens it at its start."""
    if not raws:
        return False
    par_text = text[par[0] : par[1]]
    lead = len(par_text) - len(par_text.lstrip())
    starts_open = par_text.lstrip()[:1] in OPEN + STRAIGHT
    return raws[0][0] - par[0] - lead <= 1 and (starts_open or raws[0][1] < par[1])


def _bare(text: str, par: tuple[int, int], raws: list[tuple[int, int]]) -> bool:
    """No double mark in the paragraph: inside a quotation that runs on, marks
    printed single are a quotation within it ("One neighbour called it 'a
    wall of mud.'"), not its end; read as its end, the run broke there and the
    words before the inner quote were lost."""
    return not raws or not any(ch in OPEN + CLOSE + STRAIGHT for ch in text[par[0] : par[1]])


def carry_over(
    text: str, pars: list[tuple[int, int]], raws: list[list[tuple[int, int]]]
) -> list[list[tuple[int, int]]]:
    """``raws`` (quoted spans per paragraph) with every mark-less paragraph that
    an open quotation runs through read as quoted, when the quotation closes or
    is reopened within :data:`MAX_BARE_PARAGRAPHS` paragraphs."""
    out = [list(r) for r in raws]
    i = 0
    while i < len(pars):
        if not _open_at_end(text, pars[i], out[i]):
            i += 1
            continue
        j = i + 1
        while j < len(pars) and _bare(text, pars[j], out[j]) and j - i <= MAX_CREDITED_PARAGRAPHS:
            j += 1
        if j > i + 1 and j < len(pars) and out[j] and _resumes(text, pars[j], out[j]):
            at = (i, out[i][-1][0] - 1, j, out[j][0][1])
            if j - i - 1 > MAX_BARE_PARAGRAPHS and not credited_run(text, pars, at):
                i += 1  # a long run credited at neither mark: a stray mark (longrun.py)
                continue
            for k in range(i + 1, j):
                s, e = pars[k]
                body = text[s:e]
                lead = len(body) - len(body.lstrip())
                out[k] = [(s + lead, s + len(body.rstrip()))]
        i = max(j, i + 1)
    return out


def _named(q: QuoteMention) -> bool:
    return q.speaker is not None and q.speaker.start >= 0


def _goes_on(text: str, q: QuoteMention, nxt: QuoteMention) -> bool:
    """``nxt`` is the rest of ``q``'s quotation."""
    between = text[q.end : nxt.start]
    if "\n" not in between:
        return _goes_on_after_credit(q, nxt, between)
    if q.text.rstrip()[-1:] not in CLOSE + STRAIGHT:
        return not between.strip(" \u00a0\n" + OPEN + STRAIGHT)  # left open, runs on
    # '"…," Manning said.' and the next paragraph opens a quotation credited to
    # nobody. The convention holds whether or not the attribution was resolved
    # to a person ('"…," he said.' with no antecedent found): the words between
    # are an attribution all the same.
    if _named(nxt) or nxt.text[:1] not in OPEN + STRAIGHT:
        return False
    same = nxt.speaker is None or (q.speaker is not None and nxt.speaker.key == q.speaker.key)
    return same and _CREDIT_THEN_BREAK.match(between) is not None


# one paragraph: '"…," Vogt said. "…"': the credit sentence between, nothing else
# (one sentence: a stop only after an abbreviation, 'Lt.', 'J.')
_IN_SENTENCE = r"(?:[^\n\"“”.!?]|\b[A-Z][a-z]{0,3}\.)"
_CREDIT_SENTENCE = re.compile(
    rf"^[ \u00a0]*{_IN_SENTENCE}{{0,60}}?\b(?:{SPEECH_VERBS})\b{_IN_SENTENCE}{{0,100}}?"
    r"[.][ \u00a0]+$"
)


def _goes_on_after_credit(q: QuoteMention, nxt: QuoteMention, between: str) -> bool:
    """In one paragraph, ``nxt`` goes on with ``q``'s quotation when only
    ``q``'s credit sentence stands between ('"I always dreamed of this
    shirt," Vogt said. "Now I want to win the league."') and ``nxt`` has no
    credit of its own: the speaker read for it is ``q``'s, by the same words.
    Read apart, a source printing the two runs as one quotation ('"… shirt.
    Now I want …," she said.') was called to quote more than the other, and
    one quotation made two versions of a finding (align32)."""
    if q.text.rstrip()[-1:] not in CLOSE + STRAIGHT or nxt.text[:1] not in OPEN + STRAIGHT:
        return False
    if q.speaker is None or not _named(q):
        return False
    credited_by_q = nxt.speaker is None or (
        nxt.speaker.start == q.speaker.start and nxt.speaker.key == q.speaker.key
    )
    return credited_by_q and _CREDIT_SENTENCE.match(between) is not None


def _joined(text: str, q: QuoteMention, nxt: QuoteMention) -> QuoteMention:
    parts = q.parts + nxt.parts
    words = normalise_words(" ".join(text[s:e] for s, e in parts))
    speaker = q.speaker if _named(q) or not _named(nxt) else nxt.speaker
    if speaker is None:
        speaker = nxt.speaker
    elif "\n" in text[q.end : nxt.start] and not _named(nxt) and _named(q):
        # the words after the break are credited by convention, not by name: the
        # speaker is a guess and never makes an attribution conflict (session 14)
        speaker = replace(speaker, start=-1, end=-1)
    return QuoteMention(q.start, nxt.end, text[q.start : nxt.end], parts, words, speaker)


def join_runs(text: str, quotes: list[QuoteMention]) -> list[QuoteMention]:
    """One mention per quotation that runs over several paragraphs (in order)."""
    out: list[QuoteMention] = []
    for q in quotes:
        if out and _goes_on(text, out[-1], q):
            out[-1] = _joined(text, out[-1], q)
        else:
            out.append(q)
    return out
