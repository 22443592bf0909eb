"""What new users still tripped on (trial 39, session 33): a failed first
check left an empty review log behind; usage mistakes of a command pointed
to the list of commands instead of the command's own help."""

from __future__ import annotations

import pytest
from conftest import SEEDS

from workbench import service
from workbench.cli import main


def _boom(*args, **kwargs):
    raise RuntimeError("the analysis could not take this input")


@pytest.mark.parametrize("crash", [RuntimeError, ValueError, UnicodeDecodeError, MemoryError])
def test_a_first_check_that_fails_in_its_analysis_leaves_no_log(
    tmp_path, capsys, monkeypatch, crash
):
    def failing(*args, **kwargs):
        if crash is UnicodeDecodeError:
            raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
        raise crash("the analysis could not take this input")

    monkeypatch.setattr(service, "analyse", failing)
    db = tmp_path / "new.sqlite"
    assert main(["check", *map(str, SEEDS), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == []  # no log, no -wal, no -shm
    assert len(err.strip().splitlines()) == 1  # one line
    assert "internal error" in err and f"nothing was saved ({db} was not created)" in err


def test_a_failed_check_never_removes_a_log_that_was_there_before(tmp_path, monkeypatch, capsys):
    db = tmp_path / "kept.sqlite"
    assert main(["check", *map(str, SEEDS[:2]), "--db", str(db)]) == 0
    before = db.read_bytes()
    monkeypatch.setattr(service, "analyse", _boom)
    assert main(["check", *map(str, SEEDS), "--db", str(db)]) == 1
    assert db.exists()
    err = capsys.readouterr().err
    assert "was not created" not in err
    from workbench.store import ReviewLog

    log = ReviewLog(db, create=False)
    try:
        assert len(log.articles()) == 2  # the earlier check is still there
    finally:
        log.close()
    assert len(db.read_bytes()) >= len(before) // 2


def test_a_first_check_that_fails_while_saving_leaves_no_log(tmp_path, monkeypatch, capsys):
    def no_save(log, loaded):
        raise OSError("disk full")

    monkeypatch.setattr(service, "save", no_save)
    db = tmp_path / "fresh.sqlite"
    assert main(["check", *map(str, SEEDS), "--db", str(db)]) == 2
    assert not db.exists()
    assert "could not save" in capsys.readouterr().err


@pytest.mark.parametrize(
    "name",
    ["binary.txt", "scan.md", "page.html"],
)
def test_a_file_that_is_not_text_stops_the_check_before_a_log_exists(tmp_path, capsys, name):
    bad = tmp_path / name
    # an old Word file under a text name: a report it cannot read (session 39: a binary
    # file, an image, holds no text and is skipped like an empty one, the others saved)
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 8)
    db = tmp_path / "new.sqlite"
    assert main(["check", *map(str, SEEDS[:2]), str(bad), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert not db.exists()
    assert f"{name}:" in err and "was not created" in err


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["check", "a.txt", "b.txt", "--bogus"], "check"),
        (["check", "a.txt", "b.txt", "--repot", "x.md"], "check"),
        (["review", "F1", "--db", "x.sqlite", "--stauts", "verified"], "review"),
        (["report", "--db", "x.sqlite", "--fromat", "md"], "report"),
        (["coverage", "--db", "x.sqlite", "extra", "--wide"], "coverage"),
        (["open", "--what"], "open"),
        (["serve", "x.sqlite", "--port", "1", "--bogus"], "serve"),
        (["link", "x.sqlite", "a:1", "b:2", "--x"], "link"),
        (["unlink", "x.sqlite", "a:1", "b:2", "--x"], "unlink"),
        (["links", "x.sqlite", "--nope"], "links"),
        (["review", "--db"], "review"),
        (["check", "--published"], "check"),
    ],
)
def test_a_usage_mistake_points_to_its_command_s_help(argv, command, capsys):
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.rstrip().endswith(f"(see 'workbench {command} --help')")


