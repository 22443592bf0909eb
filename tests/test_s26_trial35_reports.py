"""Trial 35: reports and history an editor can read.

- A misspelt name in one article quoted every correctly spelt sentence of
  every other article (30 lines, some repeated: a sentence naming it four
  times was quoted four times) before the one sentence to correct. A version
  stated many times by most sources now reads as a count and one example; the
  sentence to correct is quoted in full; no sentence is quoted twice.
- ``review`` said "‘Nvdidia’ — 43_2ecb; written 4 times" for one misspelling:
  it counted the pairs the side was compared in. It counts places written.
- ``check`` after the fix said "4 no longer found" for one finding of four
  pairs: the line counts findings.
- An article with no headline was headed in the report by its first
  sentence (for 42_10, the sentence holding the typo).
- ``--history`` said "as typed, in 2 saves" and never showed the text typed
  and then cleared: the texts saved on the way are shown.
"""

from __future__ import annotations

import json
import re

import pytest

from workbench.cli import main
from workbench.report import render
from workbench.report.majority import heading
from workbench.store import ReviewLog
from workbench.store.drafts import as_written, typed_in
from workbench.store.records import HistoryEntry, SideRecord, occurrences

# (right, wrong, the right article's text with {n} for the name, the wrong one's)
STORIES = {
    "a person": (
        "Magdalena Kowalczyk",
        "Magdalena Kowalcyzk",
        "The Harbourview Clinic opened a new wing on Tuesday, said director {n}.\n"
        "{last} said the wing cost less than planned. Patients praised {last} and "
        "her {last}-led team.\nThe city council thanked {last} for the work.\n",
        "The Harbourview Clinic opened a new wing on Tuesday, said director {n}.\n"
        "The wing has forty beds.\n",
    ),
    "a company": (
        "Northgate Shipping",
        "Northgate Shiping",
        "Ferry service resumes\n\n{n} said its ferries to Ostholm will run again from "
        "Monday.\nA {n} spokesman said {n} had repaired the ramp. Ostholm residents "
        "welcomed the news.\n",
        "Ferry service resumes\n\n{n} said its ferries to Ostholm will run again from "
        "Monday.\nTickets are on sale.\n",
    ),
    "a place": (
        "Ljubljana",
        "Ljublana",
        "The floods reached {n} late on Sunday. Rescuers in {n} moved 200 people.\n"
        "The mayor of {n} asked for calm.\n",
        "The floods reached {n} late on Sunday.\nRescuers moved 200 people.\n",
    ),
}
RIGHT_ARTICLES = 4
DESKS = ("north", "south", "east", "west")


def _cluster(tmp_path, story: str):
    right, wrong, text, odd = STORIES[story]
    last = right.split()[-1]
    files = []
    for k in range(RIGHT_ARTICLES):
        p = tmp_path / f"r{k}.txt"
        dated = f"---\npublished: 2024-03-0{k + 1}\n---\n{text.format(n=right, last=last)}"
        p.write_text(dated + f"Reported by desk {DESKS[k]}.\n", encoding="utf-8")
        files.append(p)
    bad = tmp_path / "w.txt"
    odd = odd.format(n=wrong, last=wrong.split()[-1])
    bad.write_text(f"---\npublished: 2024-03-09\n---\n{odd}", encoding="utf-8")
    db = str(tmp_path / "log.sqlite")
    assert main(["check", *map(str, files), str(bad), "--db", db, "-q"]) == 0
    log = ReviewLog(db)
    try:
        (f,) = [f for f in log.findings() if f.kind == "name" and f.verdict == "conflict"]
    finally:
        log.close()
    # each place written (a compound such as "Kowalczyk-led" is not the name)
    times = sum(len(re.findall(rf"\b{re.escape(last)}\b(?!-)", p.read_text())) for p in files)
    return db, f.id, bad, times


def _ask(db: str, fid: str, right: str) -> None:
    args = ["review", fid, "--db", db, "--status", "needs-correction", "--article", "w"]
    assert main([*args, "--correction", right, "--reviewer", "Ann"]) == 0


