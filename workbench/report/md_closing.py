"""The correction report's closing sections in Markdown, after every
finding: the agreements (nothing to review), the claims some sources leave
out, and the sentences an editor linked or unlinked by hand (its one line
shared with the HTML report). Every untrusted string goes through ``escape``."""

from __future__ import annotations

from typing import Any

from ..findings.agreed_measures import report_measures
from .disputed import disputed_text
from .escape import md, md_code, quoted
from .notes import finding_notes


def agreed_md(items: list[dict[str, Any]]) -> list[str]:
    """Agreements, one line each: every source states the same figure."""
    if not items:
        return []
    out = [
        "## Agreed",
        "",
        "Every source states the same figure as written, or figures that agree by conversion, "
        "bound or rounding, each read from its own words; or one value in every source, or dates "
        "that fall on one day or name one period, or one inside the other; nothing to review.",
        "",
    ]
    for f in items:
        n = len({s["article"] for v in f["versions"] for s in v["sources"]})
        said = " ≈ ".join(quoted(v["value"]) for v in f["versions"]) + f" ({n} sources)"
        if measures := report_measures(f["versions"]):  # ratios of two things (trial 44)
            of = (
                f"{quoted(v['value'])} (of the {m})"
                for v, m in zip(f["versions"], measures, strict=True)
            )
            said = f"{' and '.join(of)}, each agreed among its sources ({n} sources)"
        said += md(disputed_text(f)) + "".join(f" — note: {md(t)}" for t in finding_notes(f))
        out.append(f"- {md_code(f['id'])} {md(f['kind'])}: {said}")
    return [*out, ""]


def coverage_md(rows: list[dict[str, Any]]) -> list[str]:
    if not rows:
        return []
    out = [
        "## Claims some sources leave out",
        "",
        "Claims most independent sources carry; an omission may be worth a look.",
        "",
    ]
    for r in rows:
        out.append(
            f"- {md(r['claim'])} — carried by {len(r['carried'])} "
            f"({r['independent']} of {r['sources']} independent); left out by "
            + ", ".join(md_code(a) for a in r["omitted"])
        )
    return [*out, ""]


def by_hand_line(m: dict[str, str], code, text) -> str:
    """One link or unlink an editor made, in a report's own escaping."""
    verb = "linked" if m["kind"] == "link" else "unlinked"
    who = f" by {text(m['editor'])}" if m["editor"] else ""
    return (
        f"{verb}{who} ({text(m['at'])}): {code(m['left'])} “{text(m['left_sentence'])}” "
        f"and {code(m['right'])} “{text(m['right_sentence'])}”"
    )


def by_hand_md(links: list[dict[str, str]]) -> list[str]:
    if not links:
        return []
    out = ["## Sentences linked or unlinked by an editor", ""]
    out += [f"- {by_hand_line(m, md_code, md)}" for m in links]
    return [*out, ""]
