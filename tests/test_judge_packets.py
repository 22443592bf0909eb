"""The readers' packets carry the protocol's judging section and only what the reader needs."""

import json

import pytest

from benchmarks import judge_packets


def _export(tmp_path):
    exported = tmp_path / "export"
    for event in ("22_ecb", "40_ecb"):
        (exported / event).mkdir(parents=True)
        (exported / event / "a.txt").write_text("An article.", encoding="utf-8")
        (exported / event / "flags.md").write_text("## flag abc — number", encoding="utf-8")
        (exported / event / "flags.json").write_text(json.dumps({"flags": []}), encoding="utf-8")
    return exported


def test_packet_holds_articles_flags_and_the_judging_section(tmp_path):
    where = judge_packets.make(_export(tmp_path), tmp_path / "judges", "J1", ["22_ecb"])
    text = (where / "BRIEF.md").read_text(encoding="utf-8")
    assert "## 2. Judging flags" in text and "different-scope" in text
    assert "## Scoring" not in text  # the section stops at the next heading
    assert str(tmp_path / "judges" / "J1-out") in text
    assert (where / "22_ecb" / "a.txt").exists() and (where / "22_ecb" / "flags.md").exists()
    assert not (where / "22_ecb" / "flags.json").exists()
    assert not (where / "40_ecb").exists()
    assert (tmp_path / "judges" / "J1-out").is_dir()


def test_an_event_not_exported_is_refused(tmp_path):
    with pytest.raises(SystemExit, match=r"no flags\.md"):
        judge_packets.make(_export(tmp_path), tmp_path / "judges", "J1", ["99_ecb"])
    assert not (tmp_path / "judges" / "J1").exists()
