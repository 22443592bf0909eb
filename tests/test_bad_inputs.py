"""The bad-input catalogue: every case is one line on stderr that names the
cause, exit status 2, never an "internal error", and the review log and the
input files are byte-identical afterwards."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import write

from workbench.articles import MAX_BYTES
from workbench.cli import main
from workbench.store import SCHEMA_VERSION, ReviewLog

GOOD_A = (
    "---\ntitle: Fire\npublished: 2024-03-13\n---\n"
    "Three firefighters were treated for smoke inhalation at the warehouse.\n"
)
GOOD_B = (
    "---\ntitle: Blaze\npublished: 2024-03-13\n---\n"
    "Four firefighters were treated for smoke inhalation at the warehouse.\n"
)


class Case:
    """A folder with two good articles, a review log with one flag, and
    whatever bad thing the case adds; ``argv`` is built from it."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.a = write(tmp, "a.md", GOOD_A)
        self.b = write(tmp, "b.md", GOOD_B)
        self.db = tmp / "review.sqlite"
        assert main(["check", str(self.a), str(self.b), "--db", str(self.db), "-q"]) == 0
        log = ReviewLog(self.db)
        self.flag = log.discrepancies()[0].id
        log.close()

    def file(self, name: str, data: str | bytes) -> Path:
        return write(self.tmp, name, data)

    def check(self, *extra: object) -> list[str]:
        return ["check", "--db", str(self.db), *map(str, extra)]

    def pair_with(self, bad: object) -> list[str]:
        return self.check(self.a, bad)


def _empty_folder(c: Case) -> Path:
    p = c.tmp / "empty"
    p.mkdir()
    return p


def fifo(c: Case, name: str) -> Path:
    p = c.tmp / name
    os.mkfifo(p)
    return p


def link(c: Case, name: str, target: str | Path) -> Path:
    p = c.tmp / name
    p.symlink_to(target)
    return p


def sparse(c: Case, name: str, size: int) -> Path:
    p = c.tmp / name
    with p.open("wb") as fh:
        fh.truncate(size)
    return p


def sqlite_file(c: Case, name: str, sql: str) -> Path:
    p = c.tmp / name
    conn = sqlite3.connect(p)
    conn.executescript(sql)
    conn.close()
    return p


def damaged(c: Case, name: str) -> Path:
    p = c.tmp / name
    data = bytearray(c.db.read_bytes())
    data[100:4096] = os.urandom(3996)  # keep the header, wreck the schema page
    p.write_bytes(bytes(data))
    return p


