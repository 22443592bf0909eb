"""Hostile article and editor text through every export and the command line.

Articles, notes, corrections and reviewer names are written by others; what
matters is what a reader of the report or of the terminal would notice: a
spreadsheet row split in two with a formula in it, a Markdown viewer fetching
an image, an HTML tag that runs, a terminal that clears itself or shows a
forged line.
"""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import write

from workbench.cli import main
from workbench.report import CSV_FIELDS, render
from workbench.store import ReviewLog
from workbench.terminal import one_line, visible_controls

ESC = "\x1b"
# raw characters that must never reach a terminal or a text export as themselves
RAW_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")

TITLE_A = '<img src="file:///etc/hosts"> ![t](http://evil.example/t.png) \u202eevil'
OUTLET_A = "[Courier](javascript:alert(1)) <script>alert(1)</script>"
TITLE_B = '=HYPERLINK("http://evil.example","Blaze")'
OUTLET_B = "@Gazette | pipe"
# the quote of a: a quote discrepancy whose *value* carries HTML, Markdown and ESC
QUOTE_A = "come up <img src=x> \x1b[2J ![i](http://evil.example/q.png) this fast"

PAYLOADS = {
    "formula after CR": 'ok\r=HYPERLINK("http://evil.example","x")\r\n+1\n-2\t@SUM(A1)',
    "leading formulas": "=1+1",
    "leading plus": "+cmd|' /C calc'!A0",
    "leading minus": "-2+3",
    "leading at": "@SUM(A1:A9)",
    "leading tab": "\t=1+1",
    "leading CR": "\r=1+1",
    "leading LF": "\n=1+1",
    "space then formula": "   =1+1",
    "markdown": "![x](http://evil.example/p.png) [y](javascript:alert(1)) "
    "<http://evil.example> | a | b | `code` **bold** # not a heading",
    "raw html": '<img src="file:///etc/hosts" onerror="alert(1)"><script>alert(1)</script>'
    '"><b onmouseover=alert(1)>x</b>',
    "ansi and osc": "\x1b[2J\x1b]0;pwned\x07 \x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\"
    " \x9b31m red",
    "bidi": "\u202eevil\u202c and \u2066isolated\u2069",
    "nul and del": "nul\x00byte del\x7f",
    "forged history": "ana\n2026-01-01T00:00:00Z  deadbeef00  verified         boss",
}


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> Path:
    """A review log with two discrepancies (a number, a quote) between two
    articles whose titles, outlets and sentences are hostile."""
    tmp = tmp_path_factory.mktemp("hostile")
    a = write(
        tmp,
        "a.txt",  # .txt: shown as written (a .md file's markup is rendered)
        f"---\ntitle: {TITLE_A}\noutlet: {OUTLET_A}\npublished: 2024-03-13\n---\n"
        "Three firefighters were treated at the warehouse.\n\n"
        f'"We have never seen the water {QUOTE_A}," said Karen Doyle, who runs a bakery.\n',
    )
    b = write(
        tmp,
        "b.txt",
        f"---\ntitle: {TITLE_B}\noutlet: {OUTLET_B}\npublished: 2024-03-13\n---\n"
        "Four firefighters were treated at the warehouse.\n\n"
        '"We have never seen the water rise this fast," said bakery owner Karen Doyle.\n',
    )
    db = tmp / "log.sqlite"
    assert main(["check", str(a), str(b), "--db", str(db), "-q"]) == 0
    return db


@pytest.fixture
def hostile_log(checked, tmp_path, request) -> tuple[Path, str]:
    """A copy of the log with one payload as note, correction and reviewer of
    every discrepancy (as an editor would write it)."""
    payload = request.param
    db = tmp_path / "log.sqlite"
    db.write_bytes(checked.read_bytes())
    log = ReviewLog(db)
    try:
        for row in log.discrepancies():
            log.set_review(
                row.id,
                status="needs-correction",
                note=payload,
                correction=payload,
                reviewer=payload,
            )
    finally:
        log.close()
    return db, payload


def report(db: Path, fmt: str) -> str:
    log = ReviewLog(db, create=False)
    try:
        return render(log, fmt)
    finally:
        log.close()


