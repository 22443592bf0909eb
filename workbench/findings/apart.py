"""Two sentences that never state one claim, whatever their alignment scores.

The aligner scores two sentences by their words, values and meaning; it cannot
tell two stages of one story or two sentences of one speaker apart, and readers
judge those different claims (issue 15, readers G9 and G10):

- **Stages of a case.** "Police arrest suspect in fatal hit and run" and "Man
  charged in fatal hit and run"; "A jury convicted X of assault" and "X was
  sentenced to life": an arrest, a charge, a conviction and a sentence are
  different happenings (the judge already keeps their counts and days apart,
  ``facts.measure``); so are an order to face trial and the trial itself.
  Two sentences that each name stages of a case, none in common, are two
  claims; a sentence naming two stages ("sentenced to life after he was
  convicted") may go with either.
- **Two statements of one speaker.** One source quoting two of a speaker's
  sentences ("'If players have problems with him, something is wrong with
  those players.'" / "'I look at him and I know him,' he said") quotes two
  statements; another source quoting the first tells only that one. Two
  sentences of one source that each quote a statement (not a name or a title,
  ``evidence.is_phrase``), neither quotation holding the other's words, are two
  claims: the second never joins the group as the source's restatement. A
  quotation the sentence splitter cut in two is joined later as one passage
  (``quotes``), not here.
- **A claim stated only in passing.** "Ross is expecting a raise (he was given
  $3 million upfront)" and "Ross was paid $3 million to direct": what the two
  share sits in a side part of one (a bracket, a passage between dashes, a
  relative clause, "after ...") while the other states it as its main claim.
  A sentence joins a group only through its main claim (``passing``; three of
  reader G11's five impure groups).
- **Another scope.** "the fifth NBA coach fired" and "the third Eastern
  Conference coach fired"; "the franchise's all-time leader" and "the league's
  all-time leader": ranks or records over different scopes (``ranks``).
- **A claim put in doubt.** "The sequel has a release date of November 22"
  and "why the sequel might not make its November 22 release date": one
  sentence's main part says the claim may not hold, the other states it
  (``doubt``; reader G11).
- **Another occasion.** "In January, undersea cables were also damaged" and
  "Cables were damaged, disrupting 70% of communications": a sentence opening
  with a month or year that says this happened also or again recalls an
  earlier occasion (``occasions``; fresh editor trial 24, 30_ecb).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache

from ..model import Claim, Fact
from .doubt import doubt_apart
from .evidence import is_phrase
from .occasions import other_occasions
from .passing import Close, in_passing
from .ranks import other_scopes

# The stages of a case as ``facts.happenings.DATED`` reads them (the judge's
# lexicon; the review log imports this package, and the log may not import the
# facts, so the patterns are repeated here and a test keeps them equal).
CASE_STAGES: tuple[tuple[str, str], ...] = (
    ("sentenced", r"sentenc\w*"),
    ("convicted", r"convict\w*|found(?:[ \u00a0]+[\w.-]+){0,3}?[ \u00a0]+guilty\b|verdict\b"),
    ("charged", r"charg(?:es|ed|ing)\b|indict\w*|arraign\w*"),
    (
        "arrested",
        r"arrest\w*|detain\w*|recaptur\w*|apprehend\w*"
        r"|(?:was|were|been|being|is|are)[ \u00a0]+captured\b(?![ \u00a0]+(?:on|by|in)[ \u00a0]+"
        r"(?:[\w-]+[ \u00a0]+)?(?:video|cameras?|film|tape|CCTV|footage|photos?|images?)\b)"
        r"|(?:taken|took|taking)[ \u00a0]+into[ \u00a0]+custody\b"
        r"|captured[ \u00a0]+(?:him|her|them|the[ \u00a0]+(?:suspects?|fugitives?|escapees?"
        r"|gunm[ae]n|inmates?|prisoners?))\b",
    ),
)
_STAGES = tuple((name, re.compile(rf"\b(?:{rx})", re.IGNORECASE)) for name, rx in CASE_STAGES)
# Two stages the grouping reads besides the judge's: a court ordering someone to
# face trial (at a hearing) and the trial itself, which may open years later
# ("will face trial on counts of murder" / "The murder trial starts Monday" /
# "has been charged with murder": three happenings, readers G1 and G3)
_ORDERED = re.compile(
    r"\b(?:fac(?:e|es|ed|ing)|stand(?:s|ing)?|stood|held\s+(?:over\s+)?for)\s+(?:a\s+)?trial\b",
    re.IGNORECASE,
)
_TRIAL = re.compile(r"\btrials?\b", re.IGNORECASE)
# A stage undone: a court throwing out a conviction, a sentence or the charges
# ("the Utah Supreme Court tossed out a 2008 conviction" against "held since his
# arrest and eventual conviction": readers G4, G5 and G9 call the reversal another
# happening than the conviction it undoes). The verb stands within a few words of
# a stage's noun, either way round ("overturned his conviction", "the charges
# against him were dropped").
_UNDO = (
    r"overturn\w*|(?:toss(?:es|ed|ing)?|thr(?:ew|own|ows?|owing))\s+out|"
    r"vacat(?:e|es|ed|ing)|revers(?:e|es|ed|ing)|quash\w*|struck\s+down|strikes?\s+down|"
    r"set\s+aside|drop(?:s|ped|ping)|dismiss(?:es|ed|ing)"
)
_STAGE_NOUN = r"convictions?|sentences?|charges?|indictments?|verdicts?"
# up to five words between, within one clause ("Shares dropped 5% after the
# verdict" drops no verdict)
_BREAK = r"after|before|when|while|as|because|since|until|and|but"
_GAP = rf"(?:[^\w.;:]+(?!(?:{_BREAK})\b)\w+){{0,5}}?[^\w.;:]+"
_UNDONE = re.compile(
    rf"\b(?:(?:{_UNDO}){_GAP}(?:{_STAGE_NOUN})|(?:{_STAGE_NOUN}){_GAP}(?:{_UNDO}))\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W_]+")

Apart = Callable[[str, str], bool]  # two claims (by id) that never state one claim


@lru_cache(maxsize=1 << 14)  # a sentence read once, not once per sentence it is tested with
def stages(text: str) -> frozenset[str]:
    """The stages of a case a sentence names (arrested, charged, ordered to
    face trial, on trial, convicted, sentenced; "undone" for one thrown out)."""
    named = {name for name, rx in _STAGES if rx.search(text)}
    ordered = len(_ORDERED.findall(text))
    if ordered:
        named.add("ordered to trial")
    if len(_TRIAL.findall(text)) > ordered:
        named.add("on trial")
    if _UNDONE.search(text):
        named.add("undone")
    return frozenset(named)


def other_stages(a: str, b: str) -> bool:
    """Do two sentences tell different stages of a case (each names some, none in
    common), or does one tell a stage undone (a conviction overturned, charges
    dropped) that the other, naming a stage, does not?"""
    sa, sb = stages(a), stages(b)
    if not sa or not sb:
        return False
    return not sa & sb or ("undone" in sa) != ("undone" in sb)


def _words(quoted: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(quoted))


def _holds(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """Does one quotation's run of words hold the other's?"""
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def other_statements(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two sentences' quoted statements (each non-empty) are different ones:
    no quotation of one holds, or is held by, a quotation of the other."""
    wa = [w for w in map(_words, a) if w]
    wb = [w for w in map(_words, b) if w]
    if not wa or not wb:
        return False
    return not any(_holds(x, y) or _holds(y, x) for x in wa for y in wb)


