"""The architecture's boundaries, checked on the import statements of every
module (function-level imports included), so a violation fails the tests
instead of waiting for a reviewer to notice."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from conftest import ROOT

PACKAGE = ROOT / "workbench"


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def imports_of(path: Path) -> set[str]:
    """Absolute names of everything a module imports, at any depth."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
    return found


def graph() -> dict[str, set[str]]:
    return {module_name(p): imports_of(p) for p in PACKAGE.rglob("*.py")}


def touches(imported: set[str], prefix: str) -> bool:
    return any(i == prefix or i.startswith(prefix + ".") for i in imported)


# (who, must not import, why)
CONTRACTS = [
    ("core", "PySide6", "the core runs on servers and in CI without Qt"),
    ("core", "workbench.ui", "the window is a shell over the core, never the reverse"),
    ("workbench.judge", "workbench.align", "judging does not depend on how claims were aligned"),
    ("workbench.facts", "workbench.judge", "facts are found without knowing how they are judged"),
    ("workbench.facts", "workbench.align", "facts are found without knowing the aligner"),
    ("workbench.facts", "workbench.analysis", "the pipeline calls the extractors, not back"),
    ("workbench.facts", "workbench.store", "extractors never touch the review log"),
    ("workbench.facts.time", "workbench.facts.quantity", "families share only the lexicon"),
    ("workbench.facts.time", "workbench.facts.quote", "families share only the lexicon"),
    ("workbench.facts.quantity", "workbench.facts.time", "families share only the lexicon"),
    ("workbench.facts.quantity", "workbench.facts.quote", "families share only the lexicon"),
    ("workbench.facts.quote", "workbench.facts.time", "families share only the lexicon"),
    ("workbench.facts.quote", "workbench.facts.quantity", "families share only the lexicon"),
    ("workbench.facts.lexicon", "workbench.", "the shared words depend on nothing of ours"),
    ("workbench.store", "workbench.analysis", "the log stores analyses, it does not make them"),
    ("workbench.store", "workbench.judge", "the log stores verdicts, it does not make them"),
    ("workbench.store", "workbench.facts", "the log stores facts as records"),
    ("workbench.store", "workbench.service", "the check uses the log, never the reverse"),
    ("workbench.store", "workbench.report", "the report reads the log's records"),
    ("workbench.model", "workbench.", "the values every layer shares depend on none"),
    ("workbench.text", "workbench.", "shared text helpers depend on nothing of ours"),
]
# The command line starts the window from `workbench open`, inside that function only.
ALLOWED = {("workbench.cli", "workbench.ui")}


def owners(who: str, modules: dict[str, set[str]]) -> list[str]:
    if who == "core":
        return [m for m in modules if not m.startswith("workbench.ui")]
    return [m for m in modules if m == who or m.startswith(who + ".")]


def violations(modules: dict[str, set[str]]) -> list[str]:
    out = []
    for who, banned, why in CONTRACTS:
        for m in owners(who, modules):
            if (m, banned) in ALLOWED:
                continue
            hits = (
                [i for i in modules[m] if i.startswith(banned) and not i.startswith(m)]
                if banned.endswith(".")
                else [i for i in modules[m] if i == banned or i.startswith(banned + ".")]
            )
            hits = [h for h in hits if h != "workbench.__version__"]  # the version string
            if hits:
                out.append(f"{m} imports {sorted(hits)[0]}: {why}")
    return out


def test_the_import_contracts_hold():
    assert violations(graph()) == []


@pytest.mark.parametrize(
    ("module", "imported"),
    [
        ("workbench.judge", "workbench.align"),
        ("workbench.store", "PySide6.QtCore"),
        ("workbench.facts.time.find", "workbench.judge"),
        ("workbench.facts.time.spans", "workbench.facts.quantity.numbers"),
        ("workbench.model", "workbench.store"),
    ],
)
def test_a_broken_contract_is_caught(module, imported):
    modules = graph()
    modules[module] = modules[module] | {imported}
    assert any(v.startswith(f"{module} imports {imported}") for v in violations(modules))


def test_ui_is_the_only_qt_user_and_the_graph_is_real():
    modules = graph()
    assert len(modules) > 40
    assert touches(modules["workbench.ui.window"], "PySide6")
    assert touches(modules["workbench.analysis"], "workbench.align")