each_payload = pytest.mark.parametrize(
    "hostile_log", list(PAYLOADS.values()), ids=list(PAYLOADS), indirect=True
)


def test_the_fixture_really_is_hostile(checked):
    """The analysis kept the hostile text: otherwise the tests below prove nothing."""
    data = json.loads(report(checked, "json"))
    titles = {a["title"] for a in data["articles"]}
    assert titles == {TITLE_A, TITLE_B}
    values = {s["value"] for d in data["discrepancies"] for s in d["sides"]}
    assert QUOTE_A.replace(" this fast", "") in values  # the quote's value holds ESC and tags


# -- CSV ----------------------------------------------------------------------------------
FORMULA = ("=", "+", "-", "@")


def _lines_outside_quotes(text: str) -> list[str]:
    """How a line-oriented reader or a spreadsheet's row splitter sees the file:
    the text at the start of every row, i.e. after a line break that is not
    inside a quoted cell. Any bare CR counts as a break (Excel and LibreOffice
    end a row there)."""
    starts, quoted, i = [0], False, 0
    while i < len(text):
        ch = text[i]
        if ch == '"':
            quoted = not quoted
        elif ch in "\r\n" and not quoted:
            starts.append(i + 1)
        i += 1
    return [text[s : s + 40] for s in starts if s < len(text)]


@each_payload
def test_csv_rows_stay_whole_and_cells_are_not_formulas(hostile_log):
    db, payload = hostile_log
    text = report(db, "csv")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    data = json.loads(report(db, "json"))
    assert len(rows) == 1 + len(data["discrepancies"])  # a CR never splits a row
    assert all(len(r) == len(CSV_FIELDS) for r in rows)
    for row in rows:
        for cell in row:
            if cell.startswith("'"):
                continue
            assert cell[:1] not in ("\t", "\r", "\n"), cell
            assert cell.lstrip()[:1] not in FORMULA, cell
    # no row of the file begins with a formula, whatever reader splits the rows
    for start in _lines_outside_quotes(text):
        assert start.lstrip()[:1] not in FORMULA and start[:1] != "\t", start
    assert "\r" not in text and not RAW_CONTROLS.search(text)
    # and the note is still there, readable, in its own cell
    note = rows[1][CSV_FIELDS.index("note")]
    expected = payload.replace("\r\n", "\n").replace("\r", "\n")
    assert note.removeprefix("'") == visible_controls(expected, keep="\n\t")


def test_csv_titles_and_sentences_are_neutralised_too(checked):
    rows = list(csv.DictReader(io.StringIO(report(checked, "csv"), newline="")))
    quote = next(r for r in rows if r["kind"] == "quote")
    assert "\\x1b[2J" in quote["left_value"] + quote["right_value"]
    assert ESC not in "".join(quote.values())


def test_csv_negative_numbers_are_prefixed_as_documented():
    from workbench.report import _csv_safe

    assert _csv_safe("-3") == "'-3"
    assert _csv_safe(" @x") == "' @x"
    assert _csv_safe("3") == "3" and _csv_safe(3) == 3
    assert _csv_safe("a\r=b") == "a\n=b"  # CR becomes LF, which the writer quotes


# -- Markdown -----------------------------------------------------------------------------
def _markdown_as_html(text: str) -> str:
    """Render with a real CommonMark/GitHub renderer (Qt's md4c)."""
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setMarkdown(text)
    return doc.toHtml()


@each_payload
def test_markdown_has_no_live_image_link_or_tag(qtbot, hostile_log):
    db, payload = hostile_log
    text = report(db, "md")
    assert not RAW_CONTROLS.search(text)
    rendered = _markdown_as_html(text)
    body = rendered[rendered.index("<body") :]
    assert "<img" not in body  # no image is fetched
    assert "<script" not in body and "<b " not in body
    hrefs = re.findall(r'href="([^"]*)"', body)
    assert all(h.startswith(("http://", "https://")) for h in hrefs), hrefs
    # every note is one list item: a line break in it never starts a block
    notes = [line for line in text.splitlines() if line.lstrip().startswith("- **Note:**")]
    assert len(notes) == text.count("### ")
    # what the reader sees is the text as written (controls shown as escapes)
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setMarkdown(notes[0].lstrip())
    shown = doc.toPlainText()
    flat = re.sub(r"\r\n|[\r\n]", " ", payload)
    assert shown.replace("Note: ", "", 1).strip() == visible_controls(flat, keep="\t").strip()


