"""A correction made as asked is seen as made whatever its punctuation, and when
the proposal carries its attribution (trial 27: a quote corrected word for word
as the other sources print it, '…I would.”', against the proposal '“…I would,”
the judge added.', was listed only as 'no longer found'). A fix in other words
is still only to check."""

from __future__ import annotations

import pytest
from test_s12_verdict_changed import _write
from test_s16_partial_correction import _decide, _edit

from workbench.cli import main

QUOTE = "“If I could give you more, I would,” the judge told the families on Friday.\n"
OTHERS = (
    "“If there was any more I could give you, I would,” the judge told the families on Friday.\n"
)
MORE = "The trial lasted eleven weeks and cost the county two million dollars.\n"


@pytest.fixture
def quoted(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    a = _write(tmp_path, "a.txt", "2021-06-23", QUOTE + MORE)
    b = _write(tmp_path, "b.txt", "2021-06-23", OTHERS + MORE)
    c = _write(tmp_path, "c.txt", "2021-06-23", OTHERS)
    db = str(tmp_path / "log.sqlite")
    assert main(["check", a, b, c, "--db", db, "-q"]) == 0
    return db, [a, b, c]


@pytest.mark.parametrize(
    ("proposal", "fix"),
    [
        (  # the proposal with its attribution, the fix closing with a full stop
            "“If there was any more I could give you, I would,” the judge added.",
            "“If there was any more I could give you, I would.”",
        ),
        (  # straight quotes in the proposal, curly in the text
            '"If there was any more I could give you, I would"',
            "“If there was any more I could give you, I would,”",
        ),
        (  # no quotation marks at all, other case
            "if there was any more I could give you, I would",
            "“If there was any more I could give you, I would,”",
        ),
    ],
)
def test_a_quote_corrected_as_asked_looks_made(quoted, capsys, proposal, fix):
    db, paths = quoted
    _decide(db, "quote", "a", proposal)
    _edit(paths[0], "“If I could give you more, I would,”", fix)
    capsys.readouterr()
    assert main(["check", *paths, "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Corrections that look made" in out, out
    assert "a: F" in out.split("Corrections that look made")[1]


def test_a_fix_in_other_words_is_still_only_to_check(quoted, capsys):
    db, paths = quoted
    _decide(db, "quote", "a", "“If there was any more I could give you, I would,” the judge added.")
    _edit(
        paths[0], "“If I could give you more, I would,”", "“If there were more to give, I would,”"
    )
    capsys.readouterr()
    assert main(["check", *paths, "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Corrections that look made" not in out
