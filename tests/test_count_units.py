"""User trial 50: counts in different units of a machine (CPUs, processors,
cores, servers, nodes, chips) are not one version of a finding; "768 cores"
and "768 processor cores" still are (findings/count_units.py)."""

from __future__ import annotations

import pytest

from workbench.facts.quantity.detect import find_quantities
from workbench.findings.count_units import other_unit
from workbench.model import Fact


def _fact(sentence: str) -> Fact:
    m = find_quantities(sentence)[0]
    value = {"kind": "number", "amount": m.value, "counted": m.counted}
    return Fact("f", "c", "a", "number", 0, len(m.text), m.text, value)


@pytest.mark.parametrize(
    ("member", "version"),
    [
        ("The bricks contain up to 768 CPUs.", "The systems featured up to 768 Intel Atom cores."),
        ("Each cabinet holds 512 processors.", "Each cabinet holds 512 cores."),
        ("The cluster has 64 servers.", "The cluster has 64 nodes in all."),
        ("They shipped 40 chips last year.", "They shipped 40 processors last year."),
        ("The machine runs on 1,024 nodes.", "The machine runs on 1,024 CPUs."),
        ("It packs 16 cores into the box.", "It packs 16 chips into the box."),
        ("The rack fits 20 blades.", "The rack fits 20 servers."),
    ],
)
def test_another_unit_joins_no_version(member: str, version: str) -> None:
    assert other_unit(_fact(member), [_fact(version)])


@pytest.mark.parametrize(
    ("member", "version"),
    [
        ("It has 768 processor cores.", "The systems featured up to 768 Intel Atom cores."),
        ("The systems featured 768 cores.", "It has 768 cores."),
        ("The bricks contain up to 768 CPUs.", "Another has up to 768 CPUs too."),
        ("It holds up to 768 in all.", "The systems featured up to 768 Intel Atom cores."),
        ("Some 300 houses collapsed.", "The quake destroyed 300 homes."),
        ("12 soldiers died.", "12 troops died."),
        ("It bought 40 chips.", "It bought 40 chips and 3 servers."),
    ],
)
def test_one_unit_or_no_unit_joins_as_before(member: str, version: str) -> None:
    assert not other_unit(_fact(member), [_fact(version)])


def test_a_version_holding_the_unit_takes_it() -> None:
    versions = [_fact("It has 768 cores."), _fact("It has 768 CPUs.")]
    assert not other_unit(_fact("Up to 768 CPUs fit."), versions)