def test_a_mistake_with_no_command_points_to_the_list_of_commands(capsys):
    with pytest.raises(SystemExit):
        main(["--bogus"])
    assert capsys.readouterr().err.rstrip().endswith("(see 'workbench --help')")


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["check", "a.txt", "b.txt", "--published", "last tuesday"], "check"),
        (["check", "{s0}", "{s1}", "--report", "out.docx", "--db", "{db}"], "check"),
        (["review", "F1", "--db", "{db}", "--status", "fixed"], "review"),
        (["review", "d41d8cd9", "--db", "{db}"], "review"),
        (["review", "F1", "--db", "{db}", "--undo", "--redo"], "review"),
    ],
)
def test_a_value_given_wrongly_points_to_its_command_s_help(argv, command, tmp_path, capsys):
    given = {"{db}": str(tmp_path / "r.sqlite"), "{s0}": str(SEEDS[0]), "{s1}": str(SEEDS[1])}
    argv = [given.get(a, a) for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.rstrip().endswith(f"(see 'workbench {command} --help')")
    assert not (tmp_path / "r.sqlite").exists()


def test_an_error_that_is_no_usage_mistake_has_no_help_pointer(tmp_path, capsys):
    assert main(["report", "--db", str(tmp_path / "none.sqlite")]) == 2
    assert "--help" not in capsys.readouterr().err


# -- the review panel: every source's sentence of the selected finding ----------

_SAID = {
    "north": "The storm killed {} people in the coastal town of Marlow on Sunday, officials said.",
    "south": "Officials said {} people died when the storm hit the town of Marlow on Sunday.",
    "east": "The storm that hit the town of Marlow on Sunday killed {} people, police said.",
    "west": "On Sunday the storm killed {} people in the coastal town of Marlow, officials said.",
}


@pytest.mark.parametrize("figures", [(24, 5, 12, 24), (7, 9, 11, 13), (300, 310, 300, 290)])
def test_the_panel_shows_the_sentence_of_every_source_of_a_finding(qtbot, tmp_path, figures):
    from test_s12_verdict_changed import _write
    from test_window import make_window, wait_analysis

    paths = [
        _write(tmp_path, f"{name}.txt", "2021-06-21", said.format(n) + "\n")
        for (name, said), n in zip(_SAID.items(), figures, strict=True)
    ]
    w = make_window(qtbot)
    w.open_paths(paths, str(tmp_path / "log.sqlite"))
    wait_analysis(qtbot, w)
    rows = [r for r in w.session.rows if r.kind == "number" and r.sources > 2]
    assert rows
    for row in rows:
        w.select(row.id)
        panel = w.panel
        shown = " ".join(label.text() for label in panel.sides) + panel.others.text()
        for sides in row.version_sides:
            for side in sides:
                sentence = side.claim_text or side.text
                # every sentence, its value marked, whichever side it is on
                assert sentence.split(str(side.text))[0].strip()[:30] in shown
        named = {label.text() for label in panel.sources} | {
            a for a in ("north", "south", "east", "west") if f"<b>{a}</b>" in panel.others.text()
        }
        assert {s.article for sides in row.version_sides for s in sides} <= named
        assert panel.others.isVisible() == bool(panel.others.text())


def test_a_two_source_finding_shows_no_further_sentences(qtbot, tmp_path):
    from test_s12_verdict_changed import _write
    from test_window import make_window, wait_analysis

    paths = [
        _write(tmp_path, f"{name}.txt", "2021-06-21", _SAID[name].format(n) + "\n")
        for name, n in (("north", 24), ("south", 5))
    ]
    w = make_window(qtbot)
    w.open_paths(paths, str(tmp_path / "log.sqlite"))
    wait_analysis(qtbot, w)
    (row,) = [r for r in w.session.rows if r.kind == "number"]
    w.select(row.id)
    assert w.panel.others.text() == ""
    assert not w.panel.others.isVisible()


# -- one wording for the distance between dates and times ----------------------


def _distance(left: str, right: str, published=None) -> str:
    from datetime import date

    from workbench.facts.time.family import TIME

    day = published or date(2021, 6, 23)  # a Wednesday
    (a,), (b,) = TIME.find(left, day)[:1], TIME.find(right, day)[:1]
    got = TIME.compare(a, b, "L", "R")
    assert got is not None and got.verdict.value == "conflict", got
    return got.explanation


@pytest.mark.parametrize(
    ("left", "right", "said"),
    [
        # a day against a part of the next day: calendar days, not "5 hours"
        ("The crash happened on Tuesday.", "The crash happened on Wednesday morning.", "1 day"),
        ("It closed on Tuesday morning.", "It closed on Wednesday.", "1 day"),
        ("Police came on Monday.", "Police came on Friday evening.", "3 days"),
        ("The vote was on June 1.", "The vote was on the afternoon of June 4.", "3 days"),
        ("Talks ended Sunday afternoon.", "Talks ended Tuesday.", "2 days"),
        ("He was held on Thursday night.", "He was held on Saturday.", "2 days"),
    ],
)
def test_a_day_against_a_part_of_another_day_is_said_in_days(left, right, said):
    text = _distance(left, right)
    assert f"no overlap ({said} apart)" in text
    assert "hour" not in text and "minute" not in text


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The shop shut on Wednesday morning.", "The shop shut on Wednesday evening."),
        ("It began on Monday afternoon.", "It began on Monday morning."),
    ],
)
def test_two_parts_of_one_day_are_not_given_hours(left, right):
    text = _distance(left, right)
    assert "no overlap (different times of the same day)" in text
    assert "hour" not in text