def different_claims(
    claims: Sequence[Claim], facts: Sequence[Fact], close: Close | None = None
) -> Apart:
    """The test the grouping asks of every two claims it would put in one
    group: different stages of a case, ranks over different scopes, one
    stating in passing what the other states as its main claim, one recalling
    another occasion, one putting in doubt what the other states, or, within
    one source, two quoted statements (see the
    module). ``close``: how near in meaning two texts are
    (``passing.side_detail``). Answers are kept per pair."""
    by_id = {c.id: c for c in claims}
    quoted: dict[str, list[str]] = defaultdict(list)
    dates: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        if f.kind == "date":
            dates[f.claim].append(f)
        if f.kind == "quote" and isinstance(f.value.get("quote"), str) and not is_phrase(f.text):
            quoted[f.claim].append(f.value["quote"])
    known: dict[frozenset[str], bool] = {}

    def test(x: str, y: str) -> bool:
        key = frozenset((x, y))
        if key not in known:
            cx, cy = by_id[x], by_id[y]
            known[key] = (
                other_stages(cx.text, cy.text)
                or other_scopes(cx.text, cy.text)
                or (cx.article == cy.article and other_statements(quoted[x], quoted[y]))
                or in_passing(cx.text, cy.text, close)
                or other_occasions(cx, cy, dates[x], dates[y])
                or doubt_apart(cx.text, cy.text)
            )
        return known[key]

    return test
