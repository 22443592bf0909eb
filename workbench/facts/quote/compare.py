"""How two sources' versions of one quotation differ."""

from __future__ import annotations

from datetime import date
from difflib import SequenceMatcher

from ... import thresholds
from ...model import Comparison, Verdict
from .brackets import editorial_only, editorial_op
from .bysentence import left_out, merged, one_to_one, pair_sentences
from .cutshort import cut_short
from .daytold import dated_two_ways, day_told, with_parts_of_day
from .diff import QuoteDiff
from .diff import short_words as _short
from .diverging import diverging
from .dropped import changed_words
from .gaps import gap_diff
from .housestyle import house_style, name_house_style, trimmed
from .match import is_sub, matched_window
from .mention import QuoteMention, same_wording, spelling_key
from .onespeaker import kept_only_for_one_speaker
from .paraphrase import (
    bracketed_tokens,
    dropped_in_transcription,
    minor,
    reported_speech,
    tense_changed,
)
from .questions import question_at, slip_question, tense_question, token_span
from .reorder import moved_words, reordered
from .samesense import meaning_kept
from .sentences import (
    sentence_breaks,
    sentences_of,
    shared_sentences,
    whole_sentences,
)
from .sentencewise import between_sentences, edges_harmless, turning_lead
from .turncut import (
    dating_only,
    dropped_contrast,
    next_sentence_contrast,
)

# Share of words two versions must have in common for one to be the other altered:
# "it is not in his DNA to stay in prison" / "he said it's not his DNA to stay in
# jail, which is …" agree on 47%; a short phrase matched into a long quote, 30-34%.
ALTERED_AGREEMENT = 0.4

Days = tuple[date | None, date | None]


def _reordered(a: QuoteMention, b: QuoteMention, a_name: str, b_name: str) -> QuoteDiff | None:
    """The same words in another order (reorder.py): at most one is verbatim."""
    ta, tb = a.tokens, b.tokens
    if not reordered(ta, tb):
        return None
    moved = moved_words(ta, tb)
    return QuoteDiff(
        Verdict.UNRESOLVED,
        "reordered",
        f"{a_name} and {b_name} print the same words in another order: '{moved[0]}' vs "
        f"'{moved[1]}'; at most one is verbatim — check which — unresolved",
        (a.start, a.end),
        (b.start, b.end),
        _short(ta, 20),
        _short(tb, 20),
    )


def compare_quotes(
    a: QuoteMention,
    b: QuoteMention,
    a_name: str,
    b_name: str,
    texts: tuple[str, str] = ("", ""),
    days: Days = (None, None),
) -> QuoteDiff | None:
    """None when the wording is the same; otherwise what changed, and where.
    A faithful shortening is consistent only when both versions are surely one
    speaker's words (:mod:`.onespeaker`); otherwise it is a question.
    ``days``: the two articles' publication days (a word counted from the
    report's day read against a day named: :mod:`.daytold`)."""
    diff = _compare_quotes(a, b, a_name, b_name, texts, days)
    return kept_only_for_one_speaker(diff, a, b, (a_name, b_name))


def _compare_quotes(
    a: QuoteMention,
    b: QuoteMention,
    a_name: str,
    b_name: str,
    texts: tuple[str, str] = ("", ""),
    days: Days = (None, None),
) -> QuoteDiff | None:
    """The wording compared, whoever is credited with it.
    Two versions that are one quotation only in some of their sentences (each
    read whole across paragraphs, joined with neighbours the other did not
    quote: :func:`.match.matched_window`) are compared on those sentences."""
    window = matched_window(a, b)
    if window is None and a.tokens and b.tokens:
        # one quotation whole, but one side runs on into sentences the other
        # never quotes ('"… a bullet," Armstead said. / "I told my son …"'):
        # a closing mark then an opening one is another sentence; the
        # comparison is of the sentences both quote
        window = _run_on(shared_sentences(a, b), len(a.tokens), len(b.tokens))
    if window is not None:
        if (cut := dropped_contrast(a, b, window, (a_name, b_name))) is not None:
            return cut  # "This is not enough." / "… not enough. But it is a start."
        a0, a1, b0, b1 = window
        a, b = sentences_of(a, a0, a1), sentences_of(b, b0, b1)
    return _by_sentence(a, b, (a_name, b_name), texts, days)


