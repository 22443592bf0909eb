"""Counts of different units are not one version of a finding (user trial 50).

"up to 768 CPUs" (43_10), "up to 768 Intel Atom cores" (43_12) and "384
dual-core processors (768 cores)" (43_4): the judge never compares a count of
CPUs with a count of cores (the quantity family keeps different counted nouns
apart), yet the finding over the two counts of cores listed the CPUs as a
source of 'up to 768', because a member's figure joined a version by its value
alone (``fill``). CPUs, processors, cores, servers, nodes and chips are
different units of a count: a member's figure naming another counted noun
than every side of the version joins none ("768 cores" / "768 processor
cores" both count cores and still join). A figure naming nothing ("up to
768") and nouns told in other words by one plural or the other ("homes" /
"houses", "soldiers" / "troops") are left to the value, as before.

Read from the facts' stored values (``Fact.value["counted"]``, already a
singular noun): the review log imports this package and may not reach the
fact families.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Fact

# Units a machine is counted in: each counts another thing (a server holds
# processors, a processor cores). Two of them are never one figure.
COUNT_UNITS = frozenset(
    {"cpu", "processor", "core", "server", "node", "chip", "socket", "thread", "blade",
     "rack", "machine", "computer", "gpu"}
)  # fmt: skip


def counted_of(fact: Fact | None) -> str:
    """The noun a count names ('' when none or not a count)."""
    value = fact.value if fact is not None and isinstance(fact.value, dict) else {}
    noun = value.get("counted")
    return noun.casefold() if isinstance(noun, str) else ""


def other_unit(fact: Fact, version: Iterable[Fact | None]) -> bool:
    """Whether ``fact`` counts in a unit of ``COUNT_UNITS`` that no side of
    the version counts in, while a side names another of them: "768 CPUs"
    against a version of "768 cores"."""
    mine = counted_of(fact)
    theirs = {n for f in version if (n := counted_of(f))}
    if not mine or not theirs or mine in theirs:
        return False
    return mine in COUNT_UNITS and bool(theirs & COUNT_UNITS)
