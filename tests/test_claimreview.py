"""ClaimReview export (issue 13, part 5): verified and disputed flags as schema.org
ClaimReview JSON-LD, checked against the vocabulary's definitions kept in
tests/fixtures/schemaorg/claimreview.json (types, expected types of each
property, and the properties Google requires), with no network."""

from __future__ import annotations

import json
import re

import pytest
from conftest import ROOT, SEEDS

from workbench import claimreview
from workbench.cli import main

VOCABULARY = json.loads((ROOT / "tests/fixtures/schemaorg/claimreview.json").read_text())["types"]
DATA_TYPES = {
    "Text": lambda v: isinstance(v, str) and v != "",
    "URL": lambda v: isinstance(v, str) and re.match(r"^https?://[^\s/]+", v) is not None,
    "Date": lambda v: isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) is not None,
    "DateTime": lambda v: isinstance(v, str) and re.match(r"\d{4}-\d{2}-\d{2}T", v) is not None,
    "Number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
}


def lineage(kind: str) -> list[str]:
    out = []
    while kind:
        out.append(kind)
        kind = VOCABULARY[kind]["parent"]
    return out


def expected(kind: str, prop: str) -> list[str] | None:
    for k in lineage(kind):
        if prop in VOCABULARY[k]["properties"]:
            return VOCABULARY[k]["properties"][prop]
    return None


def problems(node, path: str = "$", allowed: tuple[str, ...] = ("ClaimReview",)) -> list[str]:
    """Everything in ``node`` the vocabulary does not allow: an unknown type,
    a type where another is expected, a property the type does not have, a
    value of the wrong type, a required property missing."""
    if not isinstance(node, dict):
        return [f"{path}: an object expected, got {node!r}"]
    kind = node.get("@type")
    if kind not in VOCABULARY:
        return [f"{path}: unknown @type {kind!r}"]
    if not any(a in lineage(kind) for a in allowed):
        return [f"{path}: {kind} where {' or '.join(allowed)} is expected"]
    out = []
    for k in lineage(kind):
        for prop in VOCABULARY[k].get("required", []):
            if prop not in node:
                out.append(f"{path}: {kind} without its required {prop}")
    for prop, value in node.items():
        if prop.startswith("@"):
            continue
        types = expected(kind, prop)
        if types is None:
            out.append(f"{path}.{prop}: not a property of {kind}")
            continue
        for i, v in enumerate(value if isinstance(value, list) else [value]):
            where = f"{path}.{prop}[{i}]"
            if isinstance(v, dict):
                out.extend(problems(v, where, tuple(t for t in types if t in VOCABULARY)))
            elif not any(t in DATA_TYPES and DATA_TYPES[t](v) for t in types):
                out.append(f"{where}: {v!r} is not {' or '.join(types)}")
    return out


def review(**changes):
    values = {
        "claim": "Three firefighters were treated for smoke inhalation.",
        "sources": [
            claimreview.Source(
                "https://courier.example/fire",
                "Three firefighters were treated for smoke inhalation.",
                "Warehouse fire",
                "Courier",
                "2024-03-13",
            ),
            claimreview.Source("", "Four firefighters were treated.", "Blaze", "", "2024-03-12"),
        ],
        "status": "disputed",
        "reviewer": "Ana Ruiz",
    }
    keywords = {"reviewed": "2024-03-14T10:00:00Z", "publisher": "Courier Desk"}
    keywords |= {k: changes.pop(k) for k in list(changes) if k not in values}
    return claimreview.claim_review(**(values | changes), **keywords)


def test_a_review_meets_the_vocabulary_and_the_required_properties():
    r = review(review_url="https://courier.example/checks#flag-1", note="Agency copy: three.")
    assert problems(r) == []
    assert (
        r["reviewRating"]["alternateName"] == "Disputed" and r["reviewRating"]["ratingValue"] == 2
    )
    appearances = r["itemReviewed"]["appearance"]
    assert [a.get("url") for a in appearances] == ["https://courier.example/fire", None]
    assert [a["text"] for a in appearances][1] == "Four firefighters were treated."
    assert r["itemReviewed"]["datePublished"] == "2024-03-12"  # its first appearance
    assert r["datePublished"] == "2024-03-14" and r["author"]["name"] == "Ana Ruiz"
    assert r["publisher"] == {"@type": "Organization", "name": "Courier Desk"}