@pytest.mark.parametrize(
    ("left", "right", "said"),
    [
        ("The train left at 9:15 a.m.", "The train left at 3pm.", "5 hours 45 minutes"),
        ("The shot was fired at 10 p.m.", "The shot was fired at 7 p.m.", "3 hours"),
    ],
)
def test_two_clock_times_are_still_said_in_hours(left, right, said):
    assert f"({said} apart)" in _distance(left, right)


@pytest.mark.parametrize(
    ("left", "right", "said"),
    [
        ("It opened on Tuesday.", "It opened on Wednesday.", "1 day"),
        ("It was signed on June 1.", "It was signed on June 15.", "2 weeks"),
        ("It was built in 2004.", "It was built in 2006.", "2 years"),
    ],
)
def test_whole_days_months_and_years_read_as_before(left, right, said):
    assert f"no overlap ({said} apart)" in _distance(left, right)


# -- an age bound after "who was under N" ---------------------------------------


def _roles(sentence: str) -> dict[str, str]:
    from datetime import date

    from workbench.facts.measure import measure_of
    from workbench.facts.registry import FAMILIES

    (quantity,) = [f for f in FAMILIES if f.name == "quantity"]
    found = quantity.find(sentence, date(2021, 6, 23))
    return {m.text: measure_of(sentence, m.start, m.end).role for m in found}


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("He had several young wives, including one who was under 16.", "under 16"),
        ("The girl, who is under 18, cannot be named.", "under 18"),
        ("Three of the pupils, who were under 14, were taken to hospital.", "under 14"),
        ("A man who was over 40 was arrested on Friday.", "over 40"),
        ("He married a girl who was under 15 at the time.", "under 15"),
        ("Five residents who were over 80 died in the heat.", "over 80"),
        ("Voters who are over sixty-five and live alone get a visit.", "over sixty-five"),
        ("Two of the victims were aged under 12.", "under 12"),
        ("Anyone aged over 70 was told to stay home.", "over 70"),
        ("Children aged under five were vaccinated first.", "under five"),
    ],
)
def test_an_age_bound_after_who_was_or_aged_is_an_age(sentence, figure):
    assert _roles(sentence)[figure] == "age"


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Sales that were under 5% of the total were written off.", "under 5%"),
        ("The climber, who was over 6 feet tall, fell.", "over 6 feet"),
        ("The 16 children who were freed are safe.", "16"),
        ("Of the 40 people who were held, 12 were freed.", "40"),
        ("The toll was over 60 by Friday.", "over 60"),
        ("The crowd, which was over 200, marched.", "over 200"),
    ],
)
def test_other_bounds_and_counts_stay_what_they_were(sentence, figure):
    assert _roles(sentence).get(figure, "level") != "age"


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "He openly admits to having dozens of children with his wives.",
            "He admitted he had several young wives, including one who was under 16.",
        ),
        (
            "Police said 14 girls were rescued from the compound on Sunday.",
            "Police said girls were rescued from the compound on Sunday, one who was under 12.",
        ),
    ],
)
def test_an_age_bound_is_not_held_against_a_count(left, right, tmp_path):
    from workbench.analysis import analyze_paths

    paths = []
    for name, body in (("one", left), ("two", right)):
        p = tmp_path / f"{name}.txt"
        p.write_text(f"---\npublished: 2021-06-21\n---\n{body}\n", encoding="utf-8")
        paths.append(str(p))
    for d in analyze_paths(paths).discrepancies:
        values = [side.text for side in d.sides]
        assert not any(v.startswith(("under", "over")) for v in values), d.explanation
