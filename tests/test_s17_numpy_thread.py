"""The review log's library is imported without NumPy in the importing thread
only: a None put in sys.modules for every thread made the sentence model's
`import numpy`, on the thread loading it meanwhile, fail now and then, and the
check ran on the wording alone without a word (session 17: 18 aligned pairs of
the seeds instead of 24 in half the runs). A model that failed is said."""

from __future__ import annotations

import threading

import pytest
from conftest import SEEDS

from workbench.cli import main
from workbench.store.lite import without


def test_only_the_importing_thread_goes_without():
    import sys

    name = "colorsys"  # a small module nothing here has imported
    sys.modules.pop(name, None)
    other: list[object] = []
    with without((name,)):
        with pytest.raises(ModuleNotFoundError):
            __import__(name)
        t = threading.Thread(target=lambda: other.append(__import__(name)))
        t.start()
        t.join()
    assert other and other[0].__name__ == name  # another thread imported it meanwhile
    assert __import__(name) is other[0]  # and this one may, once the block is over


def test_a_module_already_loaded_is_not_refused():
    import json

    with without(("json",)):
        assert __import__("json") is json


def test_a_model_that_failed_to_load_is_said(tmp_path, monkeypatch, capsys):
    from workbench import embed

    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "1")
    monkeypatch.setattr(embed, "_model", None)
    monkeypatch.setattr(embed, "_error", "embedding model could not be loaded: a test")
    monkeypatch.setattr(embed, "_extra_installed", lambda: True)
    db = str(tmp_path / "log.sqlite")
    assert main(["check", *map(str, SEEDS), "--db", db, "-q"]) == 0
    err = capsys.readouterr().err
    assert "warning: embedding model could not be loaded: a test; matched by wording only" in err