@pytest.mark.parametrize(
    ("status", "value", "words"),
    [
        ("verified", 5, "Accurate"),
        ("disputed", 2, "Disputed"),
        ("needs-correction", 1, "Inaccurate"),
    ],
)
def test_statuses_map_to_ratings(status, value, words):
    rating = review(status=status)["reviewRating"]
    assert (rating["ratingValue"], rating["alternateName"]) == (value, words)
    assert (rating["worstRating"], rating["bestRating"]) == (1, 5)


def test_open_and_dismissed_have_no_rating():
    for status in ("open", "dismissed"):
        with pytest.raises(ValueError, match="no rating for status"):
            review(status=status)


def test_without_a_reviewer_the_publisher_is_the_author():
    r = review(reviewer="")
    assert r["author"]["@type"] == "Organization" and problems(r) == []


@pytest.mark.parametrize(
    ("break_it", "needle"),
    [
        (lambda r: r.pop("claimReviewed"), "without its required claimReviewed"),
        (lambda r: r["reviewRating"].pop("alternateName"), "Rating without its required"),
        (lambda r: r.__setitem__("author", {"@type": "Rating"}), "Rating where Organization"),
        (lambda r: r.__setitem__("datePublished", "14 March"), "is not Date or DateTime"),
        (lambda r: r.__setitem__("url", "courier.example/x"), "is not URL"),
        (lambda r: r.__setitem__("rating", 3), "not a property of ClaimReview"),
        (lambda r: r["author"].pop("name"), "Person without its required name"),
        (lambda r: r["itemReviewed"]["appearance"][0].__setitem__("@type", "Web"), "unknown"),
    ],
)
def test_the_validator_catches_what_breaks_the_vocabulary(break_it, needle):
    r = review(review_url="https://courier.example/checks#flag-1")
    break_it(r)
    assert any(needle in p for p in problems(r)), problems(r)


