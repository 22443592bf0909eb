"""User trial 47: ``check binary.bin a.txt b.txt`` refused everything
('unsupported file type') while the same bytes named ``.txt`` were skipped
and the others saved. One rule, by the bytes: a binary file is skipped with
one line whatever its name; text under a name the tool does not read is
refused (it may hold an article)."""

from __future__ import annotations

import pytest
from conftest import SEEDS

from workbench.cli import main

BINARY = b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00" + bytes(range(256)) * 4


@pytest.mark.parametrize("name", ["binary.bin", "binary.txt", "photo.jpg", "program"])
def test_a_binary_file_is_skipped_whatever_its_name(tmp_path, capsys, name):
    (tmp_path / name).write_bytes(BINARY)
    db = tmp_path / "r.sqlite"
    code = main(["check", str(tmp_path / name), *map(str, SEEDS), "--db", str(db), "-q"])
    out, err = capsys.readouterr()
    assert code == 0, err
    (skipped,) = [line for line in err.splitlines() if name in line]
    assert skipped.startswith(f"workbench: skipped: {tmp_path / name}: binary file")
    assert "Checked 3 articles" in out and db.exists()


def test_text_under_a_name_not_read_still_stops_the_check(tmp_path, capsys):
    odd = tmp_path / "notes.xyz"
    odd.write_text("Three people died in the fire on Tuesday.\n")
    db = tmp_path / "r.sqlite"
    assert main(["check", str(odd), *map(str, SEEDS), "--db", str(db), "-q"]) == 2
    assert "unsupported file type '.xyz'" in capsys.readouterr().err and not db.exists()
