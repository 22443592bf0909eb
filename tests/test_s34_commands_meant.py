"""A mistyped command is named like a mistyped option (trial 41): "workbench
reveiw" said only "invalid choice"; now "did you mean review?", on one line,
exit 2, and no guess for a word like no command."""

from __future__ import annotations

import pytest

from workbench.cli import main


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("reveiw", "review"), ("chek", "check"), ("reprot", "report"), ("coverge", "coverage")],
)
def test_a_mistyped_command_close_to_one_is_named(typed, meant, capsys):
    with pytest.raises(SystemExit) as ended:
        main([typed])
    assert ended.value.code == 2
    err = capsys.readouterr().err
    assert f"did you mean {meant}?" in err and err.count("\n") == 1


def test_a_word_like_no_command_gets_no_guess(capsys):
    with pytest.raises(SystemExit):
        main(["zebra"])
    assert "did you mean" not in capsys.readouterr().err
