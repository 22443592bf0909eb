"""PDF and Word sources (issue 13, part 3): text with the page it is on, and
one line for a scanned, encrypted, broken or mislabelled file."""

from __future__ import annotations

import io
import zipfile

import pytest

from workbench.articles import ArticleError, load_article, page_of
from workbench.cli import main


def make_pdf(pages: list[str], password: str | None = None, title: str = "") -> bytes:
    """A PDF whose pages hold these lines in Helvetica, as a word processor writes them."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    w = PdfWriter()
    font = w._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
    )
    for text in pages:
        page = w.add_blank_page(612, 792)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        )
        ops = ["BT /F1 12 Tf 72 720 Td 14 TL"]
        for line in text.split("\n") if text else []:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({escaped}) Tj T*")
        ops.append("ET")
        stream = DecodedStreamObject()
        stream.set_data("\n".join(ops).encode("latin-1"))
        page[NameObject("/Contents")] = w._add_object(stream)
    if title:
        w.add_metadata({"/Title": title})
    if password:
        w.encrypt(user_password=password, algorithm="RC4-128")
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def make_docx(pages: list[list[str]], title: str = "", table: list[list[str]] | None = None):
    import docx

    d = docx.Document()
    d.core_properties.title = title
    for i, paragraphs in enumerate(pages):
        if i:
            d.add_page_break()
        for text in paragraphs:
            d.add_paragraph(text)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                t.cell(r, c).text = text
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def write(tmp_path, name: str, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return p


RELEASE = [
    "Northgate Pharmaceuticals said its drug cut severe attacks by 47 percent.\n"
    "The trial enrolled 1,180 adults over 52 weeks.",
    "The company will file for approval in the second half of 2020.",
    "About Northgate: the company employs about 600 people.",
]


def test_pdf_text_keeps_its_pages(tmp_path):
    a = load_article(write(tmp_path, "release.pdf", make_pdf(RELEASE, title="Trial results")))
    assert a.title == "Trial results"
    assert a.text.split("\n\n") == RELEASE
    assert len(a.pages) == 3
    for number, page in enumerate(RELEASE, start=1):
        at = a.text.index(page)
        assert a.pages[number - 1] == at
        assert page_of(a.pages, at) == number
        assert page_of(a.pages, at + len(page) - 1) == number
    assert page_of((), 10) is None


def test_word_text_keeps_its_pages_paragraphs_and_tables(tmp_path):
    data = make_docx(
        [["The court fined the operator £250,000.", "The deckhand was 23."], ["Page two text."]],
        title="Judgment",
        table=[["Fine", "£250,000"], ["Costs", "£40,000"]],
    )
    a = load_article(write(tmp_path, "judgment.docx", data))
    assert a.title == "Judgment"
    assert a.text == (
        "The court fined the operator £250,000.\n\nThe deckhand was 23.\n\n"
        "Page two text.\n\nFine £250,000\n\nCosts £40,000"
    )
    assert page_of(a.pages, a.text.index("deckhand")) == 1
    assert page_of(a.pages, a.text.index("Page two")) == 2


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    "name, data, words",
    [
        ("scan.pdf", lambda: make_pdf(["", ""]), "no text in this PDF (2 pages): a scanned"),
        ("locked.pdf", lambda: make_pdf(["Secret text."], password="pw"), "encrypted PDF"),
        ("cut.pdf", lambda: make_pdf(RELEASE)[:300], "broken PDF file"),
        ("junk.pdf", lambda: b"%PDF-1.7\nnot really a pdf at all", "broken PDF file"),
        ("named.pdf", lambda: b"Plain text named .pdf", "not a PDF file"),
        (
            "locked.docx",
            lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
            "encrypted Word",
        ),
        ("junk.docx", lambda: b"PK\x03\x04 broken zip", "broken Word file"),
        ("other.docx", lambda: _zip({"a.txt": b"x"}), "broken Word file (no document"),
        ("bomb.docx", lambda: _zip({"word/document.xml": b" " * (65 * 1024 * 1024)}), "64 MB"),
        ("empty.docx", lambda: make_docx([[""]]), "no article text"),
    ],
)
def test_bad_documents_get_one_line(tmp_path, name, data, words):
    p = write(tmp_path, name, data())
    with pytest.raises(ArticleError) as info:
        load_article(p)
    message = str(info.value)
    assert "\n" not in message and message.startswith(f"{p}: ")
    assert words in message, message


def test_a_pdf_and_a_word_file_through_check_with_page_numbers(tmp_path, capsys):
    pdf = write(
        tmp_path,
        "a.pdf",
        make_pdf(["Storm report.", "The storm closed 40 schools on Monday, officials said."]),
    )
    word = write(
        tmp_path, "b.docx", make_docx([["The storm closed 14 schools on Monday, officials said."]])
    )
    db = tmp_path / "review.sqlite"
    code = main(["check", str(pdf), str(word), "--db", str(db), "--published", f"{pdf}=2024-01-08"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "CONFLICT" in out
    assert "  a (p. 2): " in out and "  b (p. 1): " in out


def test_a_pdf_with_a_bad_one_beside_it_is_skipped_on_one_line(tmp_path, capsys):
    good = [
        write(tmp_path, "a.pdf", make_pdf(["The storm closed 40 schools on Monday."])),
        write(tmp_path, "b.txt", b"The storm closed 14 schools on Monday.\n"),
    ]
    scan = write(tmp_path, "scan.pdf", make_pdf([""]))
    db = tmp_path / "review.sqlite"
    code = main(["check", *map(str, good), str(scan), "--db", str(db)])
    _, err = capsys.readouterr()
    assert code == 2 and not db.exists()
    assert err.splitlines()[0].startswith(f"workbench: not read: {scan}: no text in this PDF")


def test_page_starts_are_kept_in_the_json_and_the_review_log(tmp_path, capsys):
    """Page numbers stay citable after the check: in the JSON format and in the
    log, from which a reopened window rebuilds its articles."""
    import json

    from workbench.cli import main
    from workbench.store import ReviewLog
    from workbench.ui.session import article_from_record

    pdf = tmp_path / "release.pdf"
    pdf.write_bytes(make_pdf(["The ferry carried 120 people.", "Two crew were hurt."]))
    other = tmp_path / "wire.txt"
    other.write_text("The ferry carried 150 people. Two crew were hurt.", encoding="utf-8")
    out, db = tmp_path / "a.json", tmp_path / "log.sqlite"
    assert main(["check", str(pdf), str(other), "--db", str(db), "--json", str(out), "-q"]) == 0
    capsys.readouterr()
    data = {a["id"]: a for a in json.loads(out.read_text(encoding="utf-8"))["articles"]}
    assert len(data["release"]["pages"]) == 2 and data["wire"]["pages"] == []
    log = ReviewLog(db, create=False)
    again = {r.id: article_from_record(r) for r in log.articles()}
    log.close()
    assert list(again["release"].pages) == data["release"]["pages"]
    assert again["wire"].pages == ()
