"""The report and check's summary say each decision once, as the editor made it:
a decided finding that grew keeps its decision and names what is left to
decide (not "mixed"); one decision naming two articles is one decision; a
finding disputed without naming an article is shown once, not under every
source."""

from __future__ import annotations

from datetime import date

import pytest

from workbench import findings
from workbench.cli_findings import finding_statuses
from workbench.model import Alignment, Analysis, Article, Claim, Discrepancy, Side, Verdict
from workbench.report import build_report, render
from workbench.store import Change, ReviewLog

OUTLETS = {"a": "BBC", "b": "Reuters", "c": "Independent", "d": "AFP", "e": "Le Monde"}


def _hub(members: str, values: dict[str, str] | None = None) -> Analysis:
    """Each source of ``members`` compared with the hub "d", which states
    another figure: one finding holding one discrepancy per member."""
    values = {x: "24" for x in OUTLETS} | {"d": "5"} | (values or {})
    arts = tuple(
        Article(x, f"{x}.txt", x, name, date(2021, 6, 23), f"https://{x}.example/", "", f"s{x}")
        for x, name in OUTLETS.items()
    )
    claims = tuple(Claim(f"{x}:0", x, 0, 0, 15, "The toll is NN.") for x in OUTLETS)
    side = {x: Side(x, f"{x}:0", 12, 12 + len(v), v, v) for x, v in values.items()}
    discs = tuple(
        Discrepancy(f"d{x}", "number", Verdict.CONFLICT, "differ", (side[x], side["d"]))
        for x in members
    )
    al = tuple(Alignment(f"{x}:0", "d:0", 0.9) for x in OUTLETS if x != "d")
    return findings.build(Analysis(arts, claims, (), al, discs), lambda a, b: 1.0)


@pytest.fixture
def log(tmp_path):
    store = ReviewLog(tmp_path / "log.sqlite")
    yield store
    store.close()


@pytest.mark.parametrize(("before", "after", "status"), [
    ("ab", "abc", "verified"),
    ("a", "abce", "dismissed"),
    ("bc", "abc", "needs-correction"),
])  # fmt: skip
def test_a_decided_finding_that_grew_keeps_its_decision_and_says_what_is_new(
    log, before, after, status
):
    log.save_analysis(_hub(before))
    (f,) = log.findings()
    log.decide(f.id, Change(status, note="checked"), articles=("d",) if "corr" in status else None)
    log.save_analysis(_hub(after))  # a new source compared: the finding grew
    (grown,) = log.findings()
    new = len(after) - len(before)
    data = build_report(log)
    assert data["summary"]["by_status"][status] == 1
    assert data["summary"]["by_status"]["mixed"] == 0
    assert data["summary"]["decided_with_undecided"] == [grown.id]
    (item,) = data["findings"]
    assert (item["status"], item["undecided"]) == (status, new)
    md = render(log, "md")
    assert "mixed" not in md
    assert (
        f"Decided, with a discrepancy added since that is not decided yet: 1 (`{grown.id}`)" in md
    )
    said = "discrepancy" if new == 1 else "discrepancies"
    assert finding_statuses(log) == {grown.id: f"{status}; {new} {said} added since, not decided"}


def test_discrepancies_decided_differently_are_still_mixed(log):
    log.save_analysis(_hub("abc"))
    # decided pair by pair (as a version-1 log was), differently
    log.restore_reviews({"da": Change("verified"), "db": Change("dismissed")})
    data = build_report(log)
    assert data["summary"]["by_status"]["mixed"] == 1
    assert data["summary"]["decided_with_undecided"] == []
    said = "decided pair by pair: verified for a vs d; dismissed for b vs d; 1 not decided yet"
    assert finding_statuses(log) == {data["findings"][0]["id"]: said}


@pytest.mark.parametrize(("named", "values"), [
    (("d", "a"), None),  # every pair involves d: naming a too must not be lost
    (("a", "b", "c", "e"), None),  # naming only a and b leaves c-d, e-d open (test_s17_left_open)
    (("c", "d", "e"), {"e": "7"}),
])  # fmt: skip
def test_one_decision_naming_several_articles_is_one_decision(log, named, values):
    log.save_analysis(_hub("abce", values))
    (f,) = log.findings()
    log.decide(f.id, Change("needs-correction", correction="Say 24", reviewer="ana"), named)
    data = build_report(log)
    (item,) = data["findings"]
    (decision,) = item["decisions"]
    assert sorted(decision["correct_articles"]) == sorted(named)
    assert len(decision["discrepancies"]) == len(item["discrepancies"])
    md = render(log, "md")
    assert md.count("- **Decision:** needs-correction\n") == len(named)  # once per article named
    assert " of its " not in md  # never "(on 1 of its 4 discrepancies)"
    for art in data["articles"]:
        listed = [i["id"] for i in art["items"]]
        assert listed == ([f.id] if art["id"] in named else [])
        for i in art["items"]:  # whole, but naming this article alone
            (mine,) = i["decisions"]
            assert mine["correct_articles"] == [art["id"]]
            assert len(mine["discrepancies"]) == len(i["discrepancies"])


