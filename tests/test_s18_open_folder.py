"""`workbench open FOLDER` opens the folder's articles, as `check FOLDER` compares
them (trial 24: `open ev30 bad/empty.txt` said "ev30: is a directory, not an
article file" and showed an empty window, while `check ev30/` worked)."""

from __future__ import annotations

import shutil

import pytest
from conftest import SEEDS

from workbench import cli


@pytest.fixture
def opened(monkeypatch):
    got = []
    monkeypatch.setattr(cli, "display_problem", lambda: "")
    from workbench.ui import app

    monkeypatch.setattr(app, "main", lambda paths, db: got.append((list(paths), db)) or 0)
    return got


def test_a_folder_opens_its_articles_in_name_order(tmp_path, opened, capsys):
    folder = tmp_path / "ev30"
    folder.mkdir()
    for seed in SEEDS:
        shutil.copy(seed, folder / seed.name)
    (folder / ".hidden.txt").write_text("x", encoding="utf-8")
    (folder / "notes.csv").write_text("x", encoding="utf-8")
    other = tmp_path / "extra.txt"
    other.write_text("An extra article.", encoding="utf-8")
    assert cli.main(["open", str(folder), str(other), "--db", "log.sqlite"]) == 0
    ((paths, db),) = opened
    assert paths == [str(folder / s.name) for s in sorted(SEEDS)] + [str(other)]
    assert db == "log.sqlite"
    assert (
        f"{folder}: a folder; comparing its {len(SEEDS)} article files" in capsys.readouterr().err
    )


def test_a_folder_with_no_article_is_one_clear_error(tmp_path, opened, capsys):
    (tmp_path / "empty").mkdir()
    assert cli.main(["open", str(tmp_path / "empty")]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is a folder with no .txt" in err
    assert opened == []


def test_a_file_left_out_that_leaves_one_article_says_so(tmp_path, capsys):
    """Trial 25: 'check bad/empty.txt good.txt' said only 'empty file, left out'."""
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert cli.main(["check", str(empty), str(SEEDS[0]), "--db", str(tmp_path / "l.sqlite")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "empty file, left out; only one article left to compare" in err
    assert not (tmp_path / "l.sqlite").exists()
