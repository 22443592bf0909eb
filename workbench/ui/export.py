"""File › Export correction report: the command line's report, plus PDF.

Markdown, HTML, CSV and JSON are exactly ``workbench report``'s output; the
PDF is the same HTML laid out by Qt's own PDF writer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from .. import report
from ..files import atomic_write
from ..store import ReviewLog

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


def pdf_bytes(html: str) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle("Correction report")
    writer.setCreator("Claim Workbench")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    doc = QTextDocument()
    doc.setHtml(html)
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    doc.print_(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(buffer.data())


def export(log: ReviewLog, path: str, fmt: str) -> None:
    """Write the report; raises ``files.WriteError`` with one line on failure."""
    if fmt == "pdf":
        atomic_write(path, pdf_bytes(report.render(log, "html")))
    else:
        atomic_write(path, report.render(log, fmt))
