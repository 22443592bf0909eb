"""File › Export correction report: the command line's report, plus PDF.

Markdown, HTML, CSV and JSON are exactly ``workbench report``'s output; the
PDF is the same HTML laid out by Qt's own PDF writer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from .. import report
from ..files import WriteError, atomic_write, check_not_an_article, check_not_overwriting
from ..store import ReviewLog, log_files

FORMATS = {
    ".md": ("md", "Markdown (*.md)"),
    ".html": ("html", "HTML (*.html)"),
    ".csv": ("csv", "CSV for spreadsheets (*.csv)"),
    ".json": ("json", "JSON (*.json)"),
    ".pdf": ("pdf", "PDF (*.pdf)"),
}
FILTERS = ";;".join(f for _fmt, f in FORMATS.values())


def format_for(path: str, chosen_filter: str = "") -> tuple[str, str]:
    """The format and the final path: the suffix wins, else the chosen filter."""
    suffix = Path(path).suffix.lower()
    if suffix == ".htm":
        return "html", path
    if suffix in FORMATS:
        return FORMATS[suffix][0], path
    for ext, (fmt, label) in FORMATS.items():
        if label == chosen_filter:
            return fmt, path + ext
    return "html", path + ".html"


class InertDocument(QTextDocument):
    """A text document that loads nothing: the report escapes every article
    string, but were an ``<img src="/home/…">`` ever to get through, Qt would
    read that file into the PDF. Every resource is answered here, without
    looking at it: an image is a blank pixel (a null answer is not enough,
    Qt then loads the image by its file name itself), anything else empty."""

    def loadResource(self, type: int, name: QUrl) -> Any:
        if type == QTextDocument.ResourceType.ImageResource:
            blank = QImage(1, 1, QImage.Format.Format_ARGB32)
            blank.fill(0)
            return blank
        return QByteArray()


def pdf_bytes(html: str) -> tuple[bytes, int]:
    """The report as an A4 PDF, and its number of pages.

    The document is laid out on a page measured in CSS pixels (96 per inch,
    as the report's stylesheet assumes) and ``print_`` scales it to the
    writer: laying it out in the writer's own 1200-dpi pixels shrank the
    text to 1-2 pt."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle("Correction report")
    writer.setCreator("Claim Workbench")
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(15, 15, 15, 15),
        QPageLayout.Unit.Millimeter,
    )
    writer.setPageLayout(layout)
    doc = InertDocument()
    doc.setHtml(html)
    page = layout.paintRect(QPageLayout.Unit.Point)
    css_px = 96 / 72
    doc.setPageSize(QSizeF(page.width() * css_px, page.height() * css_px))
    pages = doc.pageCount()
    doc.print_(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(buffer.data()), pages


def refusal(log: ReviewLog, path: str, protected: dict[str, str | Path] | None = None) -> str:
    """Why :func:`export` would refuse to write ``path`` ("" when it would
    not): asked before "Replace it?", which a fresh window trial answered Yes
    to, only to be refused next."""
    try:
        check_not_overwriting(path, log_files(log.path) | (protected or {}))
        check_not_an_article(path)
    except WriteError as exc:
        return str(exc)
    return ""


def export(
    log: ReviewLog, path: str, fmt: str, protected: dict[str, str | Path] | None = None
) -> None:
    """Write the report; raises ``files.WriteError`` with one line on failure.

    Never over the review log, its -wal/-shm or an open article
    (``protected``: description → path), whatever the file is called."""
    check_not_overwriting(path, log_files(log.path) | (protected or {}))
    # nor any file that is not one of its reports, as the command line refuses
    # (fresh window trial: an article of another story went after one "Yes")
    check_not_an_article(path)
    with log.snapshot():  # one committed state, even while the command line writes
        text = report.render(log, "html" if fmt == "pdf" else fmt)
    atomic_write(path, pdf_bytes(text)[0] if fmt == "pdf" else text)
