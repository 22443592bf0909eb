"""No module of the package imports itself back, directly or through others.

The import graph is read with ``ast`` from every import statement, at any
depth (function-level and ``TYPE_CHECKING`` imports included: a cycle hidden
behind them is still a cycle). ``from pkg import name`` points at the module
``pkg.name`` when there is one, else at ``pkg``. Strongly connected components
of more than one module are cycles.
"""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "workbench"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def import_graph(root: Path = PACKAGE) -> dict[str, set[str]]:
    """Module -> the modules of ours it imports."""
    paths = {module_name(p): p for p in root.rglob("*.py")}
    ours = set(paths)
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    target = ".".join([*base, node.module] if node.module else base)
                else:
                    target = node.module or ""
                for a in node.names:
                    sub = f"{target}.{a.name}"
                    found.add(sub if sub in ours else target)
        graph[name] = {m for m in found if m in ours and m != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with a cycle (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.get(root, ()))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                comp = []
                while True:
                    m = stack.pop()
                    on_stack.discard(m)
                    comp.append(m)
                    if m == node:
                        break
                if len(comp) > 1:
                    out.append(sorted(comp))
    return out


def test_the_package_has_no_import_cycle():
    assert cycles(import_graph()) == []


def test_the_graph_is_real():
    graph = import_graph()
    assert "workbench.facts.time.mention" in graph["workbench.facts.time.compare"]
    assert "workbench.facts.time.rules" in graph["workbench.facts.time.find"]


def test_a_cycle_is_caught():
    graph = import_graph()
    graph["workbench.facts.time.mention"] = graph["workbench.facts.time.mention"] | {
        "workbench.facts.time.find"
    }
    assert ["workbench.facts.time.find", "workbench.facts.time.mention"] in [
        [m for m in c if m in ("workbench.facts.time.find", "workbench.facts.time.mention")]
        for c in cycles(graph)
    ]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
