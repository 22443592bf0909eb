"""Every module stays readable: under 500 lines, its functions under 80
(issue 10; the whole package, window included)."""

from __future__ import annotations

import ast

from conftest import ROOT

PACKAGE = ROOT / "workbench"
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 80


def test_modules_and_functions_stay_small():
    too_long = []
    for path in sorted(PACKAGE.rglob("*.py")):
        src = path.read_text(encoding="utf-8")
        name = path.relative_to(ROOT)
        if src.count("\n") > MAX_MODULE_LINES:
            too_long.append(f"{name}: {src.count(chr(10))} lines")
        for node in ast.walk(ast.parse(src)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    too_long.append(f"{name}:{node.lineno} {node.name}: {length} lines")
    assert too_long == []
