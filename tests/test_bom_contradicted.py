"""A UTF-16 byte order mark the rest of the file contradicts does not win.

A fresh trial's file began with the bytes FF FE and went on in plain ASCII:
it was read as UTF-16 ("⃺慧扲条…") and went in as an article of one word.
Real UTF-16 files, in any script, with or without their mark, still read.
"""

from __future__ import annotations

import random

import pytest

from workbench.articles import load_article
from workbench.articles.decoding import bom_contradicted, decode

ENGLISH = (
    "Firefighters said on Monday that 12 people died in the blaze at the warehouse.\n"
    'The mayor, Ana Ruiz, said: "We will rebuild." Police arrested two men.\n'
)
TEXTS = {
    "English": ENGLISH,
    "French": "Les pompiers ont déclaré lundi que douze personnes étaient mortes. « Nous "
    "reconstruirons », a dit la maire.\n",
    "Chinese": "消防部门周一表示，仓库火灾造成十二人死亡。"
    "市长表示：“我们将重建。”警方逮捕了两名男子。\n",
    "Japanese": "消防当局は月曜日、倉庫の火災で十二人が死亡したと発表した。ひらがなとカタカナ。\n",
    "Russian": "Пожарные заявили в понедельник, что при пожаре на складе погибли 12 человек.\n",
    "Korean": "소방당국은 월요일 창고 화재로 12명이 숨졌다고 밝혔다. 경찰은 두 명을 체포했다.\n",
}
BOMS = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}


# without a mark, UTF-16 is told by the NULs beside its ASCII: mostly-ASCII text only
REAL = [
    (language, codec, with_mark)
    for language in TEXTS
    for codec in BOMS
    for with_mark in (True, False)
    if with_mark or language in ("English", "French")
]


@pytest.mark.parametrize(("language", "codec", "with_mark"), REAL)
def test_real_utf16_files_still_read(tmp_path, language, codec, with_mark):
    text = TEXTS[language]
    data = (BOMS[codec] if with_mark else b"") + text.encode(codec)
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    article = load_article(path)
    assert article.text.strip() == text.strip()
    assert not any("byte order mark" in w for w in article.warnings)


CP1252 = "The café’s owner said 12 people died in the fire on Monday.\n"
STRAY = {
    "ascii": (ENGLISH.encode("ascii"), ENGLISH),
    "utf-8 accents": (TEXTS["French"].encode("utf-8"), TEXTS["French"]),
    "cp1252": (CP1252.encode("cp1252"), CP1252),
    "odd length": (ENGLISH.encode("ascii") + b"!", ENGLISH + "!"),
}


@pytest.mark.parametrize("mark", BOMS.values(), ids=BOMS.keys())
@pytest.mark.parametrize("case", STRAY)
def test_a_mark_before_plain_text_is_two_stray_bytes(tmp_path, mark, case):
    body, text = STRAY[case]
    path = tmp_path / "stray.txt"
    path.write_bytes(mark + body)
    article = load_article(path)
    assert article.text.strip() == text.strip()
    assert not any("only" in w and "word" in w for w in article.warnings)
    said = [w for w in article.warnings if "byte order mark" in w]
    assert len(said) == 1 and said[0].startswith(f"{path}: ")


def test_a_stray_mark_on_a_web_page_is_said_too(tmp_path):
    path = tmp_path / "page.html"
    page = f"<html><head><title>Fire</title></head><body><p>{ENGLISH}</p></body></html>"
    path.write_bytes(b"\xff\xfe" + page.encode("ascii"))
    article = load_article(path)
    assert "12 people died" in article.text
    assert any("byte order mark" in w for w in article.warnings)


def test_too_short_to_tell_keeps_the_mark():
    # two CJK characters whose bytes happen to be printable: the mark decides
    text = "慧扲"
    assert decode(b"\xff\xfe" + text.encode("utf-16-le"), "x") == text
    assert not bom_contradicted(b"\xff\xfe" + text.encode("utf-16-le"))


def test_random_text_of_other_scripts_is_never_taken_for_plain_bytes():
    rng = random.Random(27)
    blocks = [(0x4E00, 0x9FFF), (0x3040, 0x30FF), (0xAC00, 0xD7A3), (0x0400, 0x04FF)]
    blocks.append((0x2020, 0x7E7E))  # the code points plain bytes pair into
    blocks += [(0x0600, 0x06FF), (0x0E00, 0x0E7F), (0x0100, 0x7FFF)]  # Arabic, Thai, any
    for _ in range(2000):
        low, high = rng.choice(blocks)
        text = "".join(chr(rng.randint(low, high)) for _ in range(rng.randint(16, 80)))
        for codec, mark in BOMS.items():
            data = mark + text.encode(codec)
            assert not bom_contradicted(data), text
            assert decode(data, "x") == text


def test_utf32_mark_is_left_to_utf32():
    text = "Twelve people died.\n"
    assert decode(text.encode("utf-32"), "x") == text
    assert not bom_contradicted(text.encode("utf-32"))
