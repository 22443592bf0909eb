"""From the session-9 command-line trial: what an editor decided must follow
the article through copy-edits and date fixes, whatever the files are called."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli as run


def story(folder: Path, body: str, head: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / "story.txt"
    p.write_text(head + body, encoding="utf-8")
    return p


FIRE = (
    "A warehouse fire in the port district killed {n} people on Tuesday, officials said.\n\n"
    "Crews fought the blaze for six hours before it was brought under control.\n"
)


def says_12(f: dict) -> bool:
    return any(v["value"].strip() == "12" for v in f["versions"])


def findings(db: Path, capsys, tmp_path: Path) -> list[dict]:
    out = tmp_path / "x.json"
    run(["report", "--db", db, "--format", "json", "-o", out], capsys)
    return json.loads(out.read_text())["findings"]


@pytest.mark.parametrize(
    "edit",
    [
        lambda t: t.replace("A warehouse fire", "A huge warehouse fire"),
        lambda t: t.replace("six hours", "seven hours"),  # another sentence
        lambda t: t + "\nThe cause is not yet known.\n",  # a paragraph added
    ],
)
def test_a_copy_edit_of_one_of_two_same_named_files_keeps_its_decision(tmp_path, capsys, edit):
    a = story(tmp_path / "courier", FIRE.format(n=14))
    b = story(tmp_path / "gazette", FIRE.format(n=12))
    c = story(tmp_path / "herald", FIRE.format(n=14).replace("six hours", "hours"))
    db = tmp_path / "r.sqlite"
    assert run(["check", a, b, c, "--db", db], capsys)[0] == 0
    death = next(f for f in findings(db, capsys, tmp_path) if says_12(f))
    (twelve,) = [
        s["article"] for v in death["versions"] if says_12({"versions": [v]}) for s in v["sources"]
    ]
    change = ["--status", "needs-correction", "--correction", "14", "--article", twelve]
    code, out, err = run(["review", "--db", db, death["id"], *change], capsys)
    assert code == 0, err
    b.write_text(edit(b.read_text()), encoding="utf-8")
    code, out, err = run(["check", a, b, c, "--db", db], capsys)
    assert code == 0, err
    assert "0 orphaned" in out, out
    now = [f for f in findings(db, capsys, tmp_path) if says_12(f)]
    assert len(now) == 1 and now[0]["status"] == "needs-correction", now
    assert {d["correct_article"] for d in now[0]["discrepancies"]} == {twelve}


def test_a_namesake_joining_does_not_rename_the_file_the_log_knew(tmp_path, capsys):
    a = story(tmp_path / "courier", FIRE.format(n=14))
    other = tmp_path / "gazette.txt"
    other.write_text(FIRE.format(n=12), encoding="utf-8")
    db = tmp_path / "r.sqlite"
    run(["check", a, other, "--db", db], capsys)
    (death,) = [f for f in findings(db, capsys, tmp_path) if f["kind"] == "number"]
    run(["review", "--db", db, death["id"], "--status", "verified"], capsys)
    late = story(tmp_path / "herald", FIRE.format(n=14).replace("six hours", "hours"))
    code, out, err = run(["check", a, other, late, "--db", db], capsys)
    assert code == 0, err
    assert "0 orphaned" in out, out
    ids = {
        s["article"]
        for f in findings(db, capsys, tmp_path)
        for v in f["versions"]
        for s in v["sources"]
    }
    assert "story" in ids  # the courier's file keeps the id it had


def dated(day: str) -> str:
    return f"---\ntitle: Fire\npublished: {day}\n---\n"


def test_a_date_given_with_published_wins_over_the_files_wrong_header(tmp_path, capsys):
    a = tmp_path / "a.md"
    a.write_text(dated("2024-03-13") + FIRE.format(n=14).replace("on Tuesday", "yesterday"))
    b = tmp_path / "b.md"
    b.write_text(dated("2025-03-14") + FIRE.format(n=14).replace("on Tuesday", "yesterday"))
    c = tmp_path / "c.md"
    c.write_text(dated("2024-03-13") + FIRE.format(n=14).replace("on Tuesday", "on Tuesday"))
    db = tmp_path / "r.sqlite"
    code, _, err = run(["check", a, b, c, "--db", db, "--published", f"{b}=2024-03-14"], capsys)
    assert code == 0, err
    code, out, err = run(["check", a, b, c, "--db", db], capsys)
    assert code == 0, err
    assert "0 no longer found" in out, out
    assert "2024-03-14" in err and "2025-03-14" in err  # says which date it kept and why
    days = {x["id"]: x["published"] for x in findings_articles(db, capsys, tmp_path)}
    assert days["b"] == "2024-03-14"
    # the editor can still go back to the file's date by saying so
    code, out, err = run(["check", a, b, c, "--db", db, "--published", f"{b}=2025-03-14"], capsys)
    assert code == 0, err
    days = {x["id"]: x["published"] for x in findings_articles(db, capsys, tmp_path)}
    assert days["b"] == "2025-03-14"


def findings_articles(db: Path, capsys, tmp_path: Path) -> list[dict]:
    out = tmp_path / "y.json"
    run(["report", "--db", db, "--format", "json", "-o", out], capsys)
    return json.loads(out.read_text())["articles"]


def test_a_file_dated_by_its_header_keeps_that_date_when_the_header_is_edited(tmp_path, capsys):
    a = tmp_path / "a.md"
    a.write_text(dated("2024-03-13") + FIRE.format(n=14))
    b = tmp_path / "b.md"
    b.write_text(dated("2024-03-12") + FIRE.format(n=14))
    db = tmp_path / "r.sqlite"
    run(["check", a, b, "--db", db], capsys)
    b.write_text(dated("2024-03-13") + FIRE.format(n=14))  # the editor fixed the file itself
    code, _, err = run(["check", a, b, "--db", db], capsys)
    assert code == 0, err
    days = {x["id"]: x["published"] for x in findings_articles(db, capsys, tmp_path)}
    assert days["b"] == "2024-03-13"


def test_a_given_date_stays_given_when_the_window_reopens_the_log(tmp_path):
    """The window rebuilds a log's articles from its records, which do not say
    where a date came from: saving them again must not forget it was given."""
    import dataclasses
    from datetime import date

    from workbench import service
    from workbench.store import ReviewLog
    from workbench.store.saving import given_dates

    a = tmp_path / "a.md"
    a.write_text(dated("2024-03-13") + FIRE.format(n=14))
    b = tmp_path / "b.md"
    b.write_text(dated("2025-03-14") + FIRE.format(n=12))
    log = ReviewLog(tmp_path / "r.sqlite")
    try:
        first = service.load([a, b], {str(b): date(2024, 3, 14)})
        assert [x.date_given for x in first] == [False, True]
        service.save(log, service.analyse(first))
        reopened = [dataclasses.replace(x, date_given=False) for x in first]
        service.save(log, service.analyse(reopened))
        assert given_dates(log.db) == {first[1].sha256: "2024-03-14"}
        moved = [
            dataclasses.replace(x, published=date(2024, 3, 15)) if x is reopened[1] else x
            for x in reopened
        ]
        service.save(log, service.analyse(moved))  # a date changed and not said to be given
        assert given_dates(log.db) == {}
    finally:
        log.close()


def test_a_repeated_decision_changes_nothing_and_undo_is_not_spent_on_it(tmp_path, capsys):
    a = tmp_path / "a.md"
    a.write_text(dated("2024-03-13") + FIRE.format(n=14))
    b = tmp_path / "b.md"
    b.write_text(dated("2024-03-13") + FIRE.format(n=12))
    db = tmp_path / "r.sqlite"
    run(["check", a, b, "--db", db], capsys)
    (death,) = [f for f in findings(db, capsys, tmp_path) if f["kind"] == "number"]
    base = ["review", "--db", db, death["id"], "--reviewer", "Ana"]
    assert run([*base, "--status", "disputed", "--note", "call the police"], capsys)[0] == 0
    assert run([*base, "--status", "verified"], capsys)[0] == 0
    for repeat in (["--status", "verified"], ["--status", "verified", "--note", "call the police"]):
        code, out, err = run([*base, *repeat], capsys)
        assert code == 0, err
        assert "nothing changed" in out and "verified" in out
    code, out, _ = run(["review", "--db", db, death["id"], "--history"], capsys)
    assert len(out.strip().splitlines()) == 3, out  # header-less: open, disputed, verified
    code, out, _ = run([*base, "--undo"], capsys)
    assert "now disputed" in out  # the repeats were not changes to undo
    # the same for one pair-level discrepancy named by its id
    did = death["discrepancies"][0]["id"]
    code, out, _ = run(
        ["review", "--db", db, did, "--status", "disputed", "--reviewer", "Ana"], capsys
    )
    assert "nothing changed" in out and "disputed" in out


FOUR = {  # one wrong toll printed by two outlets, in their own words
    "courier": "The fire at the port warehouse killed 14 people on Tuesday, officials said.",
    "gazette": "Officials said 12 people died when fire swept through the port warehouse Tuesday.",
    "herald": "A blaze at a warehouse in the port killed 12 people on Tuesday, officials said.",
    "ledger": "Fourteen people were killed on Tuesday in the port warehouse fire, officials said.",
}


def four(tmp_path: Path) -> list[Path]:
    out = []
    for name, text in FOUR.items():
        p = tmp_path / f"{name}.md"
        p.write_text(f"---\ntitle: {name}\noutlet: {name.title()}\n---\n{text}\n", encoding="utf-8")
        out.append(p)
    return out


def toll(db: Path, capsys, tmp_path: Path) -> dict:
    return next(f for f in findings(db, capsys, tmp_path) if says_12(f))


def test_each_article_reads_only_its_own_correction_and_quiet_ones_are_named_once(tmp_path, capsys):
    db = tmp_path / "r.sqlite"
    assert run(["check", *four(tmp_path), "--db", db], capsys)[0] == 0
    f = toll(db, capsys, tmp_path)
    wrong = ["--article", "gazette", "--article", "herald"]
    code, _, err = run(
        [
            "review",
            "--db",
            db,
            f["id"],
            "--status",
            "needs-correction",
            "--correction",
            "14",
            *wrong,
        ],
        capsys,
    )
    assert code == 0, err
    md = run(["report", "--db", db, "--format", "md"], capsys)[1]
    sections = md.split("\n## ")
    titles = [s.split("\n", 1)[0] for s in sections[2:]]
    assert titles[:2] == ["gazette", "herald"]  # the articles that must act come first
    gazette = next(s for s in sections if s.startswith("gazette"))
    herald = next(s for s in sections if s.startswith("herald"))
    assert "Article to correct:** `gazette`" in gazette and "`herald`" not in gazette
    assert "Article to correct:** `herald`" in herald and "`gazette`" not in herald
    assert md.count("No claims marked") == 1
    assert "in: `courier` (Courier), `ledger` (Ledger)." in md
    html = run(["report", "--db", db, "--format", "html"], capsys)[1]
    assert html.count("No claims marked") == 1 and "<code>ledger</code> (Ledger)" in html


@pytest.mark.parametrize("status", ["verified", "dismissed"])
def test_verified_sets_a_pending_correction_aside_and_undo_brings_it_back(tmp_path, capsys, status):
    db = tmp_path / "r.sqlite"
    run(["check", *four(tmp_path), "--db", db], capsys)
    f = toll(db, capsys, tmp_path)
    base = ["review", "--db", db, f["id"]]
    change = ["--status", "needs-correction", "--correction", "14", "--article", "gazette"]
    assert run([*base, *change], capsys)[0] == 0
    decided = {
        d["id"]: (d["correction"], d["correct_article"])
        for d in toll(db, capsys, tmp_path)["discrepancies"]
    }
    assert ("14", "gazette") in decided.values()
    code, out, err = run([*base, "--status", status], capsys)
    assert code == 0, err
    assert "‘14’" in out and "set aside" in out and "gazette" in out
    now = toll(db, capsys, tmp_path)
    assert {(d["status"], d["correction"], d["correct_article"]) for d in now["discrepancies"]} == {
        (status, "", "")
    }
    md = run(["report", "--db", db, "--format", "md"], capsys)[1]
    assert "Proposed correction" not in md and "Article to correct" not in md
    assert run([*base, "--undo"], capsys)[0] == 0
    back = toll(db, capsys, tmp_path)
    assert {d["id"]: (d["correction"], d["correct_article"]) for d in back["discrepancies"]} == (
        decided
    )


def test_a_verified_decision_kept_with_a_correction_by_an_older_release_reports_none(
    tmp_path, capsys
):
    """Logs written before (or by the window) may hold a correction under
    'verified': the report does not print it as pending."""
    from workbench.store import ReviewLog

    db = tmp_path / "r.sqlite"
    run(["check", *four(tmp_path), "--db", db], capsys)
    f = toll(db, capsys, tmp_path)
    change = ["--status", "needs-correction", "--correction", "14", "--article", "gazette"]
    assert run(["review", "--db", db, f["id"], *change], capsys)[0] == 0
    log = ReviewLog(db, create=False)
    try:  # the status alone changed on one of its discrepancies: the correction stays stored
        log.set_review(f["discrepancies"][0]["id"], "verified", None, None, "ana", None)
    finally:
        log.close()
    md = run(["report", "--db", db, "--format", "md"], capsys)[1]
    verified = md.split("- **Decision:** verified", 1)[1].split("\n- ", 1)[0]
    assert "Reviewer:** ana" in verified and "Proposed correction" not in verified
    assert "Article to correct" not in verified
    assert "- **Decision:** needs-correction" in md and "Proposed correction:** 14" in md


NAMED = {  # file name: (outlet, text)
    "Star Tribune — LaSalle (FINAL) v2.md": ("Star Tribune", FOUR["gazette"]),
    "pioneer_press.md": ("Pioneer Press", FOUR["herald"]),
    "AP wire 0412.md": ("Associated Press", FOUR["courier"]),
    "AP wire 0413.md": ("Associated Press", FOUR["ledger"]),
}


def named_and_checked(tmp_path: Path, capsys) -> tuple[Path, dict]:
    """The NAMED articles checked into a new log, and their toll finding."""
    for name, (outlet, text) in NAMED.items():
        (tmp_path / name).write_text(f"---\noutlet: {outlet}\n---\n{text}\n", encoding="utf-8")
    db = tmp_path / "r.sqlite"
    run(["check", *(tmp_path / name for name in NAMED), "--db", db], capsys)
    return db, toll(db, capsys, tmp_path)


@pytest.mark.parametrize(
    "typed",
    ["Star Tribune", "star-tribune", "Star", "{folder}/Star Tribune — LaSalle (FINAL) v2.md"],
)
def test_article_to_correct_by_outlet_prefix_or_file(tmp_path, capsys, typed):
    db, f = named_and_checked(tmp_path, capsys)
    change = ["--status", "needs-correction", "--correction", "14"]
    article = typed.format(folder=tmp_path)
    code, out, err = run(["review", "--db", db, f["id"], *change, "--article", article], capsys)
    assert code == 0, err
    assert "(in Star-Tribune-LaSalle-FINAL-v2)" in out


def test_an_article_named_ambiguously_or_not_at_all_is_one_line(tmp_path, capsys):
    db, f = named_and_checked(tmp_path, capsys)
    base = ["review", "--db", db, f["id"], "--status", "needs-correction", "--article"]
    code, _, err = run([*base, "Associated Press"], capsys)
    assert code == 2 and "names several of its sources" in err and "AP-wire-0412" in err
    code, _, err = run([*base, "Reuters"], capsys)
    assert code == 2 and "not one of its sources" in err and len(err.strip().splitlines()) == 1


def test_who_decides_comes_from_the_environment_or_is_pointed_out(tmp_path, capsys, monkeypatch):
    db = tmp_path / "r.sqlite"
    run(["check", *four(tmp_path), "--db", db], capsys)
    f = toll(db, capsys, tmp_path)
    monkeypatch.delenv("WORKBENCH_REVIEWER", raising=False)
    code, out, err = run(["review", "--db", db, f["id"], "--status", "disputed"], capsys)
    assert code == 0 and "this system's user name" in err and "WORKBENCH_REVIEWER" in err
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ed Itor")
    code, out, err = run(["review", "--db", db, f["id"], "--status", "verified"], capsys)
    assert code == 0 and err == "" and "by Ed Itor" in out


def test_a_check_that_grows_a_decided_finding_keeps_its_id(tmp_path, capsys):
    files = four(tmp_path)
    db = tmp_path / "r.sqlite"
    run(["check", files[0], files[1], "--db", db], capsys)  # courier 14 vs gazette 12
    (old,) = [f for f in findings(db, capsys, tmp_path) if says_12(f)]
    run(["review", "--db", db, old["id"], "--status", "disputed", "--reviewer", "x"], capsys)
    code, out, err = run(["check", *files, "--db", db], capsys)  # two more sources
    assert code == 0, err
    (new,) = [f for f in findings(db, capsys, tmp_path) if says_12(f)]
    # grown by two sources, the finding keeps the id its decision was made on
    # (trial 31), so no line names a new one
    assert new["id"] == old["id"]
    assert "regrouped" not in out
    code, out, err = run(["check", *files, "--db", db], capsys)  # nothing changed: no line
    assert "regrouped" not in out


def test_dates_given_survive_checking_another_story_into_the_same_log(tmp_path, capsys):
    fire = [tmp_path / "f1.txt", tmp_path / "f2.txt"]
    fire[0].write_text(FOUR["courier"].replace("on Tuesday", "yesterday") + "\n")
    fire[1].write_text(FOUR["gazette"].replace("Tuesday", "yesterday") + "\n")
    storm = [tmp_path / "s1.txt", tmp_path / "s2.txt"]
    storm[0].write_text("A storm cut power to 400 homes in the valley on Monday.\n")
    storm[1].write_text("Monday's storm left 600 valley homes without electricity.\n")
    db = tmp_path / "review.sqlite"
    given = ["--published", f"{fire[0]}=2024-03-13", "--published", f"{fire[1]}=2024-03-13"]
    assert run(["check", *fire, "--db", db, *given], capsys)[0] == 0
    assert run(["check", *storm, "--db", db], capsys)[0] == 0  # the next story, same log
    code, _, err = run(["check", *fire, "--db", db], capsys)
    assert code == 0, err
    assert err.count("published 2024-03-13, as the review log has it") == 2, err
    days = {x["id"]: x["published"] for x in findings_articles(db, capsys, tmp_path)}
    assert days == {"f1": "2024-03-13", "f2": "2024-03-13"}


COPIES = {  # two copies of one wire story against two outlets in their own words
    "a1": "The Taliban have seized 50 of Afghanistan's 370 districts since May, the UN envoy "
    "said on Tuesday.\nDeborah Lyons told the Security Council that the fighting had displaced "
    "thousands of families in the north.\nShe warned that the provincial capitals were now "
    "surrounded and that talks had stalled.\n",
    "b": "The insurgents have taken 60 of Afghanistan's 370 districts since May, UN envoy "
    "Deborah Lyons said.\nThousands of families have fled the fighting in northern provinces, "
    "she told diplomats.\n",
    "c": "According to the United Nations, the Taliban hold 60 of 370 districts following gains "
    "that began in May.\nLyons said peace talks in Doha had made little progress.\n",
    "d": "Sixty of Afghanistan's 370 districts have fallen to the Taliban since May, the UN "
    "said.\nThe envoy spoke in New York.\n",
}


def copies(tmp_path: Path, names) -> list[Path]:
    out = []
    for name in names:
        p = tmp_path / f"{name}.txt"
        text = COPIES["a1"] if name == "a2" else COPIES[name]
        p.write_text(text.replace("on Tuesday", "on Tuesday in New York") if name == "a2" else text)
        out.append(p)
    return out


def test_copies_against_as_many_outlets_name_no_default_article(tmp_path, capsys):
    """Two copies stating 50 (one independent source) against two outlets
    stating 60: naming the copies to correct decides by counting; the editor
    says which is wrong."""
    db = tmp_path / "r.sqlite"
    run(["check", *copies(tmp_path, ["a1", "a2", "b", "c"]), "--db", db], capsys)
    (f,) = [f for f in findings(db, capsys, tmp_path) if len(f["versions"]) == 2]
    code, _, err = run(["review", "--db", db, f["id"], "--status", "needs-correction"], capsys)
    assert code == 2 and "no version stands out" in err


def test_more_outlets_than_copies_still_name_the_copies_when_named(tmp_path, capsys):
    db = tmp_path / "r.sqlite"
    run(["check", *copies(tmp_path, ["a1", "a2", "b", "c", "d"]), "--db", db], capsys)
    (f,) = [f for f in findings(db, capsys, tmp_path) if len(f["versions"]) == 2]
    code, out, err = run(["review", "--db", db, f["id"], "--status", "needs-correction"], capsys)
    assert code == 2 and "which article is wrong is yours to say" in err  # never guessed (s38)
    named = ["--article", "a1", "--article", "a2"]
    code, out, err = run(
        ["review", "--db", db, f["id"], "--status", "needs-correction", *named], capsys
    )
    assert code == 0, err
    assert "(in a1, a2)" in out


def test_a_finding_id_typed_in_lower_case_and_an_undecided_history(tmp_path, capsys):
    db = tmp_path / "r.sqlite"
    run(["check", *four(tmp_path), "--db", db], capsys)
    f = toll(db, capsys, tmp_path)
    code, out, _ = run(["review", "--db", db, f["id"], "--history"], capsys)
    assert code == 0 and "no decision recorded yet" in out
    typed = "f" + f["id"][1:]
    code, out, err = run(["review", "--db", db, typed, "--status", "disputed"], capsys)
    assert code == 0, err
    assert out.startswith(f["id"])


def test_a_version_stated_by_more_sources_than_shown_says_so(tmp_path, capsys):
    files = []
    for i, word in enumerate(["Crews", "Firefighters", "Teams", "Units", "Brigades"]):
        p = tmp_path / f"s{i}.txt"
        p.write_text(f"{word} said the warehouse fire killed 14 people on Tuesday evening.\n")
        files.append(p)
    p = tmp_path / "wrong.txt"
    p.write_text("Officials said the warehouse fire killed 12 people on Tuesday evening.\n")
    code, out, err = run(["check", *files, p, "--db", tmp_path / "r.sqlite"], capsys)
    assert code == 0, err
    # five sentences of one version: the command that shows each is named (session 34)
    assert "      … and 2 more (workbench review F" in out and "shows each)" in out


def test_undo_and_a_correction_on_a_verified_finding_say_what_they_record(
    tmp_path, capsys, monkeypatch
):
    db = tmp_path / "r.sqlite"
    run(["check", *four(tmp_path), "--db", db], capsys)
    f = toll(db, capsys, tmp_path)
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ana")
    run(["review", "--db", db, f["id"], "--status", "verified"], capsys)
    code, _, err = run(["review", "--db", db, f["id"], "--correction", "14"], capsys)
    assert code == 0 and "is verified: the correction is kept" in err
    monkeypatch.delenv("WORKBENCH_REVIEWER")
    code, _, err = run(["review", "--db", db, f["id"], "--undo"], capsys)
    assert code == 0 and "this system's user name" in err