def test_report_exports_the_verified_and_disputed_findings_of_a_log(tmp_path, capsys):
    db = tmp_path / "log.sqlite"
    assert main(["check", *map(str, SEEDS), "--db", str(db), "-q"]) == 0
    out = capsys.readouterr().out
    assert main(["report", "--db", str(db), "--format", "claimreview"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "no verified or disputed finding to publish" in captured.err
    from workbench.store import ReviewLog

    log = ReviewLog(db)
    ids = [f.id for f in log.findings()]
    log.close()
    assert len(ids) >= 3, out
    decide = [("verified", "Ana <b>"), ("disputed", "Ben"), ("dismissed", "Cy")]
    for flag, (status, who) in zip(ids, decide, strict=False):
        assert main(["review", flag, "--status", status, "--reviewer", who, "--db", str(db)]) == 0
    target = tmp_path / "claims.json"
    code = main(
        ["report", "--db", str(db), "--format", "claimreview", "-o", str(target),
         "--publisher", "Desk", "--review-url", "https://desk.example/checks",
         "--publish", *ids[:2]]
    )  # fmt: skip
    assert code == 0
    text = target.read_text()
    assert "<" not in text  # safe inside a <script type="application/ld+json"> block
    doc = json.loads(text)
    assert doc["@context"] == "https://schema.org"
    reviews = doc["@graph"]
    assert sorted(r["identifier"] for r in reviews) == sorted(ids[:2])
    for r in reviews:
        assert problems(r) == [], problems(r)
        assert r["url"] == f"https://desk.example/checks#finding-{r['identifier']}"
        assert len(r["itemReviewed"]["appearance"]) == 2
    by_id = {r["identifier"]: r for r in reviews}
    assert by_id[ids[0]]["author"]["name"] == "Ana <b>"
    assert by_id[ids[1]]["reviewRating"]["alternateName"] == "Disputed"


def test_a_review_with_one_source_and_no_dates_is_still_valid():
    r = claimreview.claim_review(
        "Text.", [claimreview.Source("https://o.example/a", "Text.")], "verified", "Ana"
    )
    assert r["itemReviewed"]["appearance"][0]["url"] == "https://o.example/a"
    assert "datePublished" not in r and problems(r) == []


def test_a_finding_across_four_sources_is_one_review_with_every_appearance(tmp_path):
    from test_findings_log import _toll

    from workbench.store import Change, ReviewLog

    log = ReviewLog(tmp_path / "log.sqlite")
    log.save_analysis(_toll())
    (f,) = log.findings()
    log.decide(f.id, Change("disputed", note="AFP alone says 5", reviewer="Ana"))
    (review,) = claimreview.from_log(log)
    (with_notes,) = claimreview.from_log(log, notes=True)
    log.close()
    assert problems(review) == []
    assert review["identifier"] == f.id and "reviewBody" not in review  # notes are internal
    assert with_notes["reviewBody"] == "AFP alone says 5"
    outlets = [w["publisher"]["name"] for w in review["itemReviewed"]["appearance"]]
    assert outlets[0] == "AFP" and sorted(outlets) == ["AFP", "BBC", "Independent", "Reuters"]


def test_a_disputed_finding_with_no_source_named_or_standing_out_rates_the_disagreement(
    tmp_path,
):
    # seeds: the cut quote is one source against one other, so no default
    # article to correct; "Disputed" on either sentence would accuse it at random
    from workbench.store import Change, ReviewLog

    db = tmp_path / "log.sqlite"
    assert main(["check", *map(str, SEEDS), "--db", str(db), "-q"]) == 0
    log = ReviewLog(db)
    (quote,) = [f for f in log.findings() if f.kind == "quote"]
    assert quote.correct == () and len(quote.versions) == 2
    log.decide(quote.id, Change("disputed", note="which wording is right?", reviewer="Ana"))
    (review,) = claimreview.from_log(log)
    claimed = review["claimReviewed"]
    assert " vs " in claimed and all(v.value[:20] in claimed for v in quote.versions)
    # a sentence saying who says what (fresh user trial: "‘A’ vs ‘B’" alone was junk)
    assert claimed.startswith("Reports disagree: ")
    named = {a.id: a.outlet or a.title or a.id for a in log.articles()}
    assert all(f"({named[v.sides[0].article]}" in claimed for v in quote.versions)
    article = quote.versions[1].sides[0].article
    log.decide(quote.id, Change("disputed", note="cut", reviewer="Ana"), (article,))
    (review,) = claimreview.from_log(log)
    log.close()
    assert " vs " not in review["claimReviewed"]
    assert problems(review) == []


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "He tried to provide first aid for her,” said Earley.",
            "“He tried to provide first aid for her,” said Earley.",
        ),
        ("“We will rebuild every home, and we will", "“We will rebuild every home, and we will”"),
        ('Police said "the road stays shut.', 'Police said "the road stays shut."'),
        ('the road stays shut," police said.', '"the road stays shut," police said.'),
        ("“Done,” she said. “Not yet,” he said.", "“Done,” she said. “Not yet,” he said."),
        ("No quotation here.", "No quotation here."),
    ],
)
def test_the_claim_reviewed_has_whole_quotation_marks(claim, expected):
    review = claimreview.claim_review(claim, [], "verified", "Ana")
    assert review["claimReviewed"] == expected


