"""A folder given to `check` names the files it leaves out (session 40, user
trial 47: a '.bin' beside the articles was passed over without a word, while
the same file given by name is refused with the kinds the workbench reads)."""

from conftest import run_cli as run

A = "A storm cut power to 400 homes in the valley on Monday, the utility said.\n"
B = "Monday's storm left 600 valley homes without electricity, the utility said.\n"


def test_a_folder_names_the_files_it_leaves_out(tmp_path, capsys):
    folder = tmp_path / "storm"
    folder.mkdir()
    (folder / "a.txt").write_text(A)
    (folder / "b.md").write_text(B)
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (folder / "dump.bin").write_bytes(b"\x00\x01\x02")
    (folder / ".hidden.bin").write_bytes(b"\x00")  # hidden files stay out of it
    code, _out, err = run(["check", folder, "--db", tmp_path / "r.sqlite"], capsys)
    assert code == 0, err
    assert "comparing its 2 article files (2 other files left out: dump.bin, photo.jpg)" in err
    assert ".hidden" not in err


def test_many_left_out_are_counted_not_all_listed(tmp_path, capsys):
    folder = tmp_path / "storm"
    folder.mkdir()
    (folder / "a.txt").write_text(A)
    (folder / "b.txt").write_text(B)
    for name in ("1.csv", "2.csv", "3.csv", "4.csv", "5.csv"):
        (folder / name).write_text("x,y\n")
    code, _out, err = run(["check", folder, "--db", tmp_path / "r.sqlite"], capsys)
    assert code == 0, err
    assert "(5 other files left out: 1.csv, 2.csv, 3.csv and 2 more)" in err


def test_a_folder_of_articles_only_says_nothing_more(tmp_path, capsys):
    folder = tmp_path / "storm"
    folder.mkdir()
    (folder / "a.txt").write_text(A)
    (folder / "b.txt").write_text(B)
    code, _out, err = run(["check", folder, "--db", tmp_path / "r.sqlite"], capsys)
    assert code == 0, err
    (note,) = [line for line in err.splitlines() if "a folder; comparing" in line]
    assert note.endswith("comparing its 2 article files")
