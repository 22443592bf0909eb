"""A decision is kept for the pair of articles it was made on, not for a
wire copy's pair: a flag's id is the wording compared, and an identical
copy of one article gives its pair the same wording. A fresh trial decided
every finding of 14 reports (one a word-for-word copy of another), reopened
the review and found two pairs "kept as a question because an editor decided
on it" that nobody had decided."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write

from workbench import judge
from workbench.cli import main
from workbench.store import ReviewLog
from workbench.store.reviews import decided_ids

RULE = "measured_on_one_side_in_other_words"
A = (
    "Harlan Pike was serving a life sentence for aggravated robbery after being "
    "convicted in May 2004."
)
B = "Pike returned to prison in May 2005 to serve a life sentence for aggravated robbery."


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")


def _paths(tmp_path, copy: bool):
    front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
    # other sentences, so the words the two reports share stay rare ones
    a = f"{A}\nThe weather in the valley was mild for the season.\nA library opened.\n"
    b = f"{B}\nLocal schools will close early on Friday.\nThe council debated buses.\n"
    c = f"{B}\nFarmers reported a strong apple harvest.\nThe museum shows local art.\n"
    out = [
        str(write(tmp_path, "a.md", front.format("Courier") + a)),
        str(write(tmp_path, "b.md", front.format("Gazette") + b)),
    ]
    if copy:  # the Gazette's sentence again, word for word, in another paper
        out.append(str(write(tmp_path, "c.md", front.format("Herald") + c)))
    return out


def _dates(log: ReviewLog):
    return [d for d in log.discrepancies(include_orphaned=False) if d.kind == "date"]


def test_a_decision_on_one_pair_keeps_that_pair_only(tmp_path):
    db = str(tmp_path / "log.sqlite")
    two = _paths(tmp_path, copy=False)
    with judge.rules.without(RULE, "days_of_two_happenings"):
        assert main(["check", *two, "--db", db, "-q"]) == 0
    log = ReviewLog(db, create=False)
    try:
        (decided,) = _dates(log)
    finally:
        log.close()
    assert main(["review", decided.id, "--db", db, "--status", "verified"]) == 0
    # the copy arrives; the rule is in force, so only the decided pair may stay
    assert main(["check", *_paths(tmp_path, copy=True), "--db", db, "-q"]) == 0
    log = ReviewLog(db, create=False)
    try:
        kept = _dates(log)
        assert [d.id for d in kept] == [decided.id]
        # what it would read is said as such, not as a verdict before "kept as a question"
        said = kept[0].explanation
        assert "(it would read " in said and " — kept as a question" in said
        assert not any(f" — {v} — kept" in said for v in ("conflict", "consistent", "unresolved"))
        assert {kept[0].left_article, kept[0].right_article} == {"a", "b"}
        assert len(decided_ids(log.db)) == 1
    finally:
        log.close()


def test_the_copy_pair_is_kept_when_it_was_decided_itself(tmp_path):
    db = str(tmp_path / "log.sqlite")
    three = _paths(tmp_path, copy=True)
    with judge.rules.without(RULE, "days_of_two_happenings"):
        assert main(["check", *three, "--db", db, "-q"]) == 0
    log = ReviewLog(db, create=False)
    try:
        pairs = {frozenset((d.left_article, d.right_article)): d.id for d in _dates(log)}
    finally:
        log.close()
    assert set(pairs) == {frozenset("ab"), frozenset("ac")}
    assert main(["review", pairs[frozenset("ac")], "--db", db, "--status", "disputed"]) == 0
    assert main(["check", *three, "--db", db, "-q"]) == 0
    log = ReviewLog(db, create=False)
    try:
        kept = _dates(log)
        assert [frozenset((d.left_article, d.right_article)) for d in kept] == [frozenset("ac")]
        assert kept[0].id == pairs[frozenset("ac")]
    finally:
        log.close()


def _ids_by_pair(db: str) -> dict[frozenset, str]:
    log = ReviewLog(db, create=False)
    try:
        return {
            frozenset((d.left_article, d.right_article)): d.id
            for d in log.discrepancies(include_orphaned=False)
        }
    finally:
        log.close()


def test_a_pair_keeps_its_id_when_a_copy_met_first_arrives(tmp_path):
    """The same wording compared in two pairs (a copy's and the original's):
    the pair met first took the plain id and the other one an id told apart.
    A copy that arrives later and is met first (here by name) took the plain
    id from the original's pair, whose decision then named the copy's pair
    and left the original "added since", undecided."""
    db = str(tmp_path / "log.sqlite")
    a, b, c = _paths(tmp_path, copy=True)
    early = str(tmp_path / "0-copy.md")  # the copy, named to be met before b
    Path(early).write_text(Path(c).read_text(encoding="utf-8"), encoding="utf-8")
    with judge.rules.without(RULE, "days_of_two_happenings"):
        assert main(["check", a, b, "--db", db, "-q"]) == 0
        (before,) = _ids_by_pair(db).items()
        assert main(["check", a, b, early, "--db", db, "-q"]) == 0
        after = _ids_by_pair(db)
    assert len(after) == 2
    assert after[before[0]] == before[1]  # the original pair kept its id
    assert after[frozenset(("a", "0-copy"))] != before[1]


@pytest.mark.parametrize("order", [(2, 1, 0), (1, 2, 0), (2, 0, 1)])
def test_each_pair_keeps_its_id_whichever_copy_is_met_first(tmp_path, order):
    """Giving the same files in another order (the window lists them as
    added) never changes which pair holds which id."""
    db = str(tmp_path / "log.sqlite")
    three = _paths(tmp_path, copy=True)
    with judge.rules.without(RULE, "days_of_two_happenings"):
        assert main(["check", *three, "--db", db, "-q"]) == 0
        first = _ids_by_pair(db)
        assert len(first) == 2 and len(set(first.values())) == 2
        assert main(["check", *[three[i] for i in order], "--db", db, "-q"]) == 0
        assert _ids_by_pair(db) == first