def _by_sentence(
    a: QuoteMention,
    b: QuoteMention,
    names: tuple[str, str],
    texts: tuple[str, str],
    days: Days = (None, None),
) -> QuoteDiff | None:
    """Each sentence compared with its counterpart (:mod:`.bysentence`): a
    sentence one version leaves out is an omission, never a change of words,
    and an attribution between two sentences is never read across."""
    ta, tb = a.tokens, b.tokens
    if ta == tb or same_wording(ta, tb):
        return None
    pairs = pair_sentences(a, b)
    if not pairs or one_to_one(pairs, a, b):
        # every sentence has its own: read whole, as before
        return _compare(a, b, *names, texts, days)
    diffs = []
    for a0, a1, b0, b1 in pairs:
        diff = _compare(sentences_of(a, a0, a1), sentences_of(b, b0, b1), *names, texts, days)
        if diff is not None:
            diffs.append(diff)
    if not diffs:
        return None  # the sentences both quote read alike; the rest is left out
    omitted = (
        len(left_out(a, [(p[0], p[1]) for p in pairs])),
        len(left_out(b, [(p[2], p[3]) for p in pairs])),
    )
    return merged(diffs, names, omitted)


def _run_on(window: tuple[int, int, int, int], na: int, nb: int) -> tuple[int, int, int, int]:
    """The shared sentences, narrowed only where one side runs on past the
    other: where both go on, both quote more of the remark and it is compared."""
    a0, a1, b0, b1 = window
    if a0 and b0:
        a0 = b0 = 0
    if a1 < na and b1 < nb:
        a1, b1 = na, nb
    return a0, a1, b0, b1


def _compare(
    a: QuoteMention,
    b: QuoteMention,
    a_name: str,
    b_name: str,
    texts: tuple[str, str] = ("", ""),
    days: Days = (None, None),
) -> QuoteDiff | None:
    ta, tb = a.tokens, b.tokens
    if ta == tb or same_wording(ta, tb):
        return None
    full_a = (a.start, a.end)
    full_b = (b.start, b.end)
    if (moved := _reordered(a, b, a_name, b_name)) is not None:
        return moved
    if max(len(ta), len(tb)) > thresholds.current().quote.max_compared_words:
        return QuoteDiff(
            Verdict.UNRESOLVED,
            "altered",
            f"{a_name} and {b_name} quote passages too long to compare word by word "
            f"({len(ta)} and {len(tb)} words) — unresolved",
            full_a,
            full_b,
            _short(ta, 20),
            _short(tb, 20),
        )
    sm = SequenceMatcher(None, ta, tb, autojunk=False)
    changes = [op for op in sm.get_opcodes() if op[0] != "equal"]
    if all(minor(op, ta, tb) or house_style(op, a, b) for op in changes):  # 'he "did not …"'
        return tense_question(tense_changed(changes, ta, tb), a, b, (a_name, b_name))
    if _fewer_sentences(a, b):
        return None  # fewer whole sentences of one quotation: no word altered
    if editorial_only(changes, a, b):
        return None  # '[8 October 2011]', '[the company]': the editor's words (brackets.py)
    if (cut := cut_short(a, b, (a_name, b_name), texts)) is not None:
        return cut
    if reported_speech(changes, ta, tb):
        return None  # one remark in indirect speech
    if (slip := dropped_in_transcription(changes, ta, tb)) is not None:
        return slip_question(slip, a, b, (a_name, b_name))
    if (gap := gap_diff(changes, a, b, (a_name, b_name))) is not None:
        return gap  # words left out at an ellipsis or where the reporter splits it
    return _altered(a, b, (a_name, b_name), changes, days)


