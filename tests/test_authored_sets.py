"""The authored clusters' sets: held out unless the event folder says it is
open for development (benchmarks/authored.py)."""

from __future__ import annotations

import json

from benchmarks import authored


def _event(root, name, development=False):
    folder = root / name
    folder.mkdir()
    (folder / "KEY.md").write_text("# key\n", encoding="utf-8")
    if development:
        (folder / "DEVELOPMENT").write_text("open for detail\n", encoding="utf-8")
    return folder


def test_events_are_held_out_unless_marked_for_development(tmp_path, monkeypatch):
    monkeypatch.setattr(authored, "DATA", tmp_path)
    _event(tmp_path, "storm")
    _event(tmp_path, "ferry", development=True)
    (tmp_path / "judgments").mkdir()  # no KEY.md: not an event
    assert [p.name for p in authored.events()] == ["storm"]
    assert [p.name for p in authored.events("development")] == ["ferry"]
    assert [p.name for p in authored.events("all")] == ["ferry", "storm"]


def test_detail_is_refused_for_held_out_events(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(authored, "DATA", tmp_path)
    _event(tmp_path, "storm")
    assert authored.main(["--detail"]) == 2
    assert "development events only" in capsys.readouterr().out


def test_a_key_item_no_reader_tied_to_a_flag_counts_as_missed(tmp_path, monkeypatch):
    # Readers fill only the key items their flags concern; a discrepancy no
    # flag ever touched must still be in recall's denominator.
    monkeypatch.setattr(authored, "DATA", tmp_path)
    monkeypatch.setattr(authored, "JUDGED", tmp_path / "judgments")
    event = _event(tmp_path, "storm")
    (event / "KEY.md").write_text(
        "# KEY\n### D1 - count\n### D2 - date\n## D3 — unit\n### T1 - trap\n### U1 - unclear\n",
        encoding="utf-8",
    )
    (tmp_path / "judgments").mkdir()
    judged = {
        "event": "storm",
        "flags": {"f1": {"verdict": "conflict", "label": "right", "should_be": "conflict"}},
        "key": {"D1": {"type": "discrepancy", "found": True, "flags": ["f1"]}},
    }
    (tmp_path / "judgments" / "storm.json").write_text(json.dumps(judged), encoding="utf-8")
    out = authored.score(event, [{"id": "f1", "verdict": "conflict"}])
    assert (out["found"], out["missed"]) == (1, 3)
