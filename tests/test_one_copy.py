"""User trial 50: an identical copy of an article, checked under another name,
must not change how the other articles' sentences score (one_copy.py)."""

from __future__ import annotations

import pytest

from workbench.lexical import _vectors
from workbench.model import Claim
from workbench.one_copy import first_copies
from workbench.text import content_tokens

A = [
    "Seacom announced on Twitter today (14 October 2011) that it restored its business customers.",
    "The outage began on Saturday, 8 October 2011.",
]
B = [
    "Seacom announced today (4 November 2011) that repairs have been completed.",
    "The break happened on 8 October 2011 between Abu Talat and Marseilles.",
]
C = ["The ferry sank off the coast with 300 people aboard.", "Rescuers found 12 survivors."]


def _claims(**articles: list[str]) -> list[Claim]:
    out = []
    for name, sentences in articles.items():
        out += [Claim(f"{name}:{i}", name, i, 0, len(s), s) for i, s in enumerate(sentences)]
    return out


def _scores(claims: list[Claim]) -> dict[tuple[str, str], float]:
    vecs, _ = _vectors([content_tokens(c.text) for c in claims], first_copies(claims))
    by_id = dict(zip((c.id for c in claims), vecs, strict=True))
    ids = [c.id for c in claims if not c.id.startswith("dup")]
    return {
        (x, y): round(sum(v * by_id[y].get(t, 0.0) for t, v in by_id[x].items()), 9)
        for x in ids
        for y in ids
        if x < y
    }


@pytest.mark.parametrize(
    "copy",
    [
        A,  # the copy as it is
        [s.replace(" (", "\u00a0(") for s in A],  # a no-break space
        [s.replace(" ", "  ") for s in A],  # spacing only
    ],
)
def test_a_copy_changes_no_score(copy: list[str]) -> None:
    alone = _scores(_claims(a=A, b=B))
    assert _scores(_claims(a=A, b=B, dup=copy)) == alone
    assert _scores(_claims(dup=copy, a=A, b=B)) == alone


def test_two_copies_change_no_score() -> None:
    alone = _scores(_claims(a=A, b=B, c=C))
    assert _scores(_claims(a=A, dupx=A, b=B, dupy=A, c=C)) == alone


@pytest.mark.parametrize(
    ("articles", "counted"),
    [
        ({"a": A, "b": B}, [True] * 4),
        ({"a": A, "b": A}, [True, True, False, False]),
        ({"a": A, "b": A[:1]}, [True] * 3),  # a part of it is no copy
        ({"a": A, "b": A[::-1]}, [True] * 4),  # other order: no copy
        ({"a": A, "b": [*A, "One more sentence."]}, [True] * 5),  # a longer story
        ({"a": A, "b": B, "c": B}, [True, True, True, True, False, False]),
    ],
)
def test_which_claims_are_counted(articles: dict[str, list[str]], counted: list[bool]) -> None:
    assert first_copies(_claims(**articles)) == counted


def test_no_copy_keeps_the_weights() -> None:
    tokens = [content_tokens(s) for s in [*A, *B, *C]]
    assert _vectors(tokens, [True] * len(tokens)) == _vectors(tokens)


STORIES = [
    (
        "Cable firm Seacom announced on Twitter today (14 October 2011) that it restored its "
        "business customers.\nThe outage began on Saturday, 8 October 2011, near Marseilles.\n",
        "Cable firm Seacom announced today (4 November 2011) that repairs were completed.\n"
        "All traffic to Europe was hit by the break on 8 October 2011 near Marseilles.\n",
    ),
    (
        "The ferry sank on Sunday with 212 passengers aboard, the coast guard said.\n"
        "Rescuers pulled 150 survivors from the sea.\n",
        "The ferry went down on Sunday carrying 215 passengers, officials said.\n"
        "Rescue crews saved 150 people from the water.\n",
    ),
]


@pytest.mark.parametrize(("a", "b"), STORIES)
def test_a_copy_changes_no_verdict(tmp_path, a: str, b: str) -> None:
    from conftest import write

    from workbench.analysis import analyze_paths

    def verdicts(*names: str) -> set[tuple[str, ...]]:
        texts = {"a.txt": a, "b.txt": b, "copy_of_a.txt": a}
        paths = [write(tmp_path, n, "---\npublished: 2011-11-04\n---\n" + texts[n]) for n in names]
        found = analyze_paths(paths)
        return {
            (str(d.verdict), *sorted(s.text for s in d.sides))
            for d in found.discrepancies
            if "copy_of_a" not in {s.article for s in d.sides}
        }

    assert verdicts("a.txt", "b.txt", "copy_of_a.txt") == verdicts("a.txt", "b.txt")
