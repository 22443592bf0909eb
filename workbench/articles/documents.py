"""PDF and Word files as article text, with the page each part is on.

Press releases, court documents and reports arrive as PDF or ``.docx``.
pypdf reads a PDF's text layer page by page; python-docx reads a Word file's
paragraphs and tables in order, and its pages from the page breaks Word
records (explicit ones and those it rendered when it last saved). Pages are
separated by a blank line, so no claim runs over two pages and each one
cites one page; :func:`page_of` turns an offset into a page number.

Every failure is one line: a scanned PDF without a text layer, an encrypted
file, a broken or mislabelled one. Nothing is fetched or run (PDF actions,
JavaScript and links are never followed; a Word file's external relations are
never opened), and a Word file whose XML would unpack past the limit is
refused before it is parsed.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile

from .errors import ArticleError, EmptyArticle

MAX_PAGES = 2000
MAX_TEXT = 5 * 1024 * 1024  # characters, as for a text article
MAX_UNPACKED = 64 * 1024 * 1024  # bytes of XML in a Word file: more is a zip bomb
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .doc, or an encrypted .docx


def _joined(pages: list[str], name: str) -> tuple[str, tuple[int, ...]]:
    """The pages' text with a blank line between them, and where each starts."""
    starts, parts, at = [], [], 0
    for text in pages:
        text = re.sub(r"[ \t]+\n", "\n", text.replace("\r\n", "\n").replace("\r", "\n"))
        text = re.sub(r"\n{3,}", "\n\n", text).strip()
        starts.append(at)
        parts.append(text)
        at += len(text) + 2
    body = "\n\n".join(parts)
    if len(body) > MAX_TEXT:
        raise ArticleError(
            f"{name}: over {MAX_TEXT // 1048576} MB of text: too long for one article"
        )
    return body, tuple(starts)


def read_pdf(data: bytes, name: str) -> tuple[dict[str, str], str, tuple[int, ...]]:
    """(metadata, text, page starts) of a PDF."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # its warnings are not ours
    if not data.lstrip()[:1024].count(b"%PDF-"):
        raise ArticleError(f"{name}: not a PDF file (no %PDF header)")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ArticleError(f"{name}: encrypted PDF: it needs a password; save an unlocked copy")
        count = len(reader.pages)
        if count > MAX_PAGES:
            raise ArticleError(f"{name}: {count} pages, over the {MAX_PAGES}-page limit")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = (reader.metadata.title if reader.metadata else None) or ""
        creator = (reader.metadata.creator if reader.metadata else None) or ""
    except FileNotDecryptedError:
        raise ArticleError(
            f"{name}: encrypted PDF: it needs a password; save an unlocked copy"
        ) from None
    except DependencyError:  # AES without the optional cryptography package
        raise ArticleError(f"{name}: encrypted PDF (AES): save an unlocked copy") from None
    except ArticleError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        reason = " ".join(str(exc).split())[:120] or type(exc).__name__
        raise ArticleError(f"{name}: broken PDF file ({reason})") from None
    if not any(p.strip() for p in pages):
        raise ArticleError(
            f"{name}: no text in this PDF ({count} page{'s' if count != 1 else ''}): "
            "a scanned document needs OCR first"
        )
    body, starts = _joined(pages, name)
    meta = {"title": " ".join(str(title).split())} if str(title).strip() else {}
    if str(creator).strip():
        meta["creator"] = str(creator).strip()  # our own report says so (parse.py)
    return meta, body, starts


def _check_zip(data: bytes, name: str) -> None:
    if data.startswith(_OLE):
        raise ArticleError(
            f"{name}: an encrypted Word file or an old .doc: save it unlocked as .docx"
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if "word/document.xml" not in z.namelist():
                raise ArticleError(f"{name}: broken Word file (no document in it)")
            if sum(i.file_size for i in z.infolist()) > MAX_UNPACKED:
                raise ArticleError(f"{name}: Word file unpacks to over 64 MB: refused")
    except zipfile.BadZipFile:
        raise ArticleError(f"{name}: broken Word file (not a .docx package)") from None


def read_docx(data: bytes, name: str) -> tuple[dict[str, str], str, tuple[int, ...]]:
    """(metadata, text, page starts) of a Word .docx file."""
    _check_zip(data, name)
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        pages: list[list[str]] = [[]]
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                for row in block.rows:
                    cells = dict.fromkeys(c.text.strip() for c in row.cells)  # merged cells repeat
                    pages[-1].append(" ".join(c for c in cells if c))
                continue
            if _starts_page(block) and any(pages[-1]):
                pages.append([])
            pages[-1].append(block.text.strip())
        title = document.core_properties.title or ""
    except Exception as exc:  # noqa: BLE001 - python-docx and lxml raise many kinds
        reason = " ".join(str(exc).split())[:120] or type(exc).__name__
        raise ArticleError(f"{name}: broken Word file ({reason})") from None
    texts = ["\n\n".join(p for p in page if p) for page in pages]
    if not any(t.strip() for t in texts):
        raise EmptyArticle(f"{name}: no article text found; left out")
    body, starts = _joined(texts, name)
    return ({"title": title.strip()} if title.strip() else {}), body, starts


def _starts_page(paragraph) -> bool:
    """A paragraph that begins after a page break Word recorded (explicit,
    or rendered when the file was last saved)."""
    xml = paragraph._p  # python-docx has no public query for explicit page breaks
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for el in xml.iter(f"{ns}br", f"{ns}lastRenderedPageBreak", f"{ns}pageBreakBefore"):
        if el.tag.endswith("lastRenderedPageBreak") or el.tag.endswith("pageBreakBefore"):
            return True
        if el.get(f"{ns}type") == "page":
            return True
    return False


def page_of(starts: tuple[int, ...], offset: int) -> int | None:
    """The page number (from 1) of a character offset, or None without pages."""
    if not starts:
        return None
    page = 0
    for i, start in enumerate(starts):
        if start <= offset:
            page = i
    return page + 1