# Words both sides quote before the first (after the last) run they share:
# more than this is a different cut of the remark ("so that dominated our
# thoughts" / "the crowd were into it …"), no more is the wording changed.
EDGE_WORDS = 3

Op = tuple[str, int, int, int, int]


def _stretch(a: QuoteMention, b: QuoteMention) -> tuple[int, int, int, int]:
    """Where both versions quote the same words: (a0, a1, b0, b1), from the
    first to the last run of two or more words in common, widened at each end
    by the words both sides still quote there when they are few (at most
    ``EDGE_WORDS`` on the shorter side): those are the wording changed ("This
    is" / "It was a funny game"; "by a fifth" / "by a third. Rationing …"),
    what one side quotes past them is a different cut. A side whose sentence
    ends a few words further on is widened to that end ("fell off the
    shelves" / "came crashing down", not "fell off the")."""
    ta, tb = a.tokens, b.tokens
    sm = SequenceMatcher(None, ta, tb, autojunk=False)
    solid = [m for m in sm.get_matching_blocks() if m.size >= 2]
    if not solid:
        return 0, len(ta), 0, len(tb)
    first, last = solid[0], solid[-1]
    head = min(first.a, first.b)
    head = head if head <= EDGE_WORDS else 0
    a1, b1 = last.a + last.size, last.b + last.size
    tail = min(len(ta) - a1, len(tb) - b1)
    tail = tail if tail <= EDGE_WORDS else 0
    a0, a1, b0, b1 = first.a - head, a1 + tail, first.b - head, b1 + tail
    if _same_ends(ta[: first.a], tb[: first.b]):
        a0, b0, head = 0, 0, 0  # both open alike, words changed: "the whole town" / "city"
    if _same_ends(ta[last.a + last.size :], tb[last.b + last.size :]):
        a1, b1, tail = len(ta), len(tb), 0  # both end alike: "within two years" / "five"
    if head:
        a0, b0 = _to_break(a, a0, -1), _to_break(b, b0, -1)
    if tail:
        a1, b1 = _to_break(a, a1, 1), _to_break(b, b1, 1)
    return a0, a1, b0, b1


def _same_ends(x: list[str], y: list[str]) -> bool:
    """Two ends past the words both quote, of about one length and sharing a
    word: the same words reworded, not two cuts of the remark."""
    return bool(x and y) and abs(len(x) - len(y)) <= 2 and bool(set(x) & set(y))


def _to_break(q: QuoteMention, k: int, step: int) -> int:
    """``k`` moved (forward for ``step`` 1, back for -1) to the nearest sentence
    break of ``q`` within ``EDGE_WORDS`` words; ``k`` when there is none."""
    breaks = sentence_breaks(q)
    for n in range(EDGE_WORDS + 1):
        if k + step * n in breaks:
            return k + step * n
    return k


def _set_aside(
    op: Op, a: QuoteMention, b: QuoteMention, brackets: tuple[set[int], set[int]]
) -> bool:
    """An editor's bracket (brackets.py), or words between two sentences."""
    return editorial_op(op, a.tokens, b.tokens, *brackets) or between_sentences(op, a, b)


