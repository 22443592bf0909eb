"""Compiled patterns kept between runs (workbench/regex_cache.py): the same
pattern objects as the re module's own, never a failure, bounded."""

from __future__ import annotations

import _sre
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from workbench import regex_cache

ROOT = Path(__file__).resolve().parent.parent

VARIED = [
    (r"(?P<n>\d+(?:[.,]\d+)?)\s*(?:km|miles?)\b", re.IGNORECASE),
    (r"(?<![\w'’-])(?P<who>[A-Z][a-z]+)(?=\s+said)", 0),
    (r"\b(\w+)\s+\1\b", 0),
    (
        r"""(?x) ^ (?P<h>\d{1,2}) : (?P<m>[0-5]\d)  # a clock time
         (?:\s*(?P<ap>[ap]\.?m\.?))? $""",
        re.IGNORECASE,
    ),
    (r"[«»“”\"]([^«»“”\"]{1,200})[«»“”\"]", re.UNICODE),
    (r"(?s)a.*?b|c{2,}|[^\W\d_]+", re.MULTILINE),
    (r"(?i:Mr|Mrs|Dr)\.?\s(?P<last>\w+)", 0),
]


@pytest.fixture
def installed(tmp_path):
    re.purge()
    assert regex_cache.install(tmp_path)
    yield tmp_path
    regex_cache.uninstall()
    re.purge()


def _stdlib(pattern: str, flags: int) -> re.Pattern:
    return re._compiler.compile(pattern, flags)  # type: ignore[attr-defined]


def test_a_kept_pattern_is_the_re_modules_own(installed):
    first = [re.compile(p, f) for p, f in VARIED]
    regex_cache.save()
    regex_cache.uninstall()
    re.purge()
    assert regex_cache.install(installed)
    assert len(regex_cache._table) == len(VARIED)  # read back from the file
    for (p, f), made in zip(VARIED, first, strict=True):
        kept = re.compile(p, f)
        assert kept is not made  # compiled anew, from the kept code
        assert kept == _stdlib(p, f) == made  # equality covers the code the matcher runs
        assert kept.groupindex == made.groupindex and kept.groups == made.groups
    text = "Mr. Smith said the the 12,5 km at 9:30 pm «ici» aaab cc"
    for (p, f), made in zip(VARIED, first, strict=True):
        assert [m.groupdict() or m.groups() for m in re.compile(p, f).finditer(text)] == [
            m.groupdict() or m.groups() for m in made.finditer(text)
        ]


def test_nothing_new_writes_nothing(installed):
    re.compile(*VARIED[0])
    regex_cache.save()
    (file,) = installed.iterdir()
    before = file.stat().st_mtime_ns
    file.touch()
    os.utime(file, ns=(before, before))
    regex_cache.save()  # nothing new since the last save
    assert file.stat().st_mtime_ns == before


@pytest.mark.parametrize(
    "spoil",
    [
        lambda b: b[:-7],  # cut short
        lambda b: b[:4] + bytes([b[4] ^ 1]) + b[5:],  # a bit changed: the CRC fails
        lambda b: b"",
        lambda b: b"not a cache at all",
    ],
)
def test_a_spoilt_file_is_ignored_and_written_anew(installed, spoil):
    re.compile(*VARIED[1])
    regex_cache.save()
    (file,) = installed.iterdir()
    file.write_bytes(spoil(file.read_bytes()))
    regex_cache.uninstall()
    re.purge()
    assert regex_cache.install(installed)
    assert regex_cache._table == {}
    assert re.compile(*VARIED[1]) == _stdlib(*VARIED[1])
    regex_cache.save()
    assert regex_cache._read(file)  # whole again


def test_an_unwritable_folder_is_no_failure(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("x")
    re.purge()
    try:
        assert regex_cache.install(blocked / "below")  # a folder under a file
        assert re.compile(*VARIED[2]) == _stdlib(*VARIED[2])
        regex_cache.save()
    finally:
        regex_cache.uninstall()
        re.purge()


def test_bounded_with_the_last_runs_patterns_first(installed, monkeypatch):
    monkeypatch.setattr(regex_cache, "MAX_PATTERNS", 5)
    for k in range(8):
        re.compile(f"old{k}\\d+")
    regex_cache.save()
    regex_cache.uninstall()
    re.purge()
    assert regex_cache.install(installed)
    re.compile("new\\w")
    regex_cache.save()
    kept = regex_cache._read(next(installed.iterdir()))
    assert len(kept) == 5
    assert ("new\\w", 0) in kept


def test_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_PATTERN_CACHE", "0")
    assert not regex_cache.install(tmp_path)
    assert re._compiler.compile is not regex_cache._compile  # type: ignore[attr-defined]


def test_a_check_keeps_its_patterns_and_the_next_gives_the_same_output(tmp_path):
    """The whole command with the cache off, then twice with it (the second
    from the kept code): the same JSON, and every kept entry equals the re
    module's own compiling of its text."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    env = {
        **os.environ,
        "WORKBENCH_EMBEDDINGS": "0",
        "WORKBENCH_PATTERN_DIR": str(tmp_path / "patterns"),
        "PYTHONPATH": str(ROOT),
    }
    outs = []
    for k, on in enumerate("011"):
        env["WORKBENCH_PATTERN_CACHE"] = on
        out, log = tmp_path / f"out{k}.json", tmp_path / f"run{k}" / "log.sqlite"
        log.parent.mkdir()
        cmd = [sys.executable, "-m", "workbench", "check", "-q", "--db", str(log)]
        proc = subprocess.run(
            [*cmd, "--json", str(out), *map(str, seeds)],
            capture_output=True,
            env=env,
            cwd=log.parent,
            check=False,
        )
        assert proc.returncode in (0, 1), proc.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] == outs[2]
    (file,) = (tmp_path / "patterns").iterdir()
    kept = regex_cache._read(file)
    assert len(kept) > 500
    for (pattern, flags), entry in kept.items():
        assert _sre.compile(pattern, *regex_cache._given(entry)) == _stdlib(pattern, flags)


def test_an_entry_the_matcher_refuses_is_made_anew(installed):
    """A whole file (its CRC right) whose code for a pattern is not valid code:
    that pattern is compiled by the parser again, the same as re's own."""
    import marshal

    pattern, flags = VARIED[3][0], int(VARIED[3][1])
    bad = (flags, b"\xff\xff\xff\xff" * 3, 2, {}, (None,) * 3)
    path = installed / f"patterns-{regex_cache._tag()}.marshal"
    regex_cache._write(path, marshal.dumps((regex_cache._tag(), {(pattern, flags): bad})))
    regex_cache.uninstall()
    assert regex_cache.install(installed)
    assert regex_cache._table[(pattern, flags)] == bad
    assert re.compile(pattern, flags) == _stdlib(pattern, flags)


def test_a_bad_pattern_raises_as_re_does(installed):
    with pytest.raises(re.error) as ours:
        re.compile(r"(?P<x>a)(?P<x>b)")
    regex_cache.uninstall()
    with pytest.raises(re.error) as theirs:
        re.compile(r"(?P<x>a)(?P<x>b)")
    assert str(ours.value) == str(theirs.value)
