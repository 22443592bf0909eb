"""No review log is made under an article's name (fresh trial: 'check --db
empty.txt' turned the editor's empty article file into a review log, and
adding that file to a review later switched the window to it, silently)."""

from __future__ import annotations

import pytest
from conftest import SEEDS

from workbench.cli import main
from workbench.store import ReviewLog, StoreError


@pytest.mark.parametrize("name", ["empty.txt", "notes.md", "page.HTML", "story.docx"])
def test_no_log_is_made_under_an_article_name(tmp_path, name):
    target = tmp_path / name
    target.write_bytes(b"")  # an empty article file the editor made
    with pytest.raises(StoreError, match=r"named like an article .* ending in \.sqlite"):
        ReviewLog(target)
    assert target.read_bytes() == b""
    with pytest.raises(StoreError):
        ReviewLog(tmp_path / f"new-{name}")  # nor at a new path
    assert not (tmp_path / f"new-{name}").exists()


def test_check_refuses_in_one_line_and_writes_nothing(tmp_path, capsys):
    target = tmp_path / "empty.txt"
    target.write_bytes(b"")
    assert main(["check", *map(str, SEEDS), "--db", str(target), "-q"]) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "named like an article (.txt)" in err[0]
    assert target.read_bytes() == b""


def test_a_log_with_another_name_is_made_as_before(tmp_path):
    for name in ("review.sqlite", "review.db", "review"):
        ReviewLog(tmp_path / name).close()
        assert (tmp_path / name).stat().st_size > 0
