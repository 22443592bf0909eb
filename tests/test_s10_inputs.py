"""What an editor gives ``check``: a folder, a plain-text file without an
extension (fresh CLI trial)."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli as run

A = "A storm cut power to 400 homes in the valley on Monday, the utility said.\n"
B = "Monday's storm left 600 valley homes without electricity, the utility said.\n"


def test_a_folder_is_read_as_its_article_files(tmp_path, capsys):
    folder = tmp_path / "storm"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(A)
    (folder / "b.md").write_text(B)
    (folder / ".hidden.txt").write_text(B.replace("600", "700"))
    (folder / "notes.sqlite").write_bytes(b"SQLite format 3\0")
    (folder / "sub" / "c.txt").write_text(B.replace("600", "800"))
    code, out, err = run(["check", folder, "--db", tmp_path / "r.sqlite"], capsys)
    assert code == 0, err
    assert "a folder; comparing its 2 article files" in err
    assert "400" in out and "600" in out and "700" not in out and "800" not in out


def test_a_folder_without_articles_is_one_line(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    other = tmp_path / "x.txt"
    other.write_text(A)
    code, _, err = run(["check", tmp_path / "empty", other, "--db", tmp_path / "r.sqlite"], capsys)
    assert code == 2 and "is a folder with no .txt" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "r.sqlite").exists()


def test_plain_text_without_an_extension_is_read(tmp_path, capsys):
    notes = tmp_path / "NOTES - do not publish"
    notes.write_text(B)
    other = tmp_path / "a.txt"
    other.write_text(A)
    code, out, err = run(["check", notes, other, "--db", tmp_path / "r.sqlite"], capsys)
    assert code == 0, err
    assert "600" in out and "unsupported" not in err


def test_a_binary_file_without_an_extension_is_still_not_read_as_text(tmp_path, capsys):
    """Session 39 (trial 45 P11): it holds no text, so it is skipped like an
    empty file and the others saved, as a binary .txt is and the window does."""
    blob = tmp_path / "photo"
    blob.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0")
    other, third = tmp_path / "a.txt", tmp_path / "b.txt"
    other.write_text(A)
    third.write_text(B)
    code, _, err = run(["check", blob, other, third, "--db", tmp_path / "r.sqlite"], capsys)
    assert f"workbench: skipped: {blob}: binary file, not an article" in err
    assert code == 0
    assert Path(tmp_path / "r.sqlite").exists() is True


def test_too_few_articles_says_why_in_the_editors_terms(tmp_path, capsys):
    one = tmp_path / "a.txt"
    one.write_text(A)
    db = tmp_path / "r.sqlite"
    code, _, err = run(["check", tmp_path / "turkmn", "--db", db], capsys)  # a typo
    assert code == 2 and "turkmn: no such file or folder" in err
    code, _, err = run(["check", str(tmp_path / "*.xt"), "--db", db], capsys)  # matched nothing
    assert code == 2 and "*.xt: no such file or folder" in err
    code, _, err = run(["check", one, one, "--db", db], capsys)
    assert code == 2 and "was given twice" in err
    assert not db.exists()