def _altered(
    a: QuoteMention, b: QuoteMention, names: tuple[str, str], changes: list[Op], days: Days
) -> QuoteDiff | None:
    """The words of one quotation changed inside the stretch both versions
    quote; where one runs on past the other is a different cut, left out of
    the comparison (a quotation read whole across paragraphs is rarely quoted
    to the same end by two sources)."""
    ta, tb = a.tokens, b.tokens
    a_name, b_name = names
    in_a, in_b = bracketed_tokens(a), bracketed_tokens(b)
    a0, a1, b0, b1 = _stretch(a, b)
    cut = (a0, a1, b0, b1) != (0, len(ta), 0, len(tb))
    sm = SequenceMatcher(None, ta[a0:a1], tb[b0:b1], autojunk=False)
    shifted = [(op, i1 + a0, i2 + a0, j1 + b0, j2 + b0) for op, i1, i2, j1, j2 in sm.get_opcodes()]
    core = [op for op in shifted if op[0] != "equal" and not _set_aside(op, a, b, (in_a, in_b))]
    style = name_house_style(core, a, b)
    core = [t for op in core if not house_style(op, a, b) and (t := trimmed(op, ta, tb))]
    if not [op for op in core if not minor(op, ta, tb)]:
        if (tense := tense_question(tense_changed(core, ta, tb), a, b, names)) is not None:
            return tense  # the shared sentences in another tense: a question
        if whole_sentences(a, a0, a1) and whole_sentences(b, b0, b1):
            return None  # each quotes other whole sentences of one quotation
        if _lead_in_cut(a, b, (a0, a1, b0, b1)):
            return None  # one cut at its start, no word of the rest turned
        if (parted := diverging(a, b, (a0, a1, b0, b1), names)) is not None:
            return parted  # one sentence, both go on with other words
        return QuoteDiff(
            Verdict.UNRESOLVED,
            "overlap",
            f"{a_name} and {b_name} quote different portions of the same remark "
            f"('{_short(ta, 8)}' vs '{_short(tb, 8)}'); the shared wording matches "
            "— unresolved",
            (a.start, a.end),
            (b.start, b.end),
            _short(ta, 20),
            _short(tb, 20),
        )
    agreement = sm.ratio()
    if agreement < ALTERED_AGREEMENT:
        return None  # most words differ: two remarks, not one quote altered
    core = [op for op in core if not minor(op, ta, tb)]  # name only the words changed
    if (kept := meaning_kept(ta, tb)) is not None:
        return question_at(
            _like_spans(core, len(ta), len(tb)), a, b, names,
            f"{'; '.join(kept)}; the words otherwise match and say the same — check which "
            "is verbatim",
        )  # fmt: skip
    if (told := _day_told(core, a, b, names, days)) is not None:
        return told  # "this morning" / "Sunday morning": one remark dated two ways
    if dating_only(core, ta, tb):
        return question_at(
            _like_spans(core, len(ta), len(tb)), a, b, names,
            "the words one drops only date the remark and the rest match: shortened; "
            "meaning kept", Verdict.CONSISTENT,
        )  # fmt: skip
    if all(misspelt(op, ta, tb) for op in core):
        return question_at(
            _like_spans(core, len(ta), len(tb)), a, b, names,
            "a spelling differs (one letter); the words otherwise match — check which "
            "is verbatim",
        )  # fmt: skip
    i1, i2, j1, j2 = _whole_words(_like_spans(core, len(ta), len(tb)), ta, tb)
    a_span = token_span(a, i1, i2) or (a.start, a.end)
    b_span = token_span(b, j1, j2) or (b.start, b.end)
    style = f"; house style, not a change of words: {style}" if style else ""
    changed = changed_words(core, ta, tb, a_name, b_name) + turning_lead(ta, tb, (a0, b0), names)
    return QuoteDiff(
        Verdict.CONFLICT,
        "altered",
        f"Quote wording differs: {changed} "
        f"({int(agreement * 100)}% of the words agree{_RUNS_ON if cut else ''}{style}) — conflict",
        a_span,
        b_span,
        _short(ta, 20),
        _short(tb, 20),
    )


_RUNS_ON = "; where one runs on past the other, only the stretch both quote is compared"


def _day_told(
    core: list[Op], a: QuoteMention, b: QuoteMention, names: tuple[str, str], days: Days
) -> QuoteDiff | None:
    """The only change swaps a day counted from the report for the day named
    (:mod:`.daytold`): one remark dated by two reports, never altered words."""
    told = day_told(core, a.tokens, b.tokens)
    if told is None:
        return None
    verdict, why = dated_two_ways(told, days, names)
    return question_at(with_parts_of_day(core, a.tokens, b.tokens), a, b, names, why, verdict)


