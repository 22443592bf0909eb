"""Links an editor makes by hand: two sentences of different articles that
state the same claim (``link``: the engine missed them) or that do not
(``unlink``: the engine paired them wrongly).

A sentence is named the way flags are: by what it says, never by its number.
Its key is its article's id, a hash of its normalised text and which
occurrence of that text in the article it is, so a re-analysis, a new
article or an edit elsewhere in the article keeps the link on its sentence.
A link whose sentence is gone (edited away, or its article removed) is not
re-anchored on a look-alike: it stays in the log and shows as orphaned.

Qt-free and store-free: the store keeps these values, the analysis applies
them (``resolve``), the command line and the window make them.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .model import Article, Claim
from .naming import norm

KINDS = ("link", "unlink")
WITHDRAWN = ""  # a link undone or withdrawn: the engine decides that pair again


@dataclass(frozen=True)
class SentenceRef:
    """One sentence, named by content: its article, the hash of its
    normalised text and its occurrence among the article's sentences with
    that text (0: the first). ``text`` and ``article_sha`` are as they were
    when linked: shown for an orphan, and used to find a renamed file."""

    article: str
    digest: str
    occurrence: int = 0
    text: str = field(default="", compare=False)
    article_sha: str = field(default="", compare=False)

    @property
    def key(self) -> str:
        return f"{self.article}#{self.digest}.{self.occurrence}"


@dataclass(frozen=True)
class ManualLink:
    """An editor's decision on a pair of sentences. ``id`` depends on the
    two sentences only (in either order), so linking and unlinking one pair
    change one record."""

    id: str
    kind: str  # "link", "unlink", or "" (withdrawn)
    left: SentenceRef
    right: SentenceRef
    editor: str = ""
    at: str = ""
    # what an editor says differs between the two sentences ("where the victim
    # died"); "" for a plain link. A link saying so is an editor's finding
    # (``workbench.raised``); kept while the pair is unlinked or withdrawn, so
    # linking it again (an undo, a redo) brings the finding back.
    differs: str = ""

    @property
    def raises(self) -> bool:
        return self.kind == "link" and bool(self.differs.strip())


@dataclass(frozen=True)
class Applied:
    """A manual link and the claims it names in one analysis (``claims`` is
    None when a sentence is no longer there: the link is orphaned)."""

    link: ManualLink
    claims: tuple[str, str] | None

    @property
    def orphaned(self) -> bool:
        return self.claims is None


def digest(text: str) -> str:
    """The hash of a sentence's normalised text (case, spacing, quote style)."""
    return hashlib.sha1(norm(text).encode("utf-8")).hexdigest()[:12]


def sentence_ref(claim: Claim, claims: Sequence[Claim], article_sha: str = "") -> SentenceRef:
    """The stable name of ``claim`` among ``claims`` (its article's at least)."""
    d = digest(claim.text)
    occurrence = sum(
        1
        for c in claims
        if c.article == claim.article and c.index < claim.index and digest(c.text) == d
    )
    return SentenceRef(claim.article, d, occurrence, claim.text, article_sha)


def pair_id(a: SentenceRef, b: SentenceRef) -> str:
    """``L`` and ten hex digits, the same for (a, b) and (b, a)."""
    keys = sorted((a.key, b.key))
    return "L" + hashlib.sha1("\x1f".join(keys).encode("utf-8")).hexdigest()[:10]


def make_link(
    kind: str, a: SentenceRef, b: SentenceRef, editor: str = "", at: str = "", differs: str = ""
) -> ManualLink:
    """A link between two sentences of different articles, sides in key order
    (``differs``: what the editor says differs between them)."""
    if kind not in (*KINDS, WITHDRAWN):
        raise ValueError(f"unknown kind of manual link {kind!r}: use link or unlink")
    if a.article == b.article:
        raise ValueError("both sentences are in the same article; link sentences of two articles")
    left, right = sorted((a, b), key=lambda r: r.key)
    what = " ".join(differs.split())
    return ManualLink(pair_id(a, b), kind, left, right, editor, at, what)


def resolve(
    links: Iterable[ManualLink], claims: Sequence[Claim], articles: Sequence[Article]
) -> tuple[Applied, ...]:
    """Each link (withdrawn ones left out) with the claims it names now.

    An article is found by its id, else (a renamed file) by the text hash it
    had when linked; a sentence by its text's hash and occurrence. Anything
    not found leaves the link orphaned, never moved to another sentence."""
    links = list(links)
    if not links:
        return ()  # the usual case: no sentence needs hashing
    by_id = {a.id for a in articles}
    by_sha: dict[str, list[str]] = defaultdict(list)
    for a in articles:
        by_sha[a.sha256].append(a.id)
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    for c in sorted(claims, key=lambda c: (c.article, c.index)):
        found[(c.article, digest(c.text))].append(c.id)

    def claim_of(ref: SentenceRef) -> tuple[str, str] | None:
        article = ref.article if ref.article in by_id else None
        if article is None and ref.article_sha and len(by_sha.get(ref.article_sha, ())) == 1:
            article = by_sha[ref.article_sha][0]
        ids = found.get((article, ref.digest), []) if article else []
        return (article, ids[ref.occurrence]) if ref.occurrence < len(ids) else None

    out = []
    for link in links:
        if link.kind == WITHDRAWN:
            continue
        left, right = claim_of(link.left), claim_of(link.right)
        both = left is not None and right is not None and left[0] != right[0]
        out.append(Applied(link, (left[1], right[1]) if both else None))
    return tuple(out)


def forced_and_removed(
    applied: Iterable[Applied],
) -> tuple[list[tuple[str, str]], set[frozenset[str]]]:
    """The claim pairs to align whatever the engine says, and those never to."""
    forced = [a.claims for a in applied if a.claims and a.link.kind == "link"]
    removed = {frozenset(a.claims) for a in applied if a.claims and a.link.kind == "unlink"}
    return forced, removed
