"""A dollar written with letters before its sign that the currency table does not
know ("MV$ 2.5bn", "KR$40m" in a story from a country we have no code for) is a
dollar of its own, compared only with the same letters: never US$, and never the
story's home dollar. Before, the letters were passed over and "$" alone was read,
so "MV$2.5 billion" and "US$2.5 billion" were the same amount and a currency
mix-up went unflagged (the same amount in two currencies is a conflict)."""

from __future__ import annotations

import re

from workbench.facts.quantity.units import CURRENCY_SYMBOLS, UNITS, Unit

# one capital and up to three letters glued to "$", ending just before the number
OWN_DOLLAR_RE = re.compile(r"(?<![A-Za-z0-9.])[A-Z][A-Za-z]{0,3}\$[ \u00a0]?$")


_OWN: set[str] = set()  # the lettered dollars read so far (a unit registered here)


def is_own_dollar(code: str | None) -> bool:
    """Whether ``code`` is a lettered dollar the currency table does not know."""
    return bool(code) and code in _OWN


def own_dollar_before(text: str, start: int) -> tuple[Unit, int] | None:
    """The unknown lettered dollar just before ``start``, and where it starts."""
    m = OWN_DOLLAR_RE.search(text, max(0, start - 6), start)
    if m is None:
        return None
    form = m.group(0).strip()
    unit = UNITS.get(form)
    if unit is None:
        unit = Unit(form, "currency", 1.0, f"dollar written {form}", form)
        UNITS.setdefault(form, unit)
        CURRENCY_SYMBOLS.setdefault(form, form)
        _OWN.add(form)
    return UNITS[form], m.start()
