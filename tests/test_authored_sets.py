"""The authored clusters' sets: held out unless the event folder says it is
open for development (benchmarks/authored.py)."""

from __future__ import annotations

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