def _like_spans(core: list[Op], na: int, nb: int) -> tuple[int, int, int, int]:
    """The tokens each side shows for the changed words, from the first change to
    the last; a side where words are only missing shows the words around the gap
    and the other side the same words around its own ('own appetites' / 'own
    personal appetites', not the whole quotation against 'personal')."""
    i1, i2, j1, j2 = core[0][1], core[-1][2], core[0][3], core[-1][4]
    if i1 == i2 or j1 == j2:
        if i1 > 0 and j1 > 0:
            i1, j1 = i1 - 1, j1 - 1
        if i2 < na and j2 < nb:
            i2, j2 = i2 + 1, j2 + 1
    return i1, i2, j1, j2


# Words both sides share before the first change that the
# shown span takes in: "I believe Brian Nichols …", not "believe Brian …" (a
# fresh reader, J21b: the span dropped the opening "I").
_SPAN_EDGE = 2


def _whole_words(at: tuple[int, int, int, int], ta: list[str], tb: list[str]):
    """``at`` widened to the start of both versions when only a word or two
    they share lies before it."""
    i1, i2, j1, j2 = at
    if i1 == j1 and 0 < i1 <= _SPAN_EDGE and ta[:i1] == tb[:j1]:
        i1 = j1 = 0
    return i1, i2, j1, j2


def _one_letter(x: str, y: str) -> bool:
    """``x`` and ``y`` differ by one letter added, dropped, changed or two
    neighbours swapped ("pracitised" / "practised"); long enough words only,
    so "then" / "than" or "form" / "from" stay a change of word."""
    if min(len(x), len(y)) < 5 or x.isdigit() or y.isdigit() or abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        diff = [k for k in range(len(x)) if x[k] != y[k]]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]]
        return len(diff) == 1 or (swapped and x[diff[1]] == y[diff[0]])
    short, long_ = (x, y) if len(x) < len(y) else (y, x)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def misspelt(op: Op, ta: list[str], tb: list[str]) -> bool:
    """One word on each side, spelt a letter apart: a slip or a house spelling,
    never a change of word an editor corrects in a quotation."""
    _tag, i1, i2, j1, j2 = op
    if i2 - i1 != 1 or j2 - j1 != 1:
        return False
    x, y = spelling_key(ta[i1]), spelling_key(tb[j1])
    return x == y or _one_letter(x, y)


def _lead_in_cut(a: QuoteMention, b: QuoteMention, stretch: tuple[int, int, int, int]) -> bool:
    """The two versions quote the same words from where one of them starts: the
    other's lead-in ("At the time, …", "I just wanted to say that …") is cut
    and turns nothing; each runs to its end or a sentence break. A cut inside a
    sentence at its end ("… every home in the town" / "… by spring") stays a
    question: what follows may bound what was said."""
    a0, a1, b0, b1 = stretch
    ends = (a1 == len(a.tokens) or a1 in sentence_breaks(a)) and (
        b1 == len(b.tokens) or b1 in sentence_breaks(b)
    )
    return ends and edges_harmless([*a.tokens[:a0], *b.tokens[:b0]])


def _fewer_sentences(a: QuoteMention, b: QuoteMention) -> bool:
    """One version is whole sentences of the other, a quotation that runs over
    several ("… for the second time." / "… for the second time. You know what
    they say …"): one source quotes fewer sentences, the words are the same."""
    ta, tb = a.tokens, b.tokens
    long_q, short = (a, tb) if len(tb) < len(ta) else (b, ta)
    if len(short) == len(long_q.tokens) or (i := is_sub(short, long_q.tokens)) < 0:
        return False
    if next_sentence_contrast(long_q, i + len(short)):
        return False  # "… not enough." / "… not enough. But it is a start.": a cut
    return whole_sentences(long_q, i, i + len(short))


def quote_comparison(diff: QuoteDiff) -> Comparison:
    return Comparison(diff.verdict, diff.explanation, diff.a_norm, diff.b_norm)
