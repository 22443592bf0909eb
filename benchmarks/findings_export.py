"""Packets for fresh readers judging claim groups, and their judgments kept
(``python -m benchmarks.findings --export DIR`` / ``--add-judgments DIR READER``).

An export writes, per event, ``EVENT.md`` (every claim group, each member's
sentence with its article), ``EVENT.json`` (the template a reader fills) and
``members/EVENT.json`` (each group's members as shown), with the readers' brief
(``BRIEF.md``) and ``members/_packet.json`` (the articles shown: ``size`` after the
first ``skip`` of each event). Adding the judgments reads the members as shown,
so a grouping changed after the export does not misplace them.
"""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.findings import DATA, _members, articles_of

BRIEF = """# Judging claim groups

You are a news editor. Each file EVENT.md lists the claim groups the tool found
in five reports of one event; each line is one source's sentence (or two
neighbouring sentences). A line marked "again" is the same source stating the
claim a second time (a headline and its lead, say).

For every group fill in EVENT.json:

- `one_claim`: true if every line states the same claim — the same fact, event,
  statement or detail. Lines may differ in wording, detail or even in the values
  they give ("24 killed" vs "5 killed" about the same death toll is the same
  claim). false if at least one line says something else (a different product or
  person, say). A sentence that merely shares the topic, a word or a side mention
  with the others is not the same claim.
- `odd_members`: when false, the lines that do not belong with the rest: the
  source id in brackets (for example "4_5ecb"), or "4_5ecb again" for that
  source's "again" line only.
- `same_as`: other groups of the same file that state the same claim and should
  have been one group with it (for example ["g4"]).
- `note`: one short sentence when worth saying.

Judge from the sentences shown; do not look anything up. Leave the folder
`members/` as it is (it records what each group held).
"""


def export(analysis, folder: Path, name: str) -> None:
    """Per event, for readers judging the grouping: every claim group with
    each member's sentence (``EVENT.md``) and a template to fill
    (``EVENT.json``: for each group, one_claim, odd_members, same_as, note)."""
    claims = {c.id: c for c in analysis.claims}
    outlets = {a.id: (a.outlet or a.id) for a in analysis.articles}
    lines = [
        f"# {name}: claim groups",
        "",
        "Each group should be ONE claim as stated by each source that carries it.",
        "",
    ]
    template = []
    for g in analysis.groups:
        lines.append(f"## {g.id}")
        for m in g.members:
            text = " ".join(claims[c].text for c in m.claims)
            lines.append(f"- [{m.article} · {outlets[m.article]}] {' '.join(text.split())}")
            for c in m.restated:  # the same source stating the claim again
                again = " ".join(claims[c].text.split())
                lines.append(f"- [{m.article} · {outlets[m.article]}, again] {again}")
        lines.append("")
        template.append(
            {"group": g.id, "one_claim": None, "odd_members": [], "same_as": [], "note": ""}
        )
    (folder / f"{name}.md").write_text("\n".join(lines), encoding="utf-8")
    (folder / f"{name}.json").write_text(json.dumps(template, indent=1) + "\n", encoding="utf-8")
    # the members as shown, for --add-judgments whatever the grouping is by then
    (folder / "members").mkdir(exist_ok=True)
    shown = {g.id: _members(analysis, g) for g in analysis.groups}
    (folder / "members" / f"{name}.json").write_text(json.dumps(shown, indent=1) + "\n")


def add_judgments(folder: Path, reader: str, size: int, skip: int = 0) -> None:
    """Store a reader's judgments with each group's members spelled out, so
    they can score later groupings (group ids change; sentences do not). The
    members are read from the packet's ``members/`` (written by ``export``:
    the groups as the reader saw them, whatever the code does now), else from
    the groups made again; so are the articles judged (``size``, ``skip``)."""
    out = DATA / f"{reader}.json"
    kept = []
    packet = folder / "members" / "_packet.json"
    if packet.exists():
        size, skip = (json.loads(packet.read_text(encoding="utf-8"))[k] for k in ("size", "skip"))
    for path in sorted(folder.glob("*.json")):
        name = path.stem
        shown = folder / "members" / f"{name}.json"
        if shown.exists():
            by_id = json.loads(shown.read_text(encoding="utf-8"))
        else:
            from workbench.analysis import analyze
            from workbench.articles import load_articles

            analysis = analyze(load_articles([str(f) for f in articles_of(name, size, skip)]))
            by_id = {g.id: _members(analysis, g) for g in analysis.groups}
        for j in json.loads(path.read_text(encoding="utf-8")):
            kept.append(
                {
                    "event": name,
                    "members": by_id[j["group"]],
                    "one_claim": j["one_claim"],
                    "odd_members": j["odd_members"],
                    "same_as": [by_id[g] for g in j["same_as"]],
                    "note": j.get("note", ""),
                }
            )
    DATA.mkdir(exist_ok=True)
    head = {"reader": reader, "size": size, **({"skip": skip} if skip else {})}
    out.write_text(json.dumps({**head, "groups": kept}, indent=1) + "\n")
    print(f"kept {len(kept)} judged groups as {out}")
