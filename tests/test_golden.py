"""Output is byte-identical to the fixtures written before the restructure
(issue 10): same JSON, same discrepancy ids, so every review stays attached.

The MEANTIME part needs ../shared and runs in ``python -m benchmarks.golden``.
"""

from __future__ import annotations

import hashlib
import json

import pytest

from benchmarks import golden

CASES = golden.cases()
DIGESTS = json.loads(golden.DIGESTS.read_text())


def test_every_case_has_a_fixture():
    assert len(CASES) >= 20
    assert {name for name, _, _ in CASES} <= set(DIGESTS)


@pytest.mark.parametrize("name,cwd,files", CASES, ids=[c[0] for c in CASES])
def test_check_json_is_byte_identical(name, cwd, files, tmp_path):
    data = golden.run_check(files, cwd, tmp_path / "out.json")
    fixture = golden.FIXTURES / f"{name}.json"
    if data != fixture.read_bytes():
        old = json.loads(fixture.read_text())
        new = json.loads(data)
        for key in ("articles", "claims", "facts", "alignments", "discrepancies"):
            assert new[key] == old[key], f"{name}: {key} differ"
    assert hashlib.sha256(data).hexdigest() == DIGESTS[name]
