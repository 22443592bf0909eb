"""A report item's first line: the same line ``check`` and the window show
above a finding's explanation (``findings.headline``), read from the item."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..findings.headline import headline


def item_headline(item: dict[str, Any], verdict: str) -> str:
    """``verdict``: as the report says it ("raised by Ann" for an editor's)."""
    versions = [(v["value"], [s["article"] for s in v["sources"]]) for v in item["versions"]]
    outlets = Counter()
    named: dict[str, str] = {}
    for v in item["versions"]:
        for s in v["sources"]:
            if s["article"] not in named:
                named[s["article"]] = s["outlet"]
                outlets[s["outlet"]] += 1
    # an outlet names its article when no other source of the item shares it
    names = {a: o if o and outlets[o] == 1 else a for a, o in named.items()}
    return headline(item["kind"], verdict, versions, names, item["explanation"])
