"""'Nobody else was hurt' told in other words is one claim: groups whose every
sentence says it join; a sentence that wonders whether anyone was hurt, says
somebody was, or says nobody was arrested does not state it."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of
from workbench import align, findings
from workbench.findings.unhurt import join_unhurt, nobody_hurt
from workbench.model import Alignment, Analysis, Article, ClaimGroup, Member

SAY_IT = [
    "Deputy Ortiz said no one else was injured.",
    "The remaining passengers were able to escape without injury, officials said.",
    '"Everyone else in the warehouse managed to get out safely," the chief said.',
    "Nobody was hurt in the blaze, which started in a kitchen.",
    "No-one was seriously injured, the coastguard said.",
    "There were no other injuries reported at the scene.",
    "None of the 40 pupils was harmed.",
    "All 150 passengers escaped unharmed after the landing.",
    "No other people appear to have been hurt, a spokeswoman said.",
    "She could not say how the fire started but said nobody was injured.",
    "The other 12 passengers were unhurt, the airline said.",
    "Everyone else on the bus was reported safe.",
    "The rest of the crew escaped injury.",
]

NOT_IT = [
    "It was not clear whether anyone was hurt.",
    "Officers could not confirm if anyone else was injured.",
    "Two firefighters were injured while tackling the blaze.",
    "No one was arrested at the scene.",
    "Nobody knew he had been badly hurt until the next morning.",
    "The driver was injured and taken to hospital.",
    "No one answered the door when police arrived.",
    "He said most of the other 80 workers were able to get out safely.",
    "Some passengers escaped unhurt; three are missing.",
    "Most of the other guests were unharmed.",
    "All the other events of the day went ahead as planned.",
]


@pytest.mark.parametrize("text", SAY_IT)
def test_wordings_that_say_nobody_was_hurt(text):
    assert nobody_hurt(text)


@pytest.mark.parametrize("text", NOT_IT)
def test_sentences_that_do_not_say_it(text):
    assert not nobody_hurt(text)


def _group(gid: str, *ids: str) -> ClaimGroup:
    return ClaimGroup(gid, tuple(Member(c.split(":")[0], (c,), 0.8) for c in ids))


SPEC = {
    "a": ["A gunman opened fire at the party.", SAY_IT[0], "Police closed the road."],
    "b": ["A gunman opened fire at a party.", SAY_IT[1], SAY_IT[2]],
    "c": ["Shots were fired at the party.", SAY_IT[9], "The road was closed."],
    "d": ["A man fired at guests at the party.", NOT_IT[0], SAY_IT[3]],
    "e": [SAY_IT[4]],
}


def test_groups_that_all_say_it_join_and_a_shared_source_restates():
    claims = claims_of(SPEC)
    groups = (
        _group("g1", "a:0", "b:0", "c:0"),
        _group("g2", "a:1", "c:1"),  # "no one else was injured" / "said nobody was injured"
        _group("g3", "b:1", "c:2"),  # "escape without injury" / "the road was closed"
        _group("g4", "b:2", "a:2"),  # "got out safely" / "police closed the road"
    )
    out = join_unhurt(groups, claims)
    assert [g.id for g in out] == ["g1", "g2", "g3", "g4"]  # nothing joins a group not all of it
    said = (_group("g2", "a:1", "c:1"), _group("g3", "b:1", "d:2"), _group("g4", "b:2", "e:0"))
    out = join_unhurt((groups[0], *said), claims)
    assert [g.id for g in out] == ["g1", "g2"]
    joined = out[1]
    members = {m.article: m for m in joined.members}
    assert set(members) == {"a", "b", "c", "d", "e"}
    # one passage per source; the second sentence of b is a restatement
    assert all(len(m.claims) == 1 for m in joined.members)
    assert set(members["b"].claims) | set(members["b"].restated) == {"b:1", "b:2"}


def test_a_group_wondering_whether_anyone_was_hurt_stays_apart():
    claims = claims_of(SPEC)
    groups = (_group("g1", "a:1", "c:1"), _group("g2", "b:1", "d:1"))
    assert join_unhurt(groups, claims) == groups


def test_claims_kept_apart_never_join():
    claims = claims_of(SPEC)
    groups = (_group("g1", "a:1", "c:1"), _group("g2", "b:1", "d:2"))
    assert join_unhurt(groups, claims, apart=lambda x, y: True) == groups
    assert len(join_unhurt(groups, claims, apart=lambda x, y: False)) == 1


def test_build_joins_wordings_the_aligner_kept_apart():
    """Two outlets' 'no one else was injured' and two copies' 'the others
    escaped without injury' (aligned within each pair, not across): one group."""
    spec = {
        "a": ["A gunman killed a man at an office party.", SAY_IT[0]],
        "b": [
            "A gunman killed a man at an office party on Friday.",
            "Ortiz said no one else was hurt.",
        ],
        "c": ["A man was shot dead at his office party.", SAY_IT[1]],
        "d": ["A man was shot dead at his office Christmas party.", SAY_IT[1]],
    }
    claims = claims_of(spec)
    arts = tuple(Article(x, f"{x}.txt", x, x, None, "", "", f"s{x}") for x in spec)
    al = [Alignment(f"{x}:0", f"{y}:0", 0.9) for x, y in ("ab", "ac", "ad", "bc", "bd", "cd")]
    al += [Alignment("a:1", "b:1", 0.9), Alignment("c:1", "d:1", 1.0)]
    built = findings.build(Analysis(arts, tuple(claims), (), tuple(al), ()), align.similarity)
    sets = sorted(sorted(c for m in g.members for c in m.claims) for g in built.groups)
    assert sets == [["a:0", "b:0", "c:0", "d:0"], ["a:1", "b:1", "c:1", "d:1"]]
