"""The rewrite of the pinned model is the same bytes however it is assembled
(session 16 assembles it from views of the model with one copy, to hold the
GIL less): the saved graph's key and the cached vectors stay valid only if
the rewritten graph does not change."""

from __future__ import annotations

import hashlib

import pytest

from workbench import embed, embed_int8

needs_model = pytest.mark.skipif(
    not embed.available(), reason="optional 'embeddings' extra not installed"
)

#: sha256 of the rewrite of the pinned model.onnx (embed.MODEL_SHA256), as
#: session 15 made it with its copies, with and without the int8 tables kept
REWRITTEN = {
    True: "ed472ee843772cd7198fc6cf7db0563b9bdbfc50c8592c50a737d92a759f3daf",
    False: "beae6f405485d991a4210f0f02d30ec556a07441430432ed2c63e976fb64796e",
}


@needs_model
@pytest.mark.parametrize("tables", [True, False])
def test_the_rewritten_model_is_the_same_bytes(tables):
    d = embed.model_dir()
    assert d is not None
    data = (d / embed.MODEL_FILE).read_bytes()
    out = embed_int8.rewrite(data, int8_tables=tables)
    assert isinstance(out, bytes)
    assert hashlib.sha256(out).hexdigest() == REWRITTEN[tables]
    assert embed_int8.model_bytes(data, embed.MODEL_SHA256) == embed_int8.rewrite(data)
