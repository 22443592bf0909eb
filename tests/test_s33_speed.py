"""Issue 14 (speed36, session 33): the stages after alignment at 200 articles.

The class: work that depends on one side only (one figure, one article, one
group) done again for every pair it takes part in, or pairs asked about that
can never decide anything. Each mechanism here is checked against the direct
reading it replaces, on cases of its own.
"""

from __future__ import annotations

import random

import pytest

from workbench import align
from workbench.facts import measure_nouns as mn
from workbench.findings import openings
from workbench.findings.openings import join_openings
from workbench.findings.wire_credits import one_wire, one_wire_of, wire_of
from workbench.model import Article, Claim, ClaimGroup, Member

# --- a figure's measure nouns, read once per figure ------------------------------------

_FIGURES = [
    ("Sustained winds of about 175km/h and gusts up to 232km/h hit the coast.", "232km/h"),
    ("Sustained winds of about 175km/h and gusts up to 232km/h hit the coast.", "175km/h"),
    ("The fire was raised to a No 3 alarm at 3.20pm and a No 4 alarm at 4.47pm.", "3.20pm"),
    ("Rs 50,000 for each of the injured and Rs 2 lakh for each victim's family.", "50,000"),
    ("The miners were trapped 700 metres below the surface for two days.", "700 metres"),
    ("The plane was cruising at 35,000 feet when the engine failed.", "35,000 feet"),
    ("A 200-metre tanker ran aground off the northern cape.", "200-metre"),
    ("She told reporters that 14 people had been taken to hospital.", "14"),
]


def _span(text: str, figure: str) -> tuple[int, int]:
    s = text.index(figure)
    return s, s + len(figure)


@pytest.mark.parametrize(("text", "figure"), _FIGURES)
def test_measure_nouns_read_once_equal_the_direct_reading(text, figure):
    s, e = _span(text, figure)
    direct = mn._measure_nouns.__wrapped__(text, s, e)
    assert mn.measure_nouns(text, s, e) == direct
    assert mn.measure_nouns(text, s, e) == direct  # a second time, from the memo


def test_a_caller_changing_its_measure_nouns_changes_no_one_elses():
    text, figure = _FIGURES[0]
    s, e = _span(text, figure)
    got = mn.measure_nouns(text, s, e)
    assert got  # "wind": "gust"
    got.clear()
    got["wind"] = "breeze"
    assert mn.measure_nouns(text, s, e) == mn._measure_nouns.__wrapped__(text, s, e)
    assert mn.measure_nouns(text, s, e).get("wind") != "breeze"


def test_measures_differ_as_before_on_every_pair_of_figures():
    def direct(ta, sa, tb, sb) -> bool:
        a = mn._measure_nouns.__wrapped__(ta, *sa)
        b = mn._measure_nouns.__wrapped__(tb, *sb)
        return any(b.get(cls, word) != word for cls, word in a.items())

    seen = set()
    for ta, fa in _FIGURES:
        for tb, fb in _FIGURES:
            got = mn.measures_differ(ta, _span(ta, fa), tb, _span(tb, fb))
            assert got == direct(ta, _span(ta, fa), tb, _span(tb, fb))
            seen.add(got)
    assert seen == {True, False}  # the cases tell both ways


# --- an article's wire credits, read once per article -------------------------------


def _article(aid: str, text: str, outlet: str = "") -> Article:
    return Article(aid, aid, aid, outlet, None, "", text, aid)


_WIRES = [
    _article("a", "HARTLEY, April 7 (XPA) - The bridge closed.\n\nMore later."),
    _article("b", "The bridge closed on Monday.\n\nXPA contributed to this report."),
    _article("c", "The bridge reopened.", outlet="Meridian Press"),
    _article("d", "Crews worked overnight.\n\nMeridian Press contributed to this report."),
    _article("e", "Tom Reed contributed to this report.", outlet="Daily Courier"),
    _article("f", "QUITO (KPA) — Voters queued from dawn.", outlet="Kestrel Press Agency"),
    _article("g", "Polls closed at eight.\n\nKestrel Press Agency contributed reporting."),
    _article("h", "Nothing here credits anyone at all."),
]


def _old_one_wire(a: Article, b: Article) -> str:
    """``one_wire`` as it was before session 33: both outlets read per pair."""
    from workbench.findings.wire_credits import own_names, wire_credits

    ca, cb = wire_credits(a), wire_credits(b)
    shared = (ca & cb) | (ca & own_names(b)) | (cb & own_names(a))
    if not shared:
        return ""
    name = max(shared, key=lambda s: (len(s), s))
    return name.upper() if " " not in name else name.title()


def test_one_wire_of_each_articles_credits_equals_the_pairwise_reading():
    found = set()
    for a in _WIRES:
        for b in _WIRES:
            got = one_wire_of(wire_of(a), wire_of(b))
            assert got == _old_one_wire(a, b) == one_wire(a, b), (a.id, b.id)
            found.add(got)
    assert {"XPA", "Meridian Press", "Kestrel Press Agency", ""} <= found


# --- the opening pass asks only about groups sharing a source -----------------------


def _claims(rows: list[tuple[str, str]]) -> list[Claim]:
    out, at = [], {}
    for art, text in rows:
        n = at.get(art, 0)
        at[art] = n + 1
        out.append(Claim(f"{art}:{n}", art, n, 0, len(text), text))
    return out


