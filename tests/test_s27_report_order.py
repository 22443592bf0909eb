"""Trial 36 (problem 12): the report's sections came in a different order in
Markdown ("Disputed, no article named" before "Corrections that look made")
and in HTML (after). One order, ``report.SECTIONS``, in every format."""

from __future__ import annotations

import copy
import html as html_lib
import json
import re

import pytest

from workbench.cli import main
from workbench.report import SECTIONS, build_report, to_json
from workbench.report.as_html import to_html
from workbench.report.as_markdown import to_markdown
from workbench.store import ReviewLog

STORIES = {
    "a count": (
        "The ferry carried 212 passengers when it ran aground off Ostholm on Tuesday.\n",
        "The ferry carried 240 passengers when it ran aground off Ostholm on Tuesday.\n",
    ),
    "a name": (
        "Director Magdalena Kowalczyk opened the new wing of the clinic on Tuesday.\n",
        "Director Magdalena Kowalcyzk opened the new wing of the clinic on Tuesday.\n",
    ),
}


def _data(tmp_path, story: str) -> dict:
    """A real report's data, with an item put under every section."""
    files = []
    for k, text in enumerate(STORIES[story]):
        p = tmp_path / f"a{k}.txt"
        p.write_text(f"---\npublished: 2024-03-0{k + 1}\n---\n{text}", encoding="utf-8")
        files.append(str(p))
    db = str(tmp_path / "log.sqlite")
    assert main(["check", *files, "--db", db, "-q"]) == 0
    log = ReviewLog(db)
    try:
        (f, *_) = [f for f in log.findings() if f.verdict == "conflict"]
        args = ["review", f.id, "--db", db, "--status", "needs-correction", "--article", "a1"]
        assert main([*args, "--correction", "right", "--reviewer", "Ann"]) == 0
        data = build_report(log)
    finally:
        log.close()
    (item,) = data["findings"]
    art = next(a for a in data["articles"] if a["items"])
    data["disputed"] = [copy.deepcopy(item)]
    art["corrected"] = [copy.deepcopy(item)]
    data["agreed"] = [copy.deepcopy(item)]
    confirmed = copy.deepcopy(item) | {"orphaned": True, "corrected": []}
    confirmed["confirmed"] = {"article": "a1", "correction": "x", "reviewer": "Ann", "at": "t"}
    gone = copy.deepcopy(item) | {"orphaned": True, "corrected": [], "confirmed": None}
    data["orphaned"] = [confirmed, gone]
    return data


def _order(headings: list[str]) -> list[str]:
    return [h for h in headings if h in SECTIONS]


@pytest.mark.parametrize("story", STORIES)
def test_md_and_html_list_their_sections_in_one_order(tmp_path, story):
    data = _data(tmp_path, story)
    md = _order(re.findall(r"^## (.+)$", to_markdown(data), re.M))
    html = _order([html_lib.unescape(h) for h in re.findall(r"<h2>(.*?)</h2>", to_html(data))])
    for needed in ("Disputed, no article named", "Corrections that look made", "Orphaned reviews"):
        assert needed in md, md
    assert md == html
    assert md == [s for s in SECTIONS if s in md]  # the one order, not only the same
    assert md.index("Disputed, no article named") < md.index("Corrections that look made")


@pytest.mark.parametrize("story", STORIES)
def test_json_keys_follow_the_same_order(tmp_path, story):
    data = _data(tmp_path, story)
    keys = list(json.loads(to_json(data)))
    sections = ["summary", "articles", "disputed", "findings", "agreed", "coverage"]
    sections += ["manual_links", "orphaned"]
    assert [k for k in keys if k in sections] == sections
