"""A catalogue of bad and odd article files, as a hostile tester would bring them.

Each case gives either the right text (words that must and must not appear) or an
ArticleError whose message is one line, names the file and says why.
"""

from __future__ import annotations

import errno
import os
import signal
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from workbench import articles
from workbench.articles import ArticleError, html_main_text, load_article

Maker = Callable[[Path], Path]


def file(name: str, content: str | bytes) -> Maker:
    def make(tmp: Path) -> Path:
        p = tmp / name
        p.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return p

    return make


def page(body: str, head: str = "") -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"


def fifo(tmp: Path) -> Path:
    p = tmp / "pipe.txt"
    os.mkfifo(p)
    return p


def link(name: str, target: str | Path) -> Maker:
    def make(tmp: Path) -> Path:
        p = tmp / name
        p.symlink_to(target)
        return p

    return make


def link_loop(tmp: Path) -> Path:
    (tmp / "loop-a.txt").symlink_to(tmp / "loop-b.txt")
    (tmp / "loop-b.txt").symlink_to(tmp / "loop-a.txt")
    return tmp / "loop-a.txt"


def grows(tmp: Path) -> Path:
    """A file whose stat size is small but whose content is over the cap when
    read: stands for /proc files (size 0) and files still being written."""
    return file("growing.txt", "word " * 40)(tmp)


@dataclass
class Case:
    make: Maker
    error: tuple[str, ...] = ()  # key words of the one-line message
    has: tuple[str, ...] = ()  # text that must be in the article
    lacks: tuple[str, ...] = ()  # text that must not be
    published: date | None = None
    title: str | None = None
    needs: str = ""  # "fifo", "symlink": skipped where the OS has none
    setup: dict[str, int] = field(default_factory=dict)


UTF16_TEXT = "Flooding closed 12 roads, officials said on Tuesday. Café owners worried."
FLOOD_TAIL = "<p>Visible opening paragraph of the story.</p>"

