"""Whether two quotes are the same quotation, which quotes of two articles
pair up (before alignment: a quotation identifies its claim on its own), and
whether two speakers are clearly different people.

The numbers are ``thresholds.current().quote``, read at call time.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache

from rapidfuzz import fuzz

from ... import thresholds
from ...model import Fact
from ...text import STOPWORDS
from .inorder import fragment_in_order
from .joint import names_two
from .mention import QuoteMention, Speaker
from .names import same_person
from .paraphrase import expanded
from .partner import carried_elsewhere, verbatim_pair
from .reorder import reordered
from .samesense import loose
from .sentences import Span, sentence_windows
from .sentencewise import denied_before
from .speakers import PRONOUNS
from .statement import two_statements
from .titled import quoted_title

# pairs of versions remembered: a wire quotation met again in another article
# pair (200 ECB+ articles: 1,108 of 6,407 tests), every pair again when the
# window analyses anew after a date edit (links 1.1 s -> 0.2 s of CPU there)
MEMO_SIZE = 8_192  # about 6 MB when full (200 ECB+ articles: 5,299 pairs, 4 MB)


def match_quotes(a: QuoteMention, b: QuoteMention) -> float:
    """How likely a and b are the same quotation (0..1).

    Quotes shorter than ``min_words`` are scare quotes or phrases: only exact
    matches count. Quotes longer than ``max_compared_words`` are compared
    only for identity: aligning a stray mark running over prose word by word
    is quadratic in its length (the corpora's longest real quote has 73 words).
    A quotation of several sentences that does not match whole is matched on
    the sentences both versions quote (:func:`.sentences.sentence_windows`):
    read whole across paragraphs, it is often joined with a sentence the other
    source did not quote, and that sentence must not outvote the shared ones.
    """
    if not a.tokens or not b.tokens:
        return 0.0
    if a.words == b.words:
        return 1.0
    return matched_sentences(a, b)[0]


def matched_window(a: QuoteMention, b: QuoteMention) -> Span | None:
    """The sentences of each version (token ranges) that are one quotation when
    the two versions are not one quotation whole; None otherwise."""
    t = thresholds.current().quote
    if not a.tokens or not b.tokens or _match_tokens(a.tokens, b.tokens) >= t.same_quote:
        return None
    score, span = matched_sentences(a, b)
    return span if score >= t.same_quote else None


def matched_sentences(a: QuoteMention, b: QuoteMention) -> tuple[float, Span]:
    """:func:`match_quotes`, and the token ranges of each version that match:
    the sentences both quote when they match whole, else the best of their
    :func:`.sentences.sentence_windows` (the ranges of the whole when none).

    Remembered by what it reads (issue 14): each version's words and its
    printed text with the quoted parts placed in it (where its sentences
    break), and the thresholds. A wire quotation carried by several articles
    is compared with another article's version once, not once per article
    pair, and a re-analysis after a date edit compares no pair again."""
    return _matched_memo(_layout(a), _layout(b), thresholds.current().quote)


Layout = tuple[str, str, tuple[tuple[int, int], ...]]  # words, text, parts from its start


def _layout(q: QuoteMention) -> Layout:
    """What :func:`matched_sentences` reads of a version, wherever it stands in
    its article: the sentence breaks are counted in tokens from the text."""
    return q.words, q.text, tuple((s - q.start, e - q.start) for s, e in q.parts)


@lru_cache(maxsize=MEMO_SIZE)
def _matched_memo(a: Layout, b: Layout, _t: object) -> tuple[float, Span]:
    """:func:`_matched` on two versions placed at offset 0 (``_t``: the quote
    thresholds in force, part of the key; read again inside, the same)."""
    return _matched(_placed(a), _placed(b))


def _placed(lay: Layout) -> QuoteMention:
    words, text, parts = lay
    return QuoteMention(0, len(text), text, parts, words)


def _matched(a: QuoteMention, b: QuoteMention) -> tuple[float, Span]:
    t = thresholds.current().quote
    ta, tb = a.tokens, b.tokens
    whole = _match_tokens(ta, tb)
    if max(len(ta), len(tb)) > t.max_compared_words:
        return whole, (0, len(ta), 0, len(tb))
    windows = sentence_windows(a, b)
    if whole >= t.same_quote:
        return whole, windows[0]
    best = (whole, (0, len(ta), 0, len(tb)))
    for a0, a1, b0, b1 in windows:
        if (a0, a1, b0, b1) != (0, len(ta), 0, len(tb)):
            score = _match_tokens(ta[a0:a1], tb[b0:b1])
            if score > best[0]:
                best = (score, (a0, a1, b0, b1))
    return best


def _match_tokens(ta: list[str], tb: list[str]) -> float:
    """:func:`match_quotes` on two versions' tokens, contractions written out.
    Not remembered itself: keyed by its token tuples, 4,700 pairs at 200
    articles held 24 MB of fresh strings (:func:`matched_sentences` is, keyed
    by the versions' own strings)."""
    t = thresholds.current().quote
    ta, tb = expanded(ta), expanded(tb)
    if ta == tb:
        return 1.0
    if reordered(ta, tb):  # one quotation, its words in another order (reorder.py)
        return t.same_quote
    if max(len(ta), len(tb)) > t.max_compared_words:
        return 0.0
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    at = is_sub(short, long_)
    if at >= 0 and len(short) >= 2 and len(short) >= len(long_) / 3:
        return t.part_score  # one source quotes part of the other's quotation
    if at > 0 and len(short) >= 3 and denied_before(long_, at):
        # a few words lifted from after a denial ('"ignored the warnings"' / "It
        # would be wrong to say the company ignored the warnings, but …"): the
        # part that may say the opposite of the speaker
        return t.part_score
    sm = SequenceMatcher(None, ta, tb, autojunk=False)
    longest = sm.find_longest_match(0, len(ta), 0, len(tb)).size
    # Same quotation, reworded: most words agree in order, and a run of
    # several words is shared verbatim.
    matched = sum(b.size for b in sm.get_matching_blocks())
    if longest >= t.reworded_run and matched >= t.reworded_share * len(short):
        return max(sm.ratio(), matched / len(short))
    # Same quotation, its middle reworded: it opens and closes in the same words
    # ("Our hearts and prayers are with the man who lost his wife who died" / "Our
    # hearts and prayers go out to the man and his wife who died": no run of five
    # words in common, and trial 26's editor met the altered quote never shown).
    if matched >= t.reworded_share * len(short) and same_frame(ta, tb):
        return max(sm.ratio(), matched / len(short))
    if (
        len(short) >= t.min_words
        and matched >= t.close_share * len(short)
        and longest >= t.close_run
    ):
        return matched / len(long_)
    if score := _reworded_fragment(ta, tb):
        return score
    # a fragment turned in its small words: "not a landslide … with" / "a landslide … without"
    return t.same_quote if fragment_in_order(ta, tb) else 0.0


def _reworded_fragment(ta: list[str], tb: list[str]) -> float:
    """The reworded-quotation test on the words' stems with small words
    dropped (:func:`.samesense.loose`): a fragment quoted in the form the
    reporter's sentence needs ('would "accelerate out transformation into an
    agile and disruptive innovator"' / "we are accelerating AMD's
    transformation into an agile, disruptive innovator capable of …")."""
    t = thresholds.current().quote
    la, lb = loose(ta), loose(tb)
    short = la if len(la) <= len(lb) else lb
    if len(short) < t.min_words or (la, lb) == (ta, tb):
        return 0.0
    # the words matched in order are at most the words shared: most pairs of
    # two quotations share too few for either test below (a cheap bound first)
    shared = sum((Counter(la) & Counter(lb)).values())
    if shared < min(t.reworded_share, t.close_share) * len(short):
        return 0.0
    sm = SequenceMatcher(None, la, lb, autojunk=False)
    longest = sm.find_longest_match(0, len(la), 0, len(lb)).size
    matched = sum(b.size for b in sm.get_matching_blocks())
    if longest >= t.reworded_run and matched >= t.reworded_share * len(short):
        return max(sm.ratio(), matched / len(short))
    if matched >= t.close_share * len(short) and longest >= t.close_run:
        return matched / max(len(la), len(lb))  # 'the club "takes its reputation …"'
    return 0.0


def same_frame(ta: list[str], tb: list[str]) -> bool:
    """``ta`` and ``tb`` open with the same ``frame_run`` words or more and close
    with the same ``frame_run`` words or more, words left between them: together
    at least ``frame_share`` of the shorter quote ("The bridge will reopen to
    traffic on Monday morning" / "The bridge has been closed to traffic since
    Monday morning" are two remarks) and ``frame_content`` content words (not
    "we are … in the")."""
    t = thresholds.current().quote
    n = min(len(ta), len(tb))
    head = next((i for i in range(n) if ta[i] != tb[i]), n)
    tail = next((i for i in range(n) if ta[-1 - i] != tb[-1 - i]), n)
    if head < t.frame_run or tail < t.frame_run or head + tail >= n:
        return False
    if head + tail < t.frame_share * n:
        return False
    framing = [*ta[:head], *ta[len(ta) - tail :]]
    return sum(w not in STOPWORDS for w in framing) >= t.frame_content


def is_sub(small: list[str], big: list[str]) -> int:
    """Index of ``small`` as a contiguous run inside ``big``, else -1."""
    n = len(small)
    for i in range(len(big) - n + 1):
        if big[i : i + n] == small:
            return i
    return -1


def _words(f: Fact) -> frozenset[str]:
    return f.mention.word_set  # type: ignore[union-attr]


def _quote_keys(f: Fact) -> set[str]:
    """The words that find a quote's candidates: its content words, or all its
    words when it has fewer than three. Indexed by every word, a quote of
    "the", "a" and "it" met half the quotes of a corpus (55,000 comparisons
    at 300 articles, most of the quote stage); candidates still need three
    words in common, as before."""
    words = _words(f)
    content = {w for w in words if w not in STOPWORDS}
    return content if len(content) >= 3 else set(words)


def same_quote_pairs(quote_facts: Sequence[Fact]) -> list[tuple[Fact, Fact]]:
    """Best one-to-one matching of quotes between every pair of articles, one
    to one by sentence: a quotation of several sentences may pair with one
    quote of the other article per sentence it holds ("I'm sorry. … I will not
    bring dishonor to the decision." read whole in one, each sentence quoted
    apart in the other), never twice over the same sentence."""
    by_article: dict[str, list[Fact]] = defaultdict(list)
    for f in quote_facts:
        by_article[f.article].append(f)
    ids = sorted(by_article)
    # Each article's quotes indexed by their words once, not once per pair.
    keys = {f.id: _quote_keys(f) for f in quote_facts}
    indexes = {a: _index(by_article[a], keys) for a in ids}
    out = []
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            cands = _candidates(by_article[a], indexes[b], keys)
            # at one score, a quote credited to one person pairs first with that
            # person's (session 33: an article quoting the chief and the minister
            # in the same words paired the chief's with another's minister)
            # and a version printed word for word pairs before any reworded one
            # (session 42: partner.py)
            cands.sort(key=lambda c: (not _verbatim(c), -c[0], not _one_speaker(c[1], c[2])))
            used: dict[str, list[tuple[int, int]]] = defaultdict(list)
            mentions = ([f.mention for f in by_article[a]], [f.mention for f in by_article[b]])
            for _score, x, y, (a0, a1, b0, b1) in cands:
                if _taken(used[x.id], a0, a1) or _taken(used[y.id], b0, b1):
                    continue
                if carried_elsewhere(x.mention, y.mention, (a0, a1, b0, b1), *mentions):  # type: ignore[arg-type]
                    continue
                used[x.id].append((a0, a1))
                used[y.id].append((b0, b1))
                out.append((x, y))
    return out


def _verbatim(c: tuple[float, Fact, Fact, Span]) -> bool:
    return verbatim_pair(c[1].mention, c[2].mention, c[3])  # type: ignore[arg-type]


def _one_speaker(x: Fact, y: Fact) -> bool:
    """Both quotes credited to one named speaker (one surname key)."""
    kx, ky = _who(x.mention.speaker), _who(y.mention.speaker)  # type: ignore[union-attr]
    return bool(kx) and kx == ky


def _taken(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _index(quotes: list[Fact], keys: dict[str, set[str]]) -> dict[str, list[Fact]]:
    """An article's quotes by each of their key words."""
    index: dict[str, list[Fact]] = defaultdict(list)
    for y in quotes:
        for w in keys[y.id]:
            index[w].append(y)
    return index


def _candidates(
    left: list[Fact], index: dict[str, list[Fact]], keys: dict[str, set[str]]
) -> list[tuple[float, Fact, Fact, Span]]:
    """Pairs of quotes of two articles (the right one given by its
    :func:`_index`) scoring at least ``same_quote``. Only quotes sharing words
    are compared (SequenceMatcher on every pair took 19 s on four 160 KB
    articles)."""
    same = thresholds.current().quote.same_quote
    cands = []
    for x in left:
        if quoted_title(x.mention):  # type: ignore[arg-type]
            continue  # "Catching Fire": a title, no words said (titled.py)
        kx = keys[x.id]
        shared: dict[str, int] = defaultdict(int)
        ys: dict[str, Fact] = {}
        for w in kx:
            for y in index.get(w, ()):
                shared[y.id] += 1
                ys[y.id] = y
        wx = _words(x)
        for yid in shared:
            y = ys[yid]
            wy = _words(y)
            if len(wx & wy) < min(3, len(wx), len(wy)):
                continue
            if not x.mention.tokens or not y.mention.tokens:  # type: ignore[union-attr]
                continue
            if quoted_title(y.mention):  # type: ignore[arg-type]
                continue
            s, span = matched_sentences(x.mention, y.mention)  # type: ignore[arg-type]
            if s >= same and not two_statements(x.mention, y.mention, span):  # type: ignore[arg-type]
                cands.append((s, x, y, span))
    return cands


def speakers_differ(a: Speaker | None, b: Speaker | None) -> bool:
    """Only clear cases: two named people who cannot be one person, or two
    named organisations that share nothing. One person under a title, a full
    name, a middle name or initial, or a surname alone is one person
    (:func:`.names.same_person`). An agency or outlet reported the words and
    a descriptor ("a shop owner", "officials") names nobody: neither is ever
    a different speaker. Both must be named where the words are credited:
    a speaker carried over from an earlier paragraph or read from "he" /
    "she" is a guess, and guesses made every quote conflict a fresh trial
    met wrong ("…the charm," said DeGeneres credited to the producer quoted
    the paragraph before; "she added" read as the last person named)."""
    if a is None or b is None or not a.key or not b.key:
        return False
    if not (_named_here(a) and _named_here(b)):
        return False
    if _joint(a) or _joint(b):  # "Zadan and Meron" against "Meron": one of them said it
        return False
    if a.is_outlet or b.is_outlet:
        return False
    if a.is_descriptor or b.is_descriptor:
        return offices_differ(a, b)
    if a.is_person and b.is_person:
        return not same_person(a.name or a.key, b.name or b.key)
    if not a.is_person and not b.is_person:
        # the words of the names, not "org:king" against "org:team", "billy", "king"
        return fuzz.token_set_ratio(_org_words(a), _org_words(b)) < 50
    return False


# Offices one person holds at a time in a story: "the governor said" is not the
# mayor. Titles that many people share or that read as rank ("chief", "officer",
# "director") name no office here.
_OFFICES = {
    w: w
    for w in [
        "mayor",
        "governor",
        "president",
        "minister",
        "prosecutor",
        "judge",
        "sheriff",
        "senator",
        "premier",
        "chancellor",
        "coroner",
        "ambassador",
    ]
}
_OFFICES.update({"justice": "judge", "gov": "governor", "sen": "senator"})


# Offices named in two words, one holder in a story ("the police chief" is not
# the mayor; session 33): "chief" alone names no office.
_TWO_WORD_OFFICES = frozenset(
    [
        "police chief",
        "fire chief",
        "police commissioner",
        "fire commissioner",
        "attorney general",
        "chief constable",
        "chief minister",
        "prime minister",
    ]
)


def _office(sp: Speaker) -> str:
    """The office the words crediting ``sp`` give: a descriptor's head ("the
    state governor", "the police chief"), a person's title before the name
    ("Mayor Linda …", "Police Chief Tom …")."""
    if sp.is_descriptor:
        words = sp.key.removeprefix("desc:").split()
        if " ".join(words[-2:]) in _TWO_WORD_OFFICES:
            return " ".join(words[-2:])
        return _OFFICES.get(words[-1], "") if words else ""
    name_words = set(sp.name.lower().split())
    words = [w.strip(".,").lower() for w in sp.text.split()]
    pairs = (" ".join(words[k : k + 2]) for k in range(len(words) - 1))
    if (two := next((p for p in pairs if p in _TWO_WORD_OFFICES), "")) and not (
        set(two.split()) & name_words
    ):
        return two
    return next((_OFFICES[w] for w in words if w in _OFFICES and w not in name_words), "")


def offices_differ(a: Speaker, b: Speaker) -> bool:
    """The same words credited under a title alone to one office ("the governor
    said") and to a holder of another ("said Mayor Linda Castellanos", "the
    mayor"): two people. Both must be credited where the words are."""
    if not (_named_here(a) and _named_here(b)) or not a.key.strip(":") or not b.key.strip(":"):
        return False
    oa, ob = _office(a), _office(b)
    return bool(oa and ob and oa != ob)


def _named_here(sp: Speaker) -> bool:
    """Named in the attribution of these words, not inherited or a pronoun; or
    "he" / "she" whose person the sentence right before names (nearby.py)."""
    return sp.start >= 0 and (sp.near or sp.text.strip().lower() not in PRONOUNS)


def _joint(sp: Speaker) -> bool:
    return names_two(sp.text, sp.name)


def _org_words(sp: Speaker) -> str:
    return sp.key.removeprefix("org:")


def _who(sp: Speaker | None) -> str:
    """A speaker's surname or one-word organisation, "" when it names nobody here:
    a "he" resolved to the last person quoted, or a speaker carried over from an
    earlier paragraph, is a guess (trial 26: "…his wife who died," he said, read as
    the police sergeant quoted before, kept Gallagher's own words unpaired)."""
    if sp is None or sp.is_outlet or sp.is_descriptor or not _named_here(sp):
        return ""
    key = sp.key.removeprefix("org:")
    return key if key and " " not in key else ""


def two_remarks(a: QuoteMention, b: QuoteMention) -> bool:
    """Two statements, not one quotation told two ways (:mod:`.statement`)."""
    return two_statements(a, b)
