"""A claim pair must not depend on whether relative dates resolve (issue 11,
session 26; trial 33). A sentence whose partner a neighbour took is compared
with a second sentence of the other article when both date one named
happening (align._told_again: "filed charges on Wednesday" / "The criminal
charges were filed yesterday"). That second partner was taken only while the
two days differed, so giving both articles their publication dates, which made
the days agree, removed the pair, and an editor's open finding with it. Now
agreeing days take it too: one cluster analysed without and with publication
dates compares the same sentence pairs (``workbench check --json``), and such
a pair is compared on its values measured alike only (the wrong "two last
week" / "three people" a count-agreeing-days attempt gave in session 25).

Also: measured pairs (judge/measured.py), a runner-up's values keyed and
measured alike, compared whatever names the sentences share — measured and
left off by default (``align.runner_up`` -1); tested here with it on.

The clusters are made up, in several domains; the pattern comes from the ECB+
development halves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import write

from workbench import thresholds
from workbench.analysis import analyze
from workbench.articles import load_articles
from workbench.cli import main
from workbench.judge.measured import key

# (lead of A, stating the day; lead of B, without it; B's later sentence dating the
# same stage; a sentence between, so that the later one is no neighbour of the lead)
CLUSTERS = {
    "charges": (
        "Prosecutors filed charges {day} against the leader of a sect that runs a farm "
        "commune near the valley town of Brentmoor, local radio reported.",
        "Two leaders of a sect that runs a farm commune near the valley town of Brentmoor "
        "have been charged, local radio reported.",
        "The criminal charges were filed {day} in Brentmoor.",
        "Its founder left for Canada in the spring of last year with his wife.",
    ),
    "arrest": (
        "Police arrested a former bank clerk {day} over the theft of rare coins from the "
        "museum of the harbour town of Saltney, officers said.",
        "A former bank clerk is suspected of stealing rare coins from the museum of the "
        "harbour town of Saltney, officers said.",
        "The former clerk was arrested {day} at a flat in Saltney.",
        "The museum reopened its coin gallery after a renovation two years ago.",
    ),
    "sentence": (
        "A judge sentenced the owner of a collapsed quarry firm {day} for safety failures "
        "that killed a driver near the hill village of Ardley, the court heard.",
        "The owner of a collapsed quarry firm was jailed for safety failures that killed "
        "a driver near the hill village of Ardley, the court heard.",
        "The quarry owner was sentenced {day} in Ardley to four years.",
        "The quarry had been closed by inspectors once before, in the winter.",
    ),
}
TAIL = "The case drew wide attention in the region."


def _files(tmp_path: Path, cluster: str, days: tuple[str, str], published: str = "") -> list[str]:
    lead_a, lead_b, later, between = CLUSTERS[cluster]
    tmp_path.mkdir(parents=True, exist_ok=True)
    front = f"---\ntitle: T\noutlet: {{}}\npublished: {published}\n---\n" if published else ""
    a = [lead_a.format(day=days[0]), TAIL]
    b = [lead_b, between, later.format(day=days[1]), TAIL]
    return [
        str(write(tmp_path, "a.md", front.format("Courier") + "\n".join(a) + "\n")),
        str(write(tmp_path, "b.md", front.format("Gazette") + "\n".join(b) + "\n")),
    ]


def _checked(tmp_path: Path, files: list[str], name: str) -> dict:
    out = tmp_path / f"{name}.json"
    db = tmp_path / f"{name}.sqlite"
    assert main(["check", *files, "--db", str(db), "--json", str(out)]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


def _pairs(data: dict) -> set[tuple[str, str]]:
    text = {c["id"]: c["text"] for c in data["claims"]}
    return {tuple(sorted(text[c] for c in a["claims"])) for a in data["alignments"]}


def _days_flagged(data: dict, days: tuple[str, str]) -> list[str]:
    return [
        d["verdict"] for d in data["discrepancies"] if {s["text"] for s in d["sides"]} == set(days)
    ]


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


# Published on a Thursday: "Wednesday" and "yesterday" are one day once dated.
@pytest.mark.parametrize("cluster", sorted(CLUSTERS))
def test_publication_dates_keep_the_compared_sentence_pairs(tmp_path, cluster):
    days = ("on Wednesday", "yesterday")
    undated = _checked(tmp_path, _files(tmp_path / "u", cluster, days), "undated")
    dated = _checked(tmp_path, _files(tmp_path / "d", cluster, days, "2024-03-07"), "dated")
    assert _pairs(undated) == _pairs(dated)
    # undated the two days cannot be compared: a question; dated they agree
    assert _days_flagged(undated, ("Wednesday", "yesterday")) == ["unresolved"]
    assert _days_flagged(dated, ("Wednesday", "yesterday")) == ["consistent"]


def test_the_old_second_partner_depended_on_the_dates(tmp_path):
    """The class this fixes: with only differing days taking a second partner,
    the pair of the lead and the later sentence was aligned undated and lost
    once dated."""
    before = thresholds.with_value("align.second_partner_agreeing", False)
    days = ("on Wednesday", "yesterday")

    def aligned(published: str, table=thresholds.DEFAULT) -> int:
        paths = _files(tmp_path / f"{published or 'u'}{id(table)}", "charges", days, published)
        return len(analyze(load_articles(paths), thresholds=table).alignments)

    assert aligned("", before) != aligned("2024-03-07", before)
    assert aligned("") == aligned("2024-03-07")


def _found(tmp_path: Path, cluster: str, days: tuple[str, str], published: str = ""):
    return analyze(load_articles(_files(tmp_path, cluster, days, published)))


@pytest.mark.parametrize("cluster", sorted(CLUSTERS))
def test_two_days_of_one_stage_told_again_are_a_conflict(tmp_path, cluster):
    """Dated, one day against another of the same stage: a conflict (one of
    them misreports it), although the later sentence's neighbour is no
    partner of the lead."""
    found = _found(tmp_path, cluster, ("on Wednesday", "on Monday"), "2024-03-07")
    assert [(al.left, al.right, al.days_agree) for al in found.alignments if al.right == "b:2"] == [
        ("a:0", "b:2", False)  # days that differ: compared as any aligned pair
    ]
    flagged = [
        str(d.verdict)
        for d in found.discrepancies
        if {s.text for s in d.sides} == {"Wednesday", "Monday"}
    ]
    assert flagged == ["conflict"]


@pytest.mark.parametrize("cluster", sorted(CLUSTERS))
def test_one_day_told_alike_keeps_the_pair(tmp_path, cluster):
    """Agreeing days keep the pair: the same words, an identical day (no
    flag); other words of one day, a consistent flag of that day."""
    found = _found(tmp_path / "x", cluster, ("on Tuesday", "on Tuesday"), "2024-03-07")
    assert ("a:0", "b:2") in {(al.left, al.right) for al in found.alignments}
    assert not found.discrepancies
    found = _found(tmp_path / "y", cluster, ("on Wednesday", "yesterday"), "2024-03-07")
    flagged = [
        (str(d.verdict), sorted(s.claim for s in d.sides))
        for d in found.discrepancies
        if {s.text for s in d.sides} == {"Wednesday", "yesterday"}
    ]
    assert flagged == [("consistent", ["a:0", "b:2"])]


@pytest.mark.parametrize(
    ("a_more", "b_more"),
    [
        (" and 40 of his followers", " against 12 men of the commune"),
        (" over the deaths of two workers", ", where three people lived"),
        (" over a $2 million fraud", ", where the sect keeps $5 million in gold"),
    ],
)
def test_a_pair_told_again_compares_the_day_only(tmp_path, a_more, b_more):
    """A pair taken for days that agree: its other values were never what made
    it a pair and are not compared ("two last week" / "three people" was
    called a conflict when they were)."""
    front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-07\n---\n"
    a = [
        "Prosecutors filed charges on Wednesday against the leader of a sect that runs a farm "
        f"commune near the valley town of Brentmoor{a_more}, local radio reported.",
        TAIL,
    ]
    b = [
        CLUSTERS["charges"][1],
        CLUSTERS["charges"][3],
        f"The criminal charges were filed yesterday in Brentmoor{b_more}.",
        TAIL,
    ]
    paths = [
        write(tmp_path, "a.md", front.format("Courier") + "\n".join(a) + "\n"),
        write(tmp_path, "b.md", front.format("Gazette") + "\n".join(b) + "\n"),
    ]
    found = analyze(load_articles(paths))
    assert any(al.days_agree for al in found.alignments)
    compared = {s.text for d in found.discrepancies for s in d.sides if s.claim == "b:2"}
    assert compared == {"yesterday"}


RUNNER_UPS = thresholds.with_value(
    "align.second_partner", -1, thresholds.with_value("align.runner_up", 0.0)
)


@pytest.mark.parametrize("cluster", sorted(CLUSTERS))
def test_a_measured_pair_left_apart_is_compared_without_a_shared_name(tmp_path, cluster):
    """Measured pairs on (runner-ups, no second partner): the later sentence
    left apart is compared with the lead on the day both date, whatever names
    they share; only a difference is shown."""
    paths = _files(tmp_path / "x", cluster, ("on Wednesday", "on Monday"), "2024-03-07")
    found = analyze(load_articles(paths), thresholds=RUNNER_UPS)
    assert not any(a.days_agree for a in found.alignments)
    flagged = [str(d.verdict) for d in found.discrepancies if "Monday" in {s.text for s in d.sides}]
    assert flagged == ["conflict"]
    paths = _files(tmp_path / "y", cluster, ("on Tuesday", "on Tuesday"), "2024-03-07")
    found = analyze(load_articles(paths), thresholds=RUNNER_UPS)
    assert not found.discrepancies


def test_days_far_apart_are_two_happenings(tmp_path):
    """'fired March 2' of one coach and 'fired today' of another: days of one
    stage months apart are two happenings of one kind, not one misreported."""
    found = _found(tmp_path, "arrest", ("on March 2", "on June 20"), "2024-06-21")
    assert not [d for d in found.discrepancies if "June 20" in {s.text for s in d.sides}]


def test_another_stage_is_never_a_measured_pair(tmp_path):
    """'arrested Wednesday' against 'was charged Monday': two stages."""
    lead_a, lead_b, _, between = CLUSTERS["arrest"]
    front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-07\n---\n"
    a = [lead_a.format(day="on Wednesday"), TAIL]
    b = [lead_b, between, "The 41-year-old was charged on Monday at the town court.", TAIL]
    paths = [
        write(tmp_path, "a.md", front.format("Courier") + "\n".join(a) + "\n"),
        write(tmp_path, "b.md", front.format("Gazette") + "\n".join(b) + "\n"),
    ]
    found = analyze(load_articles(paths))
    assert not [d for d in found.discrepancies if "Monday" in {s.text for s in d.sides}]


@pytest.mark.parametrize(
    ("text", "figure", "keyed"),
    [
        ("Police evacuated 2,000 residents from the valley.", "2,000", True),
        ("The storm injured 14 passengers on the ferry.", "14", True),
        ("Fire crews rescued 12 climbers from the ridge.", "12", True),
        # a generic counted noun says too little
        ("About 40 people were at the party.", "40", False),
        # no happening named: what the count is of is not said
        ("The club has 700 members.", "700", False),
        ("He was sentenced on Tuesday.", "Tuesday", True),
        # a day of a weak stage: nearly every sentence announces something
        ("The company announced the deal on Tuesday.", "Tuesday", False),
    ],
)
def test_what_a_figure_is_keyed_by(tmp_path, text, figure, keyed):
    found = analyze(load_articles([write(tmp_path, "a.md", text + "\n")]))
    (claim,) = found.claims
    facts = [f for f in found.facts if f.text.endswith(figure)]
    assert facts, [f.text for f in found.facts]
    assert (key(claim, facts[0]) is not None) is keyed


@pytest.mark.parametrize("cluster", sorted(CLUSTERS))
def test_a_date_edit_keeps_the_finding_of_the_day(tmp_path, cluster):
    """The editor's view of trial 33: the first check (undated) asks about the
    two days; a second check of the same log with both publication dates given
    keeps that finding (now consistent), under the same id."""
    files = _files(tmp_path, cluster, ("on Wednesday", "yesterday"))
    days = ("Wednesday", "yesterday")  # one version once dated: "Wednesday / yesterday"
    db, out = tmp_path / "log.sqlite", tmp_path / "out.json"

    def finding(*extra: str) -> list[tuple[str, str]]:
        assert main(["check", *files, "--db", str(db), "-q", "--json", str(out), *extra]) == 0
        data = json.loads(out.read_text(encoding="utf-8"))
        return [
            (f["id"], f["verdict"])
            for f in data["findings"]
            if all(w in " / ".join(v["value"] for v in f["versions"]) for w in days)
        ]

    (before,) = finding()
    out.unlink()
    dated = [f"--published={path}=2024-03-07" for path in files]
    (after,) = finding(*dated)
    assert before[1] == "unresolved" and after == (before[0], "consistent")
