"""Trial 26's command-line wording: one file alone says which (and that it is
empty); one claim group is "1 claim"."""

from __future__ import annotations

import pytest

from workbench.cli import main


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.mark.parametrize("empty", [True, False])
def test_one_file_alone_is_named(tmp_path, capsys, empty):
    f = tmp_path / "only.txt"
    f.write_text("" if empty else "The mayor resigned on Monday.\n", encoding="utf-8")
    assert main(["check", str(f), "--db", str(tmp_path / "log.sqlite")]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert f"only {f} was given" in line
    assert ("(and it is empty)" in line) == empty
    assert not (tmp_path / "log.sqlite").exists()


def test_one_claim_group_is_one_claim(tmp_path, capsys):
    one = "The council approved a budget of 4 million euros on Monday.\n"
    other = "On Monday the council approved a budget of 5 million euros.\n"
    paths = []
    for name, text in (("a", one), ("b", other)):
        (tmp_path / f"{name}.md").write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / f"{name}.md"))
    assert main(["check", *paths, "--db", str(tmp_path / "log.sqlite")]) == 0
    out = capsys.readouterr().out
    (line,) = [x for x in out.splitlines() if x.startswith("Coverage:")]
    assert line.startswith("Coverage: 1 claim stated by two or more sources")


def test_a_failed_check_says_not_saved_first_and_no_log_was_made(tmp_path, capsys):
    """Trials 27 and 28: the summary printed first read as a check that worked;
    'nothing was saved: bad2.sqlite is unchanged' named a file that never existed."""
    good = []
    for name, n in (("a", 4), ("b", 5)):
        (tmp_path / f"{name}.md").write_text(
            f"The council approved a budget of {n} million euros on Monday.\n", encoding="utf-8"
        )
        good.append(str(tmp_path / f"{name}.md"))
    db = tmp_path / "never.sqlite"
    assert main(["check", *good, str(tmp_path / "missing.md"), "--db", str(db)]) == 2
    out, err = capsys.readouterr()
    assert out == ""  # session 34: no summary above the error (trial 40 lost it 130 lines up)
    last = err.strip().splitlines()[-1]
    assert "1 of 3 files could not be read" in last
    assert last.endswith(f"nothing was saved ({db} was not created) (check the other 2 without it)")
    assert not db.exists()