@pytest.mark.parametrize("story", STORIES)
def test_report_sums_up_the_majority_and_quotes_the_sentence_to_correct(tmp_path, story):
    right, wrong, _, _ = STORIES[story]
    db, fid, bad, times = _cluster(tmp_path, story)
    _ask(db, fid, right)
    log = ReviewLog(db)
    try:
        md, html, data = (render(log, fmt) for fmt in ("md", "html", "json"))
    finally:
        log.close()
    (wrong_sentence,) = [ln for ln in bad.read_text().split("\n") if wrong in ln]
    assert f"{RIGHT_ARTICLES} articles, {times} times" in md
    assert f"{RIGHT_ARTICLES} articles, {times} times" in html
    before, after = wrong_sentence.split(wrong)  # quoted in full, the name marked
    assert before in html and after in html and before.split(",")[0] in md
    # the other correct sentences are not quoted; no line said twice
    lines = [ln for ln in md.splitlines() if ln.strip().startswith("- ")]
    assert len(lines) == len(set(lines)), md
    quotes = [ln for ln in md.splitlines() if ln.startswith("    - ") and right in ln]
    assert "- also" not in md and len(quotes) == 1, md  # one example of the majority
    assert "asked for calm" not in md and "repaired the ramp" not in md, md
    assert "thanked" not in md, md
    # JSON keeps every source, each sentence once, and how many times it is written
    (item,) = [i for i in json.loads(data)["findings"] if i["id"] == fid]
    (top,) = [v for v in item["versions"] if v["value"] == right]
    assert top["times"] == times and len(top["sources"]) == RIGHT_ARTICLES
    quoted = [(s["article"], s["claim"]) for s in top["sources"]]
    quoted += [(s["article"], m["claim"]) for s in top["sources"] for m in s.get("also", ())]
    assert len(quoted) == len(set(quoted))


@pytest.mark.parametrize("story", STORIES)
def test_review_counts_the_places_written_not_the_pairs(tmp_path, story, capsys):
    right, wrong, _, _ = STORIES[story]
    db, fid, _, times = _cluster(tmp_path, story)
    capsys.readouterr()
    assert main(["review", fid, "--db", db]) == 0
    out = capsys.readouterr().out
    (bad_line,) = [ln for ln in out.splitlines() if f"‘{wrong}’ —" in ln]
    assert "written" not in bad_line, out  # once, though compared with four articles
    (good_line,) = [ln for ln in out.splitlines() if f"‘{right}’ —" in ln]
    assert f"written {times} times" in good_line, out


@pytest.mark.parametrize("story", STORIES)
def test_check_counts_findings_no_longer_found(tmp_path, story, capsys):
    right, wrong, _, _ = STORIES[story]
    db, fid, bad, _ = _cluster(tmp_path, story)
    _ask(db, fid, right)
    bad.write_text(bad.read_text().replace(wrong, right), encoding="utf-8")
    capsys.readouterr()
    files = sorted(str(p) for p in tmp_path.glob("*.txt"))
    assert main(["check", *files, "--db", db]) == 0
    out = capsys.readouterr().out
    assert "(0 new findings, 1 no longer found, " in out, out
    assert "0 orphaned reviews kept; 1 of a correction that looks made" in out, out


def test_a_fresh_check_counts_new_findings(tmp_path, capsys):
    _cluster(tmp_path, "a place")
    db = str(tmp_path / "again.sqlite")
    files = sorted(str(p) for p in tmp_path.glob("*.txt"))
    capsys.readouterr()
    assert main(["check", *files, "--db", db]) == 0
    out = capsys.readouterr().out
    n = len(re.findall(r"^\[F[0-9a-f]+\]", out, re.M))
    assert n >= 1 and f"({n} new finding{'s' if n != 1 else ''}, 0 no longer found" in out


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("T-Mobile will launch the BlackBery in mid-February.", None, "Article x (no headline)"),
        ("Rescuers moved 200 people!", None, "Article x (no headline)"),
        ("Ferry service resumes", None, "Ferry service resumes"),  # a headline line
        (
            "Floods reach the capital.",
            "A headline given apart.\nBody.",
            "Floods reach the capital.",
        ),
        ("", "Some text.", "Article x (no headline)"),
        # a text with no line break: its title is its start, cut
        ("word " * 100 + "…", "word " * 300, "Article x (no headline)"),
    ],
)
def test_heading_is_never_the_first_sentence(title, text, expected):
    body = text if text is not None else f"{title}\nMore text follows here."
    assert heading(title, "x", body) == expected


