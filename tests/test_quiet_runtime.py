"""`check` on the embedding path prints nothing to stderr and writes nothing
under the user's home (ONNX Runtime's telemetry device id)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys

import pytest
from conftest import SEEDS


@pytest.mark.skipif(importlib.util.find_spec("onnxruntime") is None, reason="no embeddings")
@pytest.mark.parametrize("home_kind", ["empty folder", "not a folder"])
def test_embedding_check_is_quiet_and_leaves_home_alone(tmp_path, home_kind):
    home = tmp_path / "home"
    if home_kind == "empty folder":
        home.mkdir()
    else:
        home.write_text("not a folder")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ORT_", "XDG_"))}
    env |= {"HOME": str(home), "WORKBENCH_EMBEDDINGS": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "workbench.cli", "check", *map(str, SEEDS), "-q"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    if home.is_dir():
        assert list(home.rglob("*")) == []
