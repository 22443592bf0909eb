"""The speed harnesses measure a tree as an installed copy runs it: importing
from bytecode. A fresh checkout has none and PYTHONDONTWRITEBYTECODE (set on
the shared machine) keeps it so; session 28's quiet-machine figures paid for
compiling every module in each process (0.39 s of CPU at the seeds)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from benchmarks import speed


def _tree(root: Path, names: list[str]) -> Path:
    package = root / "workbench"
    (package / "sub").mkdir(parents=True)
    for name in names:
        (package / name).write_text("VALUE = 1\n")
    return root


def test_compiled_writes_bytecode_for_every_module_of_each_tree(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    trees = [
        _tree(tmp_path / "new", ["__init__.py", "a.py", "sub/__init__.py", "sub/b.py"]),
        _tree(tmp_path / "old", ["__init__.py", "c.py", "sub/__init__.py"]),
    ]
    speed.compiled(*trees)
    for tree in trees:
        for source in (tree / "workbench").rglob("*.py"):
            assert Path(importlib.util.cache_from_source(str(source))).is_file(), source


def test_every_measured_tree_is_compiled_with_or_without_a_tree_against(tmp_path, monkeypatch):
    seen: list[tuple[Path, ...]] = []
    monkeypatch.setattr(speed, "compiled", lambda *roots: seen.append(roots))
    monkeypatch.setitem(speed.TREES, "old", speed.ROOT)
    assert speed.with_old(["emb cold", "lexical"], None) == ["emb cold", "lexical"]
    assert seen == [(speed.ROOT,)]
    paths = speed.with_old(["emb cold", "naive"], str(tmp_path))
    assert paths == ["emb cold", "emb cold" + speed.OLD, "naive"]
    assert seen[1] == (speed.ROOT, tmp_path.resolve())
