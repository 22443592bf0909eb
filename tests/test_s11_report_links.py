"""The report names the sentences an editor linked or unlinked by hand (fresh
window trial: unlinking a false pair made its finding vanish from the report
with no trace, and a colleague could not see that an editor removed it)."""

from __future__ import annotations

import json

from conftest import SEEDS, run_cli


def test_an_unlink_is_named_in_every_report(tmp_path, capsys):
    db = tmp_path / "r.sqlite"
    assert run_cli(["check", *SEEDS, "--db", db, "-q"], capsys)[0] == 0
    code, _out, err = run_cli(
        ["unlink", db, f"{SEEDS[0].stem}:3", f"{SEEDS[1].stem}:6", "--reviewer", "Ana"], capsys
    )
    assert code == 0, err
    code, out, err = run_cli(["report", "--db", db, "--format", "json"], capsys)
    (link,) = json.loads(out)["manual_links"]
    assert (link["kind"], link["editor"]) == ("unlink", "Ana")
    assert {link["left"], link["right"]} == {SEEDS[0].stem, SEEDS[1].stem}
    assert "Joe Biden has promised" in link["left_sentence"] + link["right_sentence"]
    for fmt in ("md", "html"):
        code, out, err = run_cli(["report", "--db", db, "--format", fmt], capsys)
        assert code == 0, err
        assert "Sentences linked or unlinked by an editor" in out
        assert "unlinked by Ana" in out


def test_no_section_without_links(tmp_path, capsys):
    db = tmp_path / "r.sqlite"
    assert run_cli(["check", *SEEDS, "--db", db, "-q"], capsys)[0] == 0
    code, out, _err = run_cli(["report", "--db", db, "--format", "md"], capsys)
    assert code == 0
    assert "linked or unlinked" not in out
