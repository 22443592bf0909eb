"""A check that replaces another story in its review log says so, and one
that finds another story saved there while it ran is refused (trial 43,
item 6: two checks of different stories on one log at once both exited 0,
and the second silently replaced the first)."""

from __future__ import annotations

import shutil

import pytest
from conftest import SEEDS

from workbench import service
from workbench.cli import main
from workbench.store import ReviewLog

STORIES = {  # two small stories of their own, in different words and figures
    "storm": (
        "A storm cut power to 400 homes in the valley on Monday.\n",
        "Monday's storm left 600 valley homes without electricity.\n",
    ),
    "ferry": (
        "The ferry Aurora ran aground off Skye on Friday with 212 passengers aboard.\n",
        "All 221 passengers were taken off the Aurora after it grounded near Skye on Friday.\n",
    ),
}


def _story(tmp_path, name):
    out = []
    for n, text in enumerate(STORIES[name]):
        p = tmp_path / f"{name}{n}.txt"
        p.write_text(text, encoding="utf-8")
        out.append(str(p))
    return out


def _seeds(tmp_path):
    out = []
    for p in SEEDS:
        shutil.copy(p, tmp_path / p.name)
        out.append(str(tmp_path / p.name))
    return out


def _held(db) -> set[str]:
    log = ReviewLog(str(db))
    try:
        return {a.id for a in log.articles()}
    finally:
        log.close()


@pytest.mark.parametrize(("first", "second"), [("storm", "ferry"), ("ferry", "storm")])
def test_replacing_a_story_without_decisions_says_so_in_one_line(tmp_path, capsys, first, second):
    db = tmp_path / "log.sqlite"
    assert main(["check", *_story(tmp_path, first), "--db", str(db), "-q"]) == 0
    assert "Replaced" not in capsys.readouterr().out  # a new log replaces nothing
    assert main(["check", *_story(tmp_path, first), "--db", str(db), "-q"]) == 0
    assert "Replaced" not in capsys.readouterr().out  # the same story again
    assert main(["check", *_story(tmp_path, second), "--db", str(db), "-q"]) == 0
    out = capsys.readouterr().out
    (line,) = [x for x in out.splitlines() if x.startswith("Replaced")]
    assert f"2 articles: {first}0, {first}1" in line and "no decisions" in line
    assert str(db) in line and "finding" in line
    assert "not in this check" not in out  # another story's articles are not "left out"
    assert _held(db) == {f"{second}0", f"{second}1"}


def test_replacing_a_story_with_decisions_names_them(tmp_path, capsys):
    files = _seeds(tmp_path)
    db = tmp_path / "log.sqlite"
    assert main(["check", *files, "--db", str(db), "-q"]) == 0
    log = ReviewLog(str(db))
    first = log.findings()[0].id
    log.close()
    assert main(["review", first, "--status", "dismissed", "--db", str(db)]) == 0
    capsys.readouterr()
    storm = _story(tmp_path, "storm")
    assert main(["check", *storm, "--db", str(db), "-q", "--replace-story"]) == 0
    (line,) = [x for x in capsys.readouterr().out.splitlines() if x.startswith("Replaced")]
    assert "3 articles" in line and "1 decided, kept as orphaned reviews" in line


def _racing(monkeypatch, command):
    """Run ``command`` (another check, a decision) while this check analyses:
    after it read the log, before it saves."""
    real = service.analyse
    ran = []

    def analyse(*args, **kwargs):
        if not ran:
            ran.append(None)  # the racing check analyses too
            ran[0] = main(command)
        return real(*args, **kwargs)

    monkeypatch.setattr(service, "analyse", analyse)
    return ran


@pytest.mark.parametrize("existing", [None, "storm"])
def test_a_check_that_another_check_raced_to_the_log_is_refused(
    tmp_path, capsys, monkeypatch, existing
):
    db = tmp_path / "log.sqlite"
    if existing:  # a story already in the log, no decisions, or a new log
        assert main(["check", *_story(tmp_path, existing), "--db", str(db), "-q"]) == 0
    ferry = _story(tmp_path, "ferry")
    seeds = _seeds(tmp_path)
    ran = _racing(monkeypatch, ["check", *seeds, "--db", str(db), "-q"])
    capsys.readouterr()
    assert main(["check", *ferry, "--db", str(db), "-q"]) == 2
    assert ran == [0]  # the racing check saved its story
    err = capsys.readouterr().err
    (line,) = [x for x in err.splitlines() if "error" in x]
    assert "another check saved another story" in line and "nothing was saved" in line
    assert "3 articles" in line and "--replace-story" in line
    assert len(_held(db)) == 3 and not _held(db) & {"ferry0", "ferry1"}  # its findings stay
    # told to, the check replaces it, and says so
    ran = _racing(monkeypatch, ["check", *seeds, "--db", str(db), "-q"])
    assert main(["check", *ferry, "--db", str(db), "-q", "--replace-story"]) == 0
    out = capsys.readouterr().out
    assert "Replaced the story" in out and "3 articles" in out
    assert _held(db) == {"ferry0", "ferry1"}


def test_a_story_decided_on_while_another_check_ran_is_not_replaced(tmp_path, capsys, monkeypatch):
    files = _seeds(tmp_path)
    db = tmp_path / "log.sqlite"
    assert main(["check", *files, "--db", str(db), "-q"]) == 0
    log = ReviewLog(str(db))
    first = log.findings()[0].id
    log.close()
    ran = _racing(monkeypatch, ["review", first, "--status", "verified", "--db", str(db)])
    capsys.readouterr()
    assert main(["check", *_story(tmp_path, "storm"), "--db", str(db), "-q"]) == 2
    assert ran == [0]
    (line,) = [x for x in capsys.readouterr().err.splitlines() if "error" in x]
    assert "with decisions" in line and "nothing was saved" in line
    assert len(_held(db)) == 3


@pytest.mark.parametrize("earlier", [False, True])
def test_a_refused_racing_check_writes_no_json(tmp_path, capsys, monkeypatch, earlier):
    """Session 37: a refused racing ``check --json OUT`` had already written
    OUT; now nothing is written, and a JSON already there is left as it was."""
    db = tmp_path / "log.sqlite"
    out = tmp_path / "out.json"
    before = None
    if earlier:  # the JSON of an earlier check of another story, in another log
        storm = [*_story(tmp_path, "storm"), "--db", str(tmp_path / "other.sqlite")]
        assert main(["check", *storm, "-q", "--json", str(out)]) == 0
        before = out.read_text(encoding="utf-8")
    ran = _racing(monkeypatch, ["check", *_seeds(tmp_path), "--db", str(db), "-q"])
    command = ["check", *_story(tmp_path, "ferry"), "--db", str(db), "-q", "--json", str(out)]
    assert main(command) == 2 and ran == [0]
    assert "nothing was saved" in capsys.readouterr().err
    if before is None:
        assert not out.exists()
    else:
        assert out.read_text(encoding="utf-8") == before
    # the same check accepted writes the JSON of what it saved
    assert main([*command, "--replace-story"]) == 0
    assert '"ferry0"' in out.read_text(encoding="utf-8")
