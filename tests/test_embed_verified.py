"""The pinned-hash check of model.onnx, remembered between runs (embed_verified)."""

from __future__ import annotations

import hashlib
import json
import os
import time

import pytest

from workbench import embed_verified


@pytest.fixture
def model(tmp_path, monkeypatch):
    """A model file, recordable at once (the tests change it a tick later)."""
    monkeypatch.setattr(embed_verified, "RACY_NS", 0)
    path = tmp_path / "pkg" / "model.onnx"
    path.parent.mkdir()
    path.write_bytes(b"\x08\x01 the pinned model's bytes" * 1000)
    return path, hashlib.sha256(path.read_bytes()).hexdigest()


def _next_tick():
    time.sleep(0.05)  # past the file system's coarse clock tick


def _counting(monkeypatch):
    calls = []
    real = embed_verified.digest

    def counted(path):
        calls.append(path)
        return real(path)

    monkeypatch.setattr(embed_verified, "digest", counted)
    return calls


def test_hashed_once_then_remembered(model, tmp_path, monkeypatch):
    path, sha = model
    calls = _counting(monkeypatch)
    where = tmp_path / "cache"
    assert embed_verified.checked_digest(path, sha, where) == sha
    assert embed_verified.checked_digest(path, sha, where) == sha
    assert embed_verified.checked_digest(path, sha, where) == sha
    assert len(calls) == 1


@pytest.mark.parametrize("how", ["rewritten", "same size, mtime set back", "replaced", "appended"])
def test_altered_file_is_hashed_again_and_refused(model, tmp_path, monkeypatch, how):
    path, sha = model
    where = tmp_path / "cache"
    assert embed_verified.checked_digest(path, sha, where) == sha
    st = path.stat()
    _next_tick()
    data = path.read_bytes()
    altered = data[:-1] + bytes([data[-1] ^ 1])
    if how == "rewritten":
        path.write_bytes(altered)
    elif how == "same size, mtime set back":  # utime cannot set the change time back
        path.write_bytes(altered)
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    elif how == "replaced":
        other = path.with_name("other.onnx")
        other.write_bytes(altered)
        os.utime(other, ns=(st.st_atime_ns, st.st_mtime_ns))
        os.replace(other, path)
    else:
        with path.open("ab") as fh:
            fh.write(b"x")
    calls = _counting(monkeypatch)
    for _ in range(2):  # a wrong digest is never recorded: refused every time
        got = embed_verified.checked_digest(path, sha, where)
        assert got == hashlib.sha256(path.read_bytes()).hexdigest() != sha
    assert len(calls) == 2


def test_record_of_another_path_or_pin_is_not_used(model, tmp_path, monkeypatch):
    path, sha = model
    where = tmp_path / "cache"
    embed_verified.checked_digest(path, sha, where)
    (record,) = where.glob(f"{embed_verified.PREFIX}*.json")
    rec = json.loads(record.read_text(encoding="utf-8"))
    calls = _counting(monkeypatch)
    record.write_text(json.dumps({**rec, "path": str(path) + "x"}), encoding="utf-8")
    assert embed_verified.checked_digest(path, sha, where) == sha
    assert len(calls) == 1  # hashed again, and recorded again
    assert json.loads(record.read_text(encoding="utf-8")) == rec
    other_pin = "0" * 64
    assert embed_verified.checked_digest(path, other_pin, where) == sha  # the real digest
    assert len(calls) == 2


@pytest.mark.parametrize("content", ["", "not json", "[1, 2]", '{"facts": 3}'])
def test_unreadable_record_means_hashing(model, tmp_path, monkeypatch, content):
    path, sha = model
    where = tmp_path / "cache"
    where.mkdir()
    embed_verified._record_path(where, sha).write_text(content, encoding="utf-8")
    calls = _counting(monkeypatch)
    assert embed_verified.checked_digest(path, sha, where) == sha
    assert embed_verified.checked_digest(path, sha, where) == sha
    assert len(calls) == 1


def test_folder_that_cannot_be_written(model, tmp_path, monkeypatch):
    path, sha = model
    blocked = tmp_path / "a file"
    blocked.write_text("", encoding="utf-8")
    calls = _counting(monkeypatch)
    for _ in range(2):
        assert embed_verified.checked_digest(path, sha, blocked / "cache") == sha
    assert len(calls) == 2


def test_turned_off_with_the_saved_graphs(model, monkeypatch):
    path, sha = model
    monkeypatch.setenv("WORKBENCH_GRAPH_CACHE", "0")
    calls = _counting(monkeypatch)
    for _ in range(2):
        assert embed_verified.checked_digest(path, sha) == sha
    assert len(calls) == 2


def test_missing_file_raises_oserror(tmp_path):
    with pytest.raises(OSError):
        embed_verified.checked_digest(tmp_path / "missing.onnx", "0" * 64, tmp_path)


def test_file_changed_just_now_is_not_recorded(model, tmp_path, monkeypatch):
    path, sha = model
    monkeypatch.setattr(embed_verified, "RACY_NS", 2_000_000_000)
    calls = _counting(monkeypatch)
    for _ in range(2):
        assert embed_verified.checked_digest(path, sha, tmp_path / "cache") == sha
    assert len(calls) == 2
    assert not list((tmp_path / "cache").glob("*.json"))


def test_no_record_without_a_status_change_time(model, tmp_path, monkeypatch):
    path, sha = model
    monkeypatch.setattr(embed_verified, "CHANGE_TIME", False)
    calls = _counting(monkeypatch)
    for _ in range(2):
        assert embed_verified.checked_digest(path, sha, tmp_path / "cache") == sha
    assert len(calls) == 2