def _groups(claims: list[Claim], parts: list[list[str]]) -> list[ClaimGroup]:
    by_id = {c.id: c for c in claims}
    return [
        ClaimGroup(f"g{n}", tuple(Member(by_id[i].article, (i,), 1.0) for i in ids))
        for n, ids in enumerate(parts, 1)
    ]


_SENTENCES = [
    "Harbour crane collapses onto container ship",
    "A harbour crane collapsed onto a container ship in Rotterdam on Tuesday, injuring four",
    "Four dock workers were injured when the crane fell on Tuesday morning",
    "The port authority said the crane had passed an inspection in March",
    "Shipping lines diverted 12 vessels to Antwerp while the berth was cleared",
    "Investigators from the safety board arrived on Wednesday",
]


def _story(seed: int) -> tuple[list[Claim], list[ClaimGroup]]:
    rng = random.Random(seed)
    rows = []
    for art in "pqrst":
        picked = rng.sample(_SENTENCES, k=rng.randint(3, 6))
        rows += [(art, rng.choice(["", "Update: "]) + s) for s in picked]
    claims = _claims(rows)
    by_index: dict[int, list[str]] = {}
    for c in claims:
        by_index.setdefault(rng.randint(0, 5), []).append(c.id)
    parts = []
    for ids in by_index.values():  # one member per source, in groups of one or more
        seen, part = set(), []
        for cid in ids:
            art = cid.split(":")[0]
            if art in seen:
                parts.append([cid])
            else:
                seen.add(art)
                part.append(cid)
        parts.append(part)
    return claims, _groups(claims, [p for p in parts if p])


@pytest.mark.parametrize("seed", range(12))
def test_openings_joined_as_when_every_pair_of_groups_was_asked(seed, monkeypatch):
    claims, groups = _story(seed)
    aligned = {(a.id, b.id) for a in claims for b in claims if a.index == b.index}

    def met(x: str, y: str) -> bool:
        return (x, y) in aligned or (y, x) in aligned

    fast = join_openings(groups, claims, align.similarity, aligned=met)
    monkeypatch.setattr(openings, "_sharing", lambda live: [range(len(live))] * len(live))
    every = join_openings(groups, claims, align.similarity, aligned=met)
    assert fast == every


def test_groups_sharing_no_source_are_never_asked_about():
    claims = _claims([("p", _SENTENCES[0]), ("q", _SENTENCES[0]), ("r", _SENTENCES[1])])
    groups = _groups(claims, [["p:0"], ["q:0"], ["r:0"]])
    assert openings._sharing(groups) == [[0], [1], [2]]
    groups = _groups(claims, [["p:0", "q:0"], ["q:0"], ["r:0"]])
    assert openings._sharing(groups) == [[0, 1], [0, 1], [2]]


# --- the lexical scale: two sentences sharing no word --------------------------------

_APART = [
    "",
    "Storm",
    "Ferry services resumed at dawn",
    "The senator resigned on Friday after the vote",
    "Quarterly profit doubled to $4.2 billion",
    "Firefighters contained the blaze near Oreto",
    "ferry ferry ferry",
]


def test_sentences_sharing_no_word_score_as_the_two_sentence_vectors():
    from workbench import lexical
    from workbench.text import content_tokens

    def reference(a: str, b: str) -> float:
        ta, tb = content_tokens(a), content_tokens(b)
        vecs, _ = lexical._vectors([ta, tb])
        cos = sum(w * vecs[1].get(t, 0.0) for t, w in vecs[0].items())
        return lexical._combine(cos, ta, tb)

    disjoint = 0
    for a in _APART:
        for b in _APART:
            assert lexical.similarity(a, b) == reference(a, b), (a, b)
            disjoint += not set(content_tokens(a)) & set(content_tokens(b))
    assert disjoint > len(_APART)  # the fast path was taken, and not only for ""


# --- a name's spellings, read once per two words -------------------------------------

_NAMES = ["Catherine", "Katherine", "Kathryn", "Jonathon", "Jonathan", "Müller", "Muller"]
_NAMES += ["Berdymukhamedov", "Berdimuhamedow", "Smyth", "Smith", "Colin", "Kevin", "Li"]


def test_names_alike_once_read_as_the_direct_reading():
    from workbench.judge import names, translit

    told = set()
    for a in _NAMES:
        assert translit.romanised(a) == translit.romanised.__wrapped__(a)
        for b in _NAMES:
            direct = names.spelled_alike(a, b) or names.sounded_alike(a, b)
            assert names._alike(a, b) == names._alike.__wrapped__(a, b) == direct
            told.add(direct)
    assert told == {True, False}


# --- a sentence's stages of a case, read once per sentence ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The former coach was arrested on Tuesday and charged with fraud.",
        "A jury convicted him in 2019; the appeals court overturned the conviction.",
        "She will face trial in March on counts of arson.",
        "The murder trial starts Monday, a year after the arrest.",
        "Shares dropped 5% after the verdict.",
        "Nothing here names a case at all.",
    ],
)
def test_stages_read_once_equal_the_direct_reading(text):
    from workbench.findings.apart import stages

    assert stages(text) == stages.__wrapped__(text)
    assert stages(text) == stages.__wrapped__(text)