@pytest.mark.parametrize("hostile_log", ["checked"], indirect=True)
def test_markdown_titles_outlets_and_quotes_show_literally(qtbot, hostile_log):
    text = report(hostile_log[0], "md")
    rendered = _markdown_as_html(text)
    body = rendered[rendered.index("<body") :]
    assert "<img" not in body and "javascript" not in "".join(re.findall(r"href=\S+", body))
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setMarkdown(text)
    plain = doc.toPlainText()
    assert TITLE_A.replace("\u202e", "\\u202e") in plain
    assert OUTLET_A in plain and OUTLET_B in plain
    assert "come up <img src=x> \\x1b[2J ![i](http://evil.example/q.png)" in plain


def test_markdown_code_spans_cannot_be_closed_from_inside():
    from workbench.report import _md_code

    assert _md_code("a`b") == "``a`b``"
    assert _md_code("`x`") == "`` `x` ``"


# -- HTML ---------------------------------------------------------------------------------
ALLOWED_TAGS = {
    "br",  # ours: between an editor's notes of one finding, each escaped (session 35)
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "h1",
    "h2",
    "h3",
    "p",
    "code",
    "table",
    "tr",
    "th",
    "td",
    "span",
    "strong",
    "blockquote",
    "mark",
    "ul",  # a finding's decisions are a list
    "li",
}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@each_payload
def test_html_has_only_its_own_tags_and_fetches_nothing(hostile_log):
    db, payload = hostile_log
    text = report(db, "html")
    parser = _Tags()
    parser.feed(text)
    assert {t for t, _ in parser.tags} <= ALLOWED_TAGS, {t for t, _ in parser.tags}
    for tag, attrs in parser.tags:
        for name, _value in attrs:
            assert name in ("lang", "charset", "http-equiv", "content", "name", "class"), (
                tag,
                name,
            )
    csp = next(v for t, a in parser.tags if t == "meta" for k, v in a if k == "content" and v)
    assert csp.startswith("default-src 'none'")
    assert not RAW_CONTROLS.search(text)
    shown = "".join(parser.text)
    flat = payload.replace("\r\n", "\n").replace("\r", "\n")
    assert visible_controls(flat, keep="\n\t") in shown  # the note, as written


@pytest.mark.parametrize("hostile_log", ["checked"], indirect=True)
def test_html_titles_outlets_and_quotes_are_text(hostile_log):
    parser = _Tags()
    parser.feed(report(hostile_log[0], "html"))
    assert {t for t, _ in parser.tags} <= ALLOWED_TAGS
    shown = "".join(parser.text)
    assert OUTLET_A in shown and TITLE_B in shown
    assert "<img src=x> \\x1b[2J" in shown


# -- JSON ---------------------------------------------------------------------------------
@each_payload
def test_json_is_valid_exact_and_has_no_raw_controls(hostile_log):
    db, payload = hostile_log
    text = report(db, "json")
    assert not RAW_CONTROLS.search(text)  # safe to cat; \u escapes instead
    data = json.loads(text)
    assert {d["note"] for d in data["discrepancies"]} == {payload}  # nothing lost or changed
    assert {d["reviewer"] for d in data["discrepancies"]} == {payload}


# -- PDF ----------------------------------------------------------------------------------
def test_pdf_never_loads_a_file_named_by_the_report(qtbot, tmp_path):
    """Were an <img> ever to reach the PDF's HTML, Qt would read that file
    into the PDF, even when the document refuses the resource (it then opens
    the file by name itself). The export's document answers with a blank."""
    from PySide6.QtGui import QColor, QImage, QTextDocument

    from workbench.ui.export import InertDocument, pdf_bytes

    secret = tmp_path / "secret.png"
    image = QImage(37, 41, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(secret))
    html = f'<p>x<img src="{secret}"><img src="{secret.as_uri()}"></p>'
    plain = QTextDocument()
    plain.setHtml(html)
    assert plain.size().height() > 40  # Qt's own document does load it
    inert = InertDocument()
    inert.setHtml(html)
    assert inert.size().height() < 37
    data, _pages = pdf_bytes(html)
    assert b"/Width 37" not in data and b"/Height 41" not in data