CASES: dict[str, tuple[Callable[[Case], list[str]], str]] = {
    # -- articles -------------------------------------------------------------
    "missing article": (lambda c: c.pair_with(c.tmp / "nope.md"), "no such file"),
    "empty article": (lambda c: c.pair_with(c.file("e.md", "")), "empty file"),
    "blank article": (lambda c: c.pair_with(c.file("e.txt", " \n\t\n")), "empty file"),
    # a folder is read as its article files (fresh CLI trial); one with none is refused
    "folder as article": (lambda c: c.pair_with(_empty_folder(c)), "is a folder with no"),
    "png as .txt": (
        lambda c: c.pair_with(c.file("p.txt", b"\x89PNG\r\n\x1a\n\0\0" * 50)),
        "binary",
    ),
    "pdf": (lambda c: c.pair_with(c.file("d.txt", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj")), "PDF"),
    "zip/docx": (lambda c: c.pair_with(c.file("d.txt", b"PK\x03\x04" + b"\0" * 60)), "ZIP"),
    "over the size cap": (lambda c: c.pair_with(sparse(c, "big.txt", MAX_BYTES + 1)), "limit"),
    "unsupported suffix": (lambda c: c.pair_with(c.file("a.docx", "text")), "unsupported"),
    # plain text without a suffix is read as text; binary data is no article (session 39)
    "no suffix": (lambda c: c.pair_with(c.file("README", b"\x89PNG\0\0\0")), "binary file"),
    "NUL-riddled text": (lambda c: c.pair_with(c.file("n.txt", b"ab\0\0cd\0\0" * 40)), "binary"),
    "unterminated front matter": (
        lambda c: c.pair_with(c.file("f.md", "---\ntitle: X\nSome text.\n")),
        "front matter",
    ),
    # a header date that is no date leaves its article undated, with a warning
    # (session 16; tests/test_s16_header_dates.py): not an error any more
    "front matter only": (
        lambda c: c.pair_with(c.file("f.md", "---\ntitle: X\n---\n\n")),
        "no article text",
    ),
    "html without text": (
        lambda c: c.pair_with(
            c.file("h.html", "<html><head><script>var a=1;</script></head><body></body></html>")
        ),
        "no article text",
    ),
    "fifo as article": (lambda c: c.pair_with(fifo(c, "pipe.txt")), "regular file"),
    "device as article": (lambda c: c.pair_with(link(c, "zero.txt", "/dev/zero")), "regular file"),
    "symlink loop article": (
        lambda c: c.pair_with(link(c, "loop.txt", "loop.txt")),
        "symbolic link loop",
    ),
    "dangling symlink": (lambda c: c.pair_with(link(c, "gone.md", "nowhere.md")), "no such file"),
    "review log as .txt": (
        lambda c: c.pair_with(link(c, "log.txt", c.db)),
        "binary",
    ),
    "one article": (lambda c: c.check(c.a), "at least two"),
    "same article twice": (lambda c: c.check(c.a, c.a), "at least two"),
    "same article via link": (lambda c: c.check(c.a, link(c, "a2.md", c.a)), "at least two"),
    "--published without =": (
        lambda c: c.check(c.a, c.b, "--published", "23 June 2021"),  # a date alone is read
        "PATH=YYYY-MM-DD",
    ),
    "--published bad date": (
        lambda c: c.check(c.a, c.b, "--published", f"{c.a}=2021-02-30"),
        "date",
    ),
    "--published other file": (
        lambda c: c.check(c.a, c.b, "--published", f"{c.tmp / 'x.md'}=2021-06-23"),
        "not one of the files",
    ),
    # -- review logs ------------------------------------------------------------
    "log is a folder": (lambda c: ["check", str(c.a), str(c.b), "--db", str(c.tmp)], "directory"),
    "log in missing folder": (
        lambda c: ["check", str(c.a), str(c.b), "--db", str(c.tmp / "no" / "r.sqlite")],
        "no such folder",
    ),
    "log is a text file": (
        lambda c: ["check", str(c.a), str(c.b), "--db", str(c.a)],
        "not a review log",
    ),
    "log is another app's empty db": (
        lambda c: [
            "check",
            str(c.a),
            str(c.b),
            "--db",
            str(sqlite_file(c, "o.sqlite", "CREATE TABLE t(x); DROP TABLE t;")),
        ],
        "another application",
    ),
    "log is another app's db": (
        lambda c: ["report", "--db", str(sqlite_file(c, "o.db", "CREATE TABLE t(x);"))],
        "not a Claim Workbench review log",
    ),
    "log from a newer version": (
        lambda c: [
            "report",
            "--db",
            str(
                sqlite_file(
                    c,
                    "n.sqlite",
                    f"CREATE TABLE t(x); PRAGMA application_id={0x434C5742}; "
                    f"PRAGMA user_version={SCHEMA_VERSION + 1};",
                )
            ),
        ],
        "newer",
    ),
    "damaged log": (lambda c: ["report", "--db", str(damaged(c, "d.sqlite"))], "review log"),
    "log symlink loop": (
        lambda c: ["report", "--db", str(link(c, "l.sqlite", "l.sqlite"))],
        "symbolic link loop",
    ),
    "log is a fifo": (lambda c: ["report", "--db", str(fifo(c, "p.sqlite"))], "regular file"),
    "log is a device": (
        lambda c: ["report", "--db", str(link(c, "z.sqlite", "/dev/zero"))],
        "regular file",
    ),
    "report on missing log": (
        lambda c: ["report", "--db", str(c.tmp / "none.sqlite")],
        "no such review log",
    ),
    "report on empty file": (
        lambda c: ["report", "--db", str(c.file("empty.sqlite", ""))],
        "empty file",
    ),
    # -- review -------------------------------------------------------------------
    "unknown id": (
        lambda c: ["review", "ffffffffff", "--status", "verified", "--db", str(c.db)],
        "unknown discrepancy id",
    ),
    "too short id": (
        lambda c: ["review", c.flag[:2], "--status", "verified", "--db", str(c.db)],
        "too short",
    ),
    "unknown status": (
        lambda c: ["review", c.flag, "--status", "done", "--db", str(c.db)],
        "unknown status",
    ),
    "nothing to change": (lambda c: ["review", c.flag, "--db", str(c.db)], "nothing to change"),
    "article not in the flag": (
        lambda c: ["review", c.flag, "--article", "zzz", "--status", "disputed", "--db", str(c.db)],
        "not one of its sources",
    ),
    "review on missing log": (
        lambda c: ["review", c.flag, "--status", "verified", "--db", str(c.tmp / "x.sqlite")],
        "no such review log",
    ),
    "history of unknown id": (
        lambda c: ["review", "abcdef0123", "--history", "--db", str(c.db)],
        "unknown discrepancy id",
    ),
    # -- outputs ---------------------------------------------------------------
    "report -o unknown suffix": (
        lambda c: ["report", "--db", str(c.db), "-o", str(c.tmp / "r.pdf")],
        ".md, .html, .csv or .json",
    ),
    "report -o missing folder": (
        lambda c: ["report", "--db", str(c.db), "-o", str(c.tmp / "no" / "r.md")],
        "no such folder",
    ),
    "report -o the log": (
        lambda c: ["report", "--db", str(c.db), "--format", "md", "-o", str(c.db)],
        "refusing to overwrite",
    ),
    "report -o link to the log": (
        lambda c: ["report", "--db", str(c.db), "-o", str(link(c, "r.md", c.db))],
        "refusing to overwrite",
    ),
    "report -o a folder": (
        lambda c: ["report", "--db", str(c.db), "--format", "md", "-o", str(c.tmp)],
        "directory",
    ),
    "check --json the log": (lambda c: c.check(c.a, c.b, "--json", c.db), "refusing to overwrite"),
    "check --json an input": (
        lambda c: c.check(c.a, c.b, "--json", c.a),
        "refusing to overwrite",
    ),
    "check --json link to an input": (
        lambda c: c.check(c.a, c.b, "--json", link(c, "out.json", c.b)),
        "refusing to overwrite",
    ),
    "review with an empty reviewer": (
        lambda c: ["review", c.flag, "--status", "verified", "--reviewer", " ", "--db", str(c.db)],
        "--reviewer is empty",
    ),
    "check --json a folder": (lambda c: c.check(c.a, c.b, "--json", c.tmp), "directory"),
    # `check --json a.txt b.txt c.txt`: the option takes the first article as its file
    "check --json swallows an article": (
        lambda c: c.check("--json", c.file("c.md", GOOD_B), c.a, c.b),
        "refusing to overwrite",
    ),
    "check --report swallows a Markdown article": (
        lambda c: c.check("--report", c.file("c.md", GOOD_B), c.a, c.b),
        "not a workbench report",
    ),
    "report -o an article's page": (
        lambda c: ["report", "--db", str(c.db), "-o", str(c.file("story.html", "<p>A story.</p>"))],
        "not a workbench report",
    ),
    "check --json swallows a plain-text article": (
        lambda c: c.check("--json", c.file("story.txt", GOOD_A), c.a, c.b),
        "not a .json file",
    ),
    "check --json missing folder": (
        lambda c: c.check(c.a, c.b, "--json", c.tmp / "no" / "a.json"),
        "no such folder",
    ),
    "check --report unknown suffix": (
        lambda c: c.check(c.a, c.b, "--report", c.tmp / "r.docx"),
        ".md, .html, .csv or .json",
    ),
    "check --report an input": (
        lambda c: c.check(c.a, c.b, "--report", c.b),
        "refusing to overwrite",
    ),
    "check --report link to the log": (
        lambda c: c.check(c.a, c.b, "--report", link(c, "rep.md", c.db)),
        "refusing to overwrite",
    ),
    "check --json and --report one file": (
        lambda c: c.check(c.a, c.b, "--json", c.tmp / "x.json", "--report", c.tmp / "x.json"),
        "same file",
    ),
    "check --json the log's wal": (
        lambda c: c.check(c.a, c.b, "--json", f"{c.db}-wal"),
        "refusing to overwrite",
    ),
    # found by a hostile tester: reports over inputs, companions not yet on disk
    "report -o an input article": (
        lambda c: ["report", "--db", str(c.db), "-o", str(c.a)],
        "refusing to overwrite",
    ),
    "report -o an input, spelled ../": (
        lambda c: ["report", "--db", str(c.db), "-o", str(c.tmp / "x" / ".." / "b.md")],
        "refusing to overwrite",
    ),
    "report -o link to an input": (
        lambda c: ["report", "--db", str(c.db), "-o", str(link(c, "rep.md", c.b))],
        "refusing to overwrite",
    ),
    "report -o hard link to an input": (
        lambda c: ["report", "--db", str(c.db), "-o", str(hardlink(c, "hard.md", c.a))],
        "refusing to overwrite",
    ),
    "report -o the log's absent -shm": (
        lambda c: ["report", "--db", str(c.db), "--format", "md", "-o", f"{c.db}-shm"],
        "refusing to overwrite",
    ),
    "report -o link to the absent -wal": (
        lambda c: ["report", "--db", str(c.db), "-o", str(link(c, "w.md", f"{c.db}-wal"))],
        "refusing to overwrite",
    ),
    "check --json the absent -shm": (
        lambda c: c.check(c.a, c.b, "--json", f"{c.db}-shm"),
        "refusing to overwrite",
    ),
    "--format and -o disagree": (
        lambda c: ["report", "--db", str(c.db), "--format", "csv", "-o", str(c.tmp / "r.html")],
        "--format is csv",
    ),
    "note not UTF-8": (
        lambda c: [
            "review",
            c.flag,
            "--status",
            "verified",
            "--note",
            "\udced\udca0bad",
            "--db",
            str(c.db),
        ],
        "not valid UTF-8",
    ),
    "reviewer not UTF-8": (
        lambda c: [
            "review",
            c.flag,
            "--status",
            "verified",
            "--reviewer",
            "\udcff",
            "--db",
            str(c.db),
        ],
        "not valid UTF-8",
    ),
    "file name not UTF-8": (
        lambda c: c.check(c.a, c.file("bad\udcff.md", GOOD_B)),
        "not valid UTF-8",
    ),
    "log missing a table": (
        lambda c: ["report", "--db", str(renamed_table(c, "m.sqlite"))],
        "missing table reviews",
    ),
    "--published twice": (
        lambda c: c.check(
            c.a, c.b, "--published", f"{c.a}=2021-06-23", "--published", f"{c.a}=2021-06-24"
        ),
        "given twice",
    ),
    "folder at the log's -wal name": (
        lambda c: ["review", c.flag, "--status", "verified", "--db", str(wal_folder(c))],
        "not a regular file",
    ),
    "unknown option": (lambda c: ["report", "--db", str(c.db), "--bogus"], "unrecognized"),
    "bad --format choice": (
        lambda c: ["report", "--db", str(c.db), "--format", "pdf"],
        "invalid choice",
    ),
    "option missing its value": (
        lambda c: ["review", c.flag, "--note", "-2+3", "--db", str(c.db)],
        "expected one argument",
    ),
}


def wal_folder(c: Case) -> Path:
    """A folder where SQLite needs to put the log's write-ahead log."""
    Path(f"{c.db}-wal").mkdir()
    return c.db


def hardlink(c: Case, name: str, target: Path) -> Path:
    p = c.tmp / name
    os.link(target, p)
    return p


def renamed_table(c: Case, name: str) -> Path:
    p = c.tmp / name
    p.write_bytes(c.db.read_bytes())
    conn = sqlite3.connect(p)
    conn.execute("ALTER TABLE reviews RENAME TO old_reviews")
    conn.commit()
    conn.close()
    return p


def digest(folder: Path) -> dict[str, str]:
    """Every regular file under the case's folder (the log included)."""
    out = {}
    for p in sorted(folder.rglob("*")):
        if p.is_symlink() or not p.is_file() or p.name.endswith(("-wal", "-shm")):
            continue
        out[str(p)] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def log_state(db: Path) -> list:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        conn.execute("SELECT 1 FROM sqlite_master").fetchall()
    except sqlite3.OperationalError:  # SQLite itself cannot open it: compare its bytes
        return [hashlib.sha256(db.read_bytes()).hexdigest()]
    try:
        return [
            conn.execute(f"SELECT * FROM [{t}] ORDER BY 1").fetchall()
            for t in ("articles", "discrepancies", "reviews", "review_history", "runs")
        ]
    finally:
        conn.close()


def test_the_catalogue_is_large():
    assert len(CASES) >= 78


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input(tmp_path, capsys, name):
    case = Case(tmp_path)
    build, cause = CASES[name]
    argv = build(case)
    capsys.readouterr()
    files_before, log_before = digest(tmp_path), log_state(case.db)
    try:
        code = main(argv)
    except SystemExit as exc:  # usage errors leave through argparse
        code = exc.code
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.startswith("workbench: error: ") and err.count("\n") == 1, err
    assert "internal error" not in err and "Traceback" not in err
    assert cause.lower() in err.lower(), err
    assert log_state(case.db) == log_before
    after = digest(tmp_path)
    assert {k: v for k, v in after.items() if k in files_before} == files_before