CASES: dict[str, Case] = {
    # -- files that are not regular files --------------------------------------------
    "named pipe": Case(fifo, error=("not a regular file", "named pipe"), needs="fifo"),
    "link to /dev/zero": Case(
        link("zero.txt", "/dev/zero"), error=("not a regular file",), needs="devzero"
    ),
    "link to /dev/urandom": Case(
        link("random.html", "/dev/urandom"), error=("not a regular file",), needs="devzero"
    ),
    "symbolic link loop": Case(link_loop, error=("symbolic link loop",), needs="symlink"),
    "broken symbolic link": Case(
        link("dangling.txt", "nowhere.txt"), error=("no such file", "broken"), needs="symlink"
    ),
    "missing file": Case(lambda tmp: tmp / "nope.md", error=("no such file",)),
    "folder named like a file": Case(
        lambda tmp: (tmp / "dir.txt").mkdir() or tmp / "dir.txt", error=("is a directory",)
    ),
    "path through a file": Case(
        lambda tmp: file("plain.txt", "x")(tmp) / "inner.txt", error=("no such file",)
    ),
    "line break in the file name": Case(file("two\nlines.txt", "Text."), has=("Text.",)),
    "line break in a bad file's name": Case(file("bad\nname.txt", b""), error=("empty file",)),
    "grows past the cap after stat": Case(grows, error=("over the", "limit")),
    # -- bytes that are not text -------------------------------------------------------
    "PDF saved as .txt": Case(file("a.txt", b"%PDF-1.7\n%\xe2\xe3"), error=("a PDF",)),
    "Word file saved as .md": Case(file("a.md", b"PK\x03\x04\x14\x00"), error=("ZIP or Word",)),
    "RTF saved as .txt": Case(file("a.txt", b"{\\rtf1\\ansi Hello}"), error=("RTF",)),
    "PNG renamed": Case(file("a.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), error=("binary",)),
    "NULs late in the file": Case(
        file("late.txt", b"Plain words. " * 1000 + b"\x00\x01\x02\x03" * 50), error=("binary",)
    ),
    "control characters": Case(file("ctl.txt", bytes(range(1, 9)) * 50), error=("binary",)),
    "byte undefined in cp1252": Case(file("u.txt", b"caf\x81 \x8d"), error=("undecodable",)),
    "empty": Case(file("e.md", b""), error=("empty file",)),
    "only whitespace": Case(file("w.txt", b" \t\r\n\r\n"), error=("empty file",)),
    # -- encodings ---------------------------------------------------------------------
    "one cp1252 apostrophe in UTF-8": Case(
        file("mix.txt", "Café “owners” say it".encode() + b"\x92s fine."),
        has=("Café “owners” say it’s fine.",),
        lacks=("Ã",),
    ),
    "one Latin-1 e-acute in UTF-8": Case(
        file("mix2.txt", "naïve ".encode() + b"caf\xe9 r\xc3\xa9sum\xc3\xa9"),
        has=("naïve café résumé",),
    ),
    "UTF-16 LE without BOM": Case(
        file("le.txt", UTF16_TEXT.encode("utf-16-le")), has=(UTF16_TEXT,)
    ),
    "UTF-16 BE without BOM": Case(
        file("be.txt", UTF16_TEXT.encode("utf-16-be")), has=(UTF16_TEXT,)
    ),
    "UTF-16 with BOM": Case(file("bom.md", UTF16_TEXT.encode("utf-16")), has=(UTF16_TEXT,)),
    "UTF-16 cut in the middle of a character": Case(
        file("cut.txt", UTF16_TEXT.encode("utf-16-le")[:-1]), error=("undecodable UTF-16",)
    ),
    "UTF-8 BOM then front matter": Case(
        file("bomfm.md", "\ufeff---\ntitle: T\npublished: 2024-01-02\n---\nBody text."),
        has=("Body text.",),
        published=date(2024, 1, 2),
        title="T",
    ),
    # -- front matter written by the editor ---------------------------------------------
    "front matter never closed": Case(file("fm.md", "---\ntitle: x\n"), error=("front matter",)),
    # a header date that is no date leaves the article undated (tested with its
    # warning in test_s16_header_dates); one written out is read
    "front matter impossible date": Case(
        file("d.md", "---\npublished: 2023-02-29\n---\nBody.\n"), has=("Body.",)
    ),
    "front matter prose date": Case(
        file("d2.md", "---\ndate: November 19, 2019\n---\nBody.\n"),
        has=("Body.",),
        published=date(2019, 11, 19),
    ),
    "front matter only": Case(file("fo.md", "---\ntitle: x\n---\n\n"), error=("no article text",)),
    # -- HTML: hiding must end with its element -------------------------------------------
    "aria-hidden icon": Case(
        file(
            "icon.html", page('<p><span aria-hidden="true">★</span> Rated highly.</p><p>More.</p>')
        ),
        has=("Rated highly.", "More."),
        lacks=("★",),
    ),
    "hidden element with void children": Case(
        file(
            "void.html",
            page(
                '<p>Shown one.</p><div hidden>SECRET<img src="x"><br><input>SECRET<hr></div>'
                "<p>Shown two.</p>"
            ),
        ),
        has=("Shown one.", "Shown two."),
        lacks=("SECRET",),
    ),
    "hidden element never closed": Case(
        file("unclosed.html", page("<div><p>Before.<span hidden>SECRET</div><p>After parent.</p>")),
        has=("Before.", "After parent."),
        lacks=("SECRET",),
    ),
    "hidden element misnested": Case(
        file("misnest.html", page("<p><b>Bold <i hidden>SECRET</b> tail text.</i></p>")),
        has=("Bold tail text.",),
        lacks=("SECRET",),
    ),
    "hidden paragraph closed implicitly": Case(
        file("implicit.html", page("<p hidden>SECRET<p>Next paragraph shows.</p>")),
        has=("Next paragraph shows.",),
        lacks=("SECRET",),
    ),
    "self-closing hidden span": Case(
        file("selfclose.html", page('<p>Icon <span aria-hidden="true"/> then words.</p>')),
        has=("Icon then words.",),
    ),
    "display none and visibility hidden": Case(
        file(
            "styles.html",
            page(
                '<p>A <span style="display: NONE !important">SECRET</span>B '
                '<em style="color:red; visibility : hidden">SECRET</em>C</p>'
                '<div style="display:none"><p>SECRET paragraph here.</p></div><p>Shown.</p>'
            ),
        ),
        has=("A B C", "Shown."),
        lacks=("SECRET",),
    ),
    "non-text elements": Case(
        file(
            "widgets.html",
            page(
                "<p>Start.</p><object>SECRET</object><textarea>SECRET <p>x</p></textarea>"
                "<template><p>SECRET</p></template><noscript><p>SECRET</p></noscript>"
                "<select><option>SECRET</option></select><button>SECRET</button>"
                "<svg><text>SECRET</text><title>SECRET</title></svg><math><mi>SECRET</mi></math>"
                "<iframe><p>SECRET</p></iframe><dialog>SECRET</dialog><p>End.</p>"
            ),
        ),
        has=("Start.", "End."),
        lacks=("SECRET",),
    ),
    "comments, unclosed at the end": Case(
        file("comment.html", page("<p>Kept <!-- SECRET --> words.</p><!-- SECRET to the end")),
        has=("Kept words.",),
        lacks=("SECRET",),
    ),
    "empty article wrapper": Case(
        file("empty-article.html", page("<article></article><div><p>The story is here.</p></div>")),
        has=("The story is here.",),
    ),
    "page inside a form": Case(
        file(
            "form.html",
            page(
                "<form><nav>Home News</nav><div><p>All of the story is in the form.</p></div>"
                "</form>"
            ),
        ),
        has=("All of the story is in the form.",),
        lacks=("Home",),
    ),
    "story in a form, banner outside it": Case(
        file(
            "aspnet.html",
            page(
                "<div><p>We use cookies to improve your experience on this site.</p></div>"
                "<form><nav>Home News</nav><h2>Storm</h2><p>The storm closed 40 schools "
                "on Monday, officials said.</p><p>Power returned by Tuesday night.</p></form>"
            ),
        ),
        has=("closed 40 schools", "Power returned"),
        lacks=("Home",),
    ),
    "article inside a form": Case(
        file(
            "formarticle.html",
            page(
                "<p>Subscribe for our newsletter today and save.</p>"
                "<form><article><p>Only the story is here.</p></article></form>"
            ),
        ),
        has=("Only the story is here.",),
        lacks=("Subscribe",),
    ),
    "comment form beside the story": Case(
        file(
            "comments.html",
            page(
                "<div><p>The bridge reopened on Friday after three months of repairs.</p>"
                "<p>Traffic was light in the morning.</p></div>"
                "<form><label>Name</label><p>Comments are moderated.</p></form>"
            ),
        ),
        has=("The bridge reopened", "Traffic was light"),
        lacks=("moderated",),
    ),
    "table cells and list items": Case(
        file(
            "cells.html",
            page(
                "<table><tr><td>Cost</td><td>30m</td></tr></table>"
                "<dl><dt>Deaths</dt><dd>4</dd></dl>"
            ),
        ),
        has=("Cost", "30m", "Deaths", "4"),
        lacks=("Cost30m", "Deaths4"),
    ),
    "images, word breaks and buttons inside sentences": Case(
        file(
            "inline.html",
            page(
                "<p>Cost<img src=x>30m, an extra<wbr>ordinary sum.</p>"
                "<p>Press <button>Play</button> to watch the <b>W</b>ord.</p>"
            ),
        ),
        has=("Cost 30m, an extraordinary sum.", "Press to watch the Word."),
    ),
    "unparseable metadata date": Case(
        file(
            "metadate.html",
            page(
                "<p>Body of the page.</p>",
                '<meta name="date" content="November 19, 2019, 07:47 PM EST">'
                '<meta name="dc.date" content="2019-11-19">',
            ),
        ),
        has=("Body of the page.",),
        published=date(2019, 11, 19),
    ),
    "impossible metadata date": Case(
        file("metadate2.html", page("<p>Body.</p>", '<meta name="date" content="2019-02-30">')),
        has=("Body.",),
    ),
    "quote never closed in a tag": Case(
        file("quote.html", page('<p>See <a href="/x>the report</a> for details.</p><p>Next.</p>')),
        has=("the report for details.", "Next."),
    ),
    "tag cut off at the end": Case(
        file("cut.html", '<p>Last full paragraph.</p><p>Half <a href="/x'),
        has=("Last full paragraph.", "Half"),
        lacks=("href",),
    ),
    "stray less-than signs": Case(
        file("lt.html", page("<p>Rates < 5% and x<3 &lt;tag&gt; << >></p>")),
        has=("Rates < 5% and x<3 <tag> << >>",),
    ),
    "markup flood": Case(
        file("flood.html", FLOOD_TAIL + "<a " * 8000 + "</ " * 8000 + "<? " * 8000 + "<<<<"),
        has=("Visible opening paragraph",),
    ),
    "title never closed": Case(
        file("title.html", "<html><head><title>Storm hits coast<body><p>Body text.</p>"),
        has=("Body text.",),
        title="Storm hits coast",
    ),
    "script never closed": Case(
        file("script.html", "<p>Shown text.</p><script>var SECRET = '</p>';"),
        has=("Shown text.",),
        lacks=("SECRET",),
    ),
    "nothing but chrome": Case(
        file("chrome.html", page("<nav>Home</nav><footer>© 2024</footer>")),
        error=("no article text",),
    ),
    "only hidden text": Case(
        file("allhidden.html", page("<div hidden><p>SECRET</p></div>")),
        error=("no article text",),
    ),
}


@pytest.fixture
def no_hang():
    """Fail, rather than hang the test run, if a refusal regresses into a blocking read."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum, frame):
        raise TimeoutError("load_article blocked")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, 10)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _skip_unless(needs: str) -> None:
    if needs == "fifo" and not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    if needs == "devzero" and not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero here")


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_catalogue(tmp_path, monkeypatch, no_hang, case):
    _skip_unless(case.needs)
    try:
        path = case.make(tmp_path)
    except (OSError, NotImplementedError) as exc:  # no symlinks/odd names on this system
        pytest.skip(f"cannot make the file here: {exc}")
    if case.make is grows:
        monkeypatch.setattr(articles, "MAX_BYTES", 100)
        real_fstat = os.fstat

        def small_fstat(fd):  # the size stat reports when the read starts
            st = real_fstat(fd)
            return os.stat_result((*st[:6], 10, *st[7:]))

        real_stat = os.stat
        monkeypatch.setattr(articles.os, "fstat", small_fstat)
        monkeypatch.setattr(
            articles.os,
            "stat",
            lambda p, *a, **k: os.stat_result((*real_stat(p)[:6], 10, *real_stat(p)[7:])),
        )
    if case.error:
        with pytest.raises(ArticleError) as info:
            load_article(path)
        message = str(info.value)
        assert "\n" not in message and "internal error" not in message
        assert message.startswith(str(path).replace("\n", "\\n") + ": ")
        for word in case.error:
            assert word in message, message
        return
    article = load_article(path)
    for text in case.has:
        assert text in article.text, article.text
    for text in case.lacks:
        assert text not in article.text, article.text
    assert article.published == case.published
    if case.title is not None:
        assert article.title == case.title


def test_the_catalogue_is_large_and_names_distinct_files():
    assert len(CASES) >= 30


def test_permission_denied_is_one_line(tmp_path, monkeypatch):
    """Root can read anything, so the refusal is simulated where the file is opened."""
    p = tmp_path / "locked.txt"
    p.write_text("Secret.")

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(p))

    monkeypatch.setattr(articles.os, "open", refuse)
    with pytest.raises(ArticleError, match=r"locked\.txt: permission denied$"):
        load_article(p)


def test_read_error_mid_file_is_one_line(tmp_path, monkeypatch):
    p = tmp_path / "flaky.txt"
    p.write_text("Text.")

    def fail(*args, **kwargs):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(articles.os, "read", fail)
    with pytest.raises(ArticleError, match=r"flaky\.txt: cannot read: Input/output error$"):
        load_article(p)


def test_pipe_is_refused_even_if_swapped_in_after_the_first_check(tmp_path, monkeypatch, no_hang):
    """The descriptor is checked again after opening, non-blocking, so a race
    that puts a pipe where the file was cannot hang the loader."""
    _skip_unless("fifo")
    p = tmp_path / "swapped.txt"
    os.mkfifo(p)
    regular = os.stat(__file__)
    monkeypatch.setattr(articles.os, "stat", lambda *a, **k: regular)
    with pytest.raises(ArticleError, match="not a regular file"):
        load_article(p)


def test_hiding_is_scoped_in_deeply_nested_markup():
    body = "".join(f"<div><span aria-hidden='true'>icon{i}</span>" for i in range(300))
    _meta, text = html_main_text(page(body + "<p>Deep visible paragraph.</p>" + "</div>" * 300))
    assert text == "Deep visible paragraph."