def test_pdf_export_of_hostile_log_is_a_pdf(qtbot, checked):
    from workbench.ui.export import pdf_bytes

    data, pages = pdf_bytes(report(checked, "html"))
    assert data.startswith(b"%PDF") and pages >= 1


# -- the terminal -------------------------------------------------------------------------
def _clean(text: str) -> None:
    assert ESC not in text and "\r" not in text
    assert not RAW_CONTROLS.search(text), repr(RAW_CONTROLS.search(text))


def test_one_line_makes_every_control_visible():
    assert one_line("a\x1b[31mb\r\nc\td\x00\x7f\x9b\u202ee\u2066f\u2028") == (
        "a\\x1b[31mb\\r\\nc\\td\\x00\\x7f\\x9b\\u202ee\\u2066f\\u2028"
    )
    assert one_line("Kyiv — “quoted” café 東京") == "Kyiv — “quoted” café 東京"
    assert one_line(42) == "42"


def test_check_summary_prints_hostile_titles_and_quotes_inert(tmp_path, capsys, checked):
    a, b = checked.parent / "a.txt", checked.parent / "b.txt"
    code = main(["check", str(a), str(b), "--db", str(tmp_path / "x.sqlite")])
    out = capsys.readouterr()
    assert code == 0, out.err
    _clean(out.out + out.err)
    assert "\\x1b[2J" in out.out  # the quote's ESC is shown, not run
    assert "\\u202eevil" in out.out
    assert OUTLET_A in out.out  # terminals do not render tags: shown as written


@each_payload
def test_review_and_history_print_one_inert_line_per_change(hostile_log, capsys):
    db, payload = hostile_log
    ident = json.loads(report(db, "json"))["discrepancies"][0]["id"]
    code = main(["review", "--db", str(db), ident, f"--note={payload}2", f"--reviewer={payload}2"])
    out = capsys.readouterr()
    assert code == 0, out.err
    _clean(out.out)
    assert len(out.out.splitlines()) == 1
    assert main(["review", "--db", str(db), ident, "--history"]) == 0
    out = capsys.readouterr()
    _clean(out.out)
    log = ReviewLog(db, create=False)
    try:
        entries = log.history(ident)
    finally:
        log.close()
    lines = out.out.splitlines()
    assert len(lines) == len(entries) == 2  # a line break in a name forges no entry
    assert all(line.startswith("20") and ident in line[:40] for line in lines)


@pytest.mark.parametrize("fmt", ["md", "csv", "html", "json"])
@pytest.mark.parametrize("hostile_log", [PAYLOADS["ansi and osc"]], indirect=True)
def test_report_on_stdout_runs_no_escape_sequence(hostile_log, capsys, fmt):
    db, _payload = hostile_log
    assert main(["report", "--db", str(db), "--format", fmt]) == 0
    out = capsys.readouterr()
    assert ESC not in out.out and "\x9b" not in out.out and "\x07" not in out.out
    assert "\u202e" not in out.out


def test_errors_that_echo_input_are_one_inert_line(tmp_path, capsys, checked):
    hostile = tmp_path / "log\x1b]0;pwned\x07\nworkbench: fake line.sqlite"
    code = main(["review", "--db", str(hostile), "abcd", "--status", "verified"])
    err = capsys.readouterr().err
    assert code != 0
    _clean(err)
    assert len(err.strip().splitlines()) == 1 and "no such review log" in err
    bad = write(tmp_path, "bad\x1b[2J.md", "---\ntitle: x\n")
    code = main(["check", str(bad), str(checked.parent / "b.txt"), "--db", str(tmp_path / "y")])
    err = capsys.readouterr().err
    assert code != 0
    _clean(err)
    assert "bad\\x1b[2J.md" in err and len(err.strip().splitlines()) == 1