def test_report_heads_an_untitled_article_by_its_id(tmp_path):
    db, fid, _, _ = _cluster(tmp_path, "a place")
    _ask(db, fid, "Ljubljana")
    log = ReviewLog(db)
    try:
        md, html = render(log, "md"), render(log, "html")
    finally:
        log.close()
    assert "## Article w \\(no headline\\)" in md, md
    assert "<h2>Article w (no headline)</h2>" in html
    assert not re.search(r"^## The floods", md, re.M)


def _entry(k: int, note: str = "", correction: str = "", at: int = 0) -> HistoryEntry:
    stamp = f"2026-12-05T21:00:{at:02d}+00:00"
    return HistoryEntry(k, "d1", "needs-correction", note, correction, "", "Ann", stamp)


@pytest.mark.parametrize(
    ("saves", "said"),
    [
        # typed, then cleared by the box's own undo
        (
            [("", "for about US$5.4-"), ("", "for about US$5.4-billion"), ("", "")],
            "saved before: correction ‘for about US$5.4-billion’ (correction now empty)",
        ),
        # a note typed, then rewritten in other words
        (
            [("Aligned with 43_1", ""), ("Aligned with 43", "")],
            "saved before: note ‘Aligned with 43_1’",
        ),
        # typing that only goes on: nothing saved before to show
        ([("Alig", ""), ("Aligned w", ""), ("Aligned with", "")], None),
    ],
)
def test_history_shows_the_texts_saved_while_typing(saves, said):
    rows = [_entry(0)] + [_entry(k + 1, n, c, at=k + 1) for k, (n, c) in enumerate(saves)]
    (_, last) = as_written(rows)
    line = typed_in(last)
    assert line.startswith(f"as typed, in {len(saves)} saves"), line
    if said is None:
        assert "saved before" not in line, line
    else:
        assert line.endswith(said), line


def test_history_command_shows_a_correction_typed_then_cleared(tmp_path, capsys):
    db, fid, _, _ = _cluster(tmp_path, "a company")
    log = ReviewLog(db)
    try:
        log.set_review(fid, status="needs-correction", reviewer="Desk")
        log.set_review(fid, correction="Northgate Shipping said", reviewer="Desk")
        log.set_review(fid, correction="", reviewer="Desk")
    finally:
        log.close()
    capsys.readouterr()
    assert main(["review", fid, "--db", db, "--history"]) == 0
    out = capsys.readouterr().out
    assert "saved before: correction ‘Northgate Shipping said’ (correction now empty)" in out


def test_occurrences_keep_each_place_once():
    def side(article, claim, start):
        return SideRecord(article, claim, start, start + 7, "Nvdidia", "Nvdidia")

    pairs = [side("a", "a:1", 10)] * 4 + [side("a", "a:1", 30), side("b", "b:0", 10)]
    assert len(occurrences(pairs)) == 3
    assert occurrences([]) == []


@pytest.mark.parametrize(
    ("counts", "k", "said", "summed"),
    [
        ([9, 1], 0, 39, True),  # BlackBerry: nine articles, many sentences
        ([9, 1], 1, 1, False),  # the misspelling: always quoted in full
        ([3, 1], 0, 4, False),  # few sentences: every one quoted
        ([3, 3], 0, 12, False),  # no majority: both sides quoted
        ([5, 2, 1], 0, 5, True),
        ([7], 0, 20, False),  # one version (an agreement): nothing to weigh it against
    ],
)
def test_which_version_reads_as_a_count(counts, k, said, summed):
    from workbench.report.majority import sums_up

    assert sums_up(counts, k, said) is summed