def test_a_verified_finding_is_never_published_on_a_sentence_under_correction(tmp_path, capsys):
    """Fresh CLI trial: a verified date was exported as 'Accurate' on the one
    sentence that also held the deal price marked as needing correction."""
    texts = {
        "b": "HP will buy EDS, whose Plano campus stretches 3.2 km, for $13.2 billion in cash.",
        "a": "HP agreed to buy EDS, whose Plano campus stretches 2 miles, for $13.9 billion.",
        "c": "Hewlett-Packard will pay $13.9 billion for EDS, whose Plano campus stretches "
        "two miles.",
    }
    files = []
    for name, text in texts.items():
        p = tmp_path / f"{name}.md"
        p.write_text(f"---\noutlet: {name.upper()} News\n---\n{text}\n")
        files.append(str(p))
    db = str(tmp_path / "r.sqlite")
    assert main(["check", *files, "--db", db, "-q"]) == 0
    from workbench.store import ReviewLog

    log = ReviewLog(db, create=False)
    found = log.findings()
    log.close()
    money = next(f for f in found if f.kind == "money")
    date = next(f for f in found if f.kind == "quantity")
    base = ["--db", db, "--reviewer", "Ana"]
    assert main(["review", money.id, "--status", "needs-correction", "--article", "b", *base]) == 0
    assert main(["review", date.id, "--status", "verified", *base]) == 0
    capsys.readouterr()
    log = ReviewLog(db, create=False)
    reviews = {r["identifier"]: r for r in claimreview.from_log(log)}
    log.close()
    assert "$13.2" not in reviews[date.id]["claimReviewed"]
    assert reviews[date.id]["reviewRating"]["alternateName"] == "Accurate"


def _seeds_decided(tmp_path) -> tuple[str, dict[str, str]]:
    """The seeds checked, each of the first three findings decided: their
    ids by status."""
    db = str(tmp_path / "log.sqlite")
    assert main(["check", *map(str, SEEDS), "--db", db, "-q"]) == 0
    from workbench.store import ReviewLog

    log = ReviewLog(db)
    ids = [f.id for f in log.findings()]
    log.close()
    by_status = {}
    for flag, status in zip(ids, ("verified", "disputed", "dismissed"), strict=False):
        assert main(["review", flag, "--status", status, "--reviewer", "Ana", "--db", db]) == 0
        by_status[status] = flag
    by_status["open"] = ids[3]
    return db, by_status


def test_claimreview_publishes_only_the_findings_chosen_and_refuses_none_chosen(tmp_path, capsys):
    """User trial 47: every verified finding (a date check, a quote) was
    published rated 5 'Accurate'. Verified is no public endorsement: the
    export publishes the findings chosen with --publish, and refuses in one
    line, naming those that could be chosen, when none is."""
    db, ids = _seeds_decided(tmp_path)
    capsys.readouterr()
    assert main(["report", "--db", db, "--format", "claimreview"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1
    assert "--publish" in err and ids["verified"] in err and ids["disputed"] in err
    assert ids["dismissed"] not in err
    target = tmp_path / "chosen.json"
    base = ["report", "--db", db, "--format", "claimreview", "--publisher", "Desk"]
    prefix = ids["disputed"][:6]  # a prefix, as review takes it
    assert (
        main([*base, "--review-url", "https://d.example/c", "--publish", prefix, "-o", str(target)])
        == 0
    )
    (review,) = json.loads(target.read_text())["@graph"]
    assert review["identifier"] == ids["disputed"] and problems(review) == []
    assert main([*base, "--publish", f"{ids['verified']},{ids['disputed']}"]) == 0
    graph = json.loads(capsys.readouterr().out)["@graph"]
    assert sorted(r["identifier"] for r in graph) == sorted([ids["verified"], ids["disputed"]])


@pytest.mark.parametrize(("status", "why"), [("dismissed", "dismissed"), ("open", "not decided")])
def test_a_finding_that_cannot_be_published_is_refused_by_name(tmp_path, capsys, status, why):
    db, ids = _seeds_decided(tmp_path)
    target = tmp_path / "cr.json"
    capsys.readouterr()
    code = main(
        ["report", "--db", db, "--format", "claimreview", "-o", str(target),
         "--publish", ids["verified"], ids[status]]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2 and not target.exists()
    assert f"--publish {ids[status]}" in err and why in err and len(err.strip().splitlines()) == 1


def test_publish_is_refused_with_another_format_and_an_unknown_id(tmp_path, capsys):
    db, ids = _seeds_decided(tmp_path)
    capsys.readouterr()
    assert main(["report", "--db", db, "--format", "md", "--publish", ids["verified"]]) == 2
    assert "--format claimreview" in capsys.readouterr().err
    assert main(["report", "--db", db, "--format", "claimreview", "--publish", "Fzzzzz"]) == 2
    assert "unknown finding id" in capsys.readouterr().err