def test_a_finding_disputed_without_an_article_is_shown_once(log):
    log.save_analysis(_hub("abce"))
    (f,) = log.findings()
    log.decide(f.id, Change("disputed", note="which toll?"))
    data = build_report(log)
    assert [i["id"] for i in data["disputed"]] == [f.id]
    assert all(not a["items"] for a in data["articles"])
    assert {a["id"]: a["questioned"] for a in data["articles"]} == {x: [f.id] for x in "abcde"}
    for fmt in ("md", "html"):
        page = render(log, fmt)
        # the decision once, not five times; and its note beside it in the table (s35)
        assert _outside_table(page).count("which toll?") == 1, fmt
        assert page.count("which toll?") == 2, fmt
        assert all(f"https://{x}.example/" in page for x in "abcde")  # each source still named


def test_a_finding_disputed_naming_an_article_is_listed_under_it_alone(log):
    log.save_analysis(_hub("abce"))
    (f,) = log.findings()
    log.decide(f.id, Change("disputed", note="AFP alone"), ("d",))
    data = build_report(log)
    assert data["disputed"] == []
    assert {a["id"]: [i["id"] for i in a["items"]] for a in data["articles"]} == {
        x: [f.id] if x == "d" else [] for x in "abcde"
    }
    assert _outside_table(render(log, "md")).count("AFP alone") == 1


def _outside_table(page: str) -> str:
    """A report without its "All findings" table, which names every note
    beside its finding (session 35)."""
    html = "<h2>All findings</h2>" in page
    head, _, rest = page.partition("<h2>All findings</h2>" if html else "## All findings")
    return head + rest.lstrip("\n").partition("</table>" if html else "\n\n")[2]


def _two_claims() -> Analysis:
    """The toll (a and b against the hub d) and the injured (c against e): two
    findings, with different sources."""
    arts = tuple(
        Article(x, f"{x}.txt", x, name, date(2021, 6, 23), f"https://{x}.example/", "", f"s{x}")
        for x, name in OUTLETS.items()
    )
    claims = tuple(
        Claim(f"{x}:{k}", x, k, 100 * k, 100 * k + 15, text)
        for x in OUTLETS
        for k, text in enumerate(("The toll is NN.", "NN were injured."))
    )

    def side(x: str, k: int, v: str) -> Side:
        return Side(x, f"{x}:{k}", 100 * k + 12, 100 * k + 12 + len(v), v, v)

    discs = (
        *(
            Discrepancy(
                f"t{x}", "number", Verdict.CONFLICT, "differ", (side(x, 0, "24"), side("d", 0, "5"))
            )
            for x in "ab"
        ),
        Discrepancy(
            "ic", "number", Verdict.CONFLICT, "differ", (side("c", 1, "7"), side("e", 1, "70"))
        ),
    )
    al = (
        *(Alignment(f"{x}:0", "d:0", 0.9) for x in "ab"),
        Alignment("c:1", "e:1", 0.9),
    )
    return findings.build(Analysis(arts, claims, (), al, discs), lambda a, b: 1.0)


def test_articles_that_must_act_come_before_those_only_named_in_a_dispute(log):
    """The report's README promise: the articles that must act first. One only
    named in a finding disputed without an article to correct has nothing to
    do, and came first when its id sorted first (fresh trial)."""
    log.save_analysis(_two_claims())
    toll, injured = sorted(log.findings(), key=lambda f: len(f.members), reverse=True)
    log.decide(toll.id, Change("disputed", note="which toll?"))  # names no article
    log.decide(injured.id, Change("needs-correction", correction="7"), articles=("e",))
    order = [a["id"] for a in build_report(log)["articles"]]
    assert order[0] == "e"  # must correct
    assert set(order[1:4]) == {"a", "b", "d"}  # named in the dispute only
    assert order[4] == "c"
    # one section, for the article to correct; those only named in the dispute are
    # one line under it (a trial's colleague read such sections as articles to act)
    md = render(log, "md")
    assert md.count("\n## e\n") == 1 and "\n## a\n" not in md and "\n## d\n" not in md
    assert "Sources these findings name, with nothing to correct yet: a, BBC" in md
