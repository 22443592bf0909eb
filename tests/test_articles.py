"""Loading articles: metadata, encodings, HTML main text, and refusals."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import SEEDS, write

from workbench.articles import ArticleError, load_article, load_articles


def test_seed_date_line_is_metadata_not_text():
    a = load_article(SEEDS[1])
    assert a.published == date(2021, 6, 23)
    assert a.text.startswith("The US flag being taken down")
    assert "date 2021" not in a.text


def test_seed_without_date_has_unknown_publication():
    assert load_article(SEEDS[0]).published is None


def test_front_matter(tmp_path):
    p = write(
        tmp_path,
        "a.md",
        "---\ntitle: Fire at mill\noutlet: Courier\n"
        "published: 2024-03-12\nurl: https://example.org/x\n---\nThree crews attended.\n",
    )
    a = load_article(p)
    assert (a.title, a.outlet, a.published, a.url) == (
        "Fire at mill",
        "Courier",
        date(2024, 3, 12),
        "https://example.org/x",
    )
    assert a.text == "Three crews attended.\n"


def test_published_override_wins(tmp_path):
    p = write(tmp_path, "a.md", "---\npublished: 2024-03-12\n---\nText here.\n")
    assert load_article(p, date(2020, 1, 2)).published == date(2020, 1, 2)


def test_utf8_bom_and_cp1252_keep_curly_quotes_and_accents(tmp_path):
    body = "“Café owners”, said José, “are worried.”"
    a = load_article(write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + body.encode("utf-8")))
    assert a.text == body
    b = load_article(write(tmp_path, "legacy.txt", body.encode("cp1252")))
    assert b.text == body


def test_html_main_text_drops_scripts_and_navigation(tmp_path):
    html = """<html><head><title>Site | Flood</title>
    <meta property="og:site_name" content="River News">
    <meta property="article:published_time" content="2023-05-04T10:00:00Z">
    <script>var x = "Fourteen homes";</script><style>p{color:red}</style></head>
    <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Flood hits valley</h1><p>Water reached 2 metres &amp; rising.</p>
    <p>Twelve homes were evacuated, officials said.</p></article>
    <footer>Copyright 2023 River News</footer></body></html>"""
    a = load_article(write(tmp_path, "page.html", html))
    assert a.title == "Flood hits valley"
    assert a.outlet == "River News"
    assert a.published == date(2023, 5, 4)
    assert "Water reached 2 metres & rising." in a.text
    assert "Twelve homes were evacuated" in a.text
    for junk in ("Fourteen", "color:red", "Home", "Copyright"):
        assert junk not in a.text


@pytest.mark.parametrize(
    "name, ident",
    [
        ("مقال ١.txt", "مقال-١"),  # Arabic letters and digits
        ("日本の記事.md", "日本の記事"),
        ("Статья 2.txt", "Статья-2"),
        ("cafe\u0301.txt", "café"),  # macOS writes names decomposed
        ("café.txt", "café"),
        ("«quote» — here!.txt", "quote-here"),
        ("\u200fمقال.txt", "مقال"),  # a right-to-left mark is not part of the name
        ("!!!.txt", "article"),
    ],
)
def test_ids_keep_the_letters_of_every_script(tmp_path, name, ident):
    # a fresh user's Arabic and Japanese file names all became "article-…"
    a = load_article(write(tmp_path, name, "One sentence here."))
    assert a.id == ident


def test_duplicate_stems_get_unique_ids(tmp_path):
    (tmp_path / "x").mkdir()
    p1 = write(tmp_path, "story.txt", "One sentence here.")
    p2 = write(tmp_path / "x", "story.txt", "Another sentence here.")
    ids = [a.id for a in load_articles([p1, p2])]
    assert len(set(ids)) == 2 and all(i.startswith("story-") for i in ids)
    # which file is which does not depend on the order they were given
    assert [a.id for a in load_articles([p2, p1])] == ids[::-1]


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"   \n\n", "empty file"),
        ("bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("bad.txt", b"caf\xc3 \x81\x8d bytes", "undecodable bytes"),
        ("fm.md", b"---\ntitle: x\nno closing line\n", "malformed front matter"),
        ("fm2.md", b"---\njust words without a colon\n---\nBody.\n", "malformed front matter"),
        ("a.pdf", b"%PDF-1.4", "broken PDF file"),
        ("a.docx", b"PK\x03\x04 not really", "broken Word file"),
        ("a.doc", b"\xd0\xcf\x11\xe0", "unsupported file type"),
        # by the bytes, whatever the name (user trial 47): binary is binary, text
        # under a name not read is refused
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("blob.bin", b"\x7fELF\x02\x01\x01\x00\x00\x00", "binary file"),
        ("notes.xyz", b"Three people died in the fire.\n", "unsupported file type"),
        ("old.rtf", b"{\\rtf1 Three people died.}", "unsupported file type"),
    ],
)
def test_bad_files_get_one_line_errors(tmp_path, name, content, message):
    p = write(tmp_path, name, content)
    with pytest.raises(ArticleError) as info:
        load_article(p)
    text = str(info.value)
    assert message in text and "\n" not in text and name in text


def test_missing_directory_and_oversize(tmp_path, monkeypatch):
    with pytest.raises(ArticleError, match="no such file"):
        load_article(tmp_path / "nope.txt")
    with pytest.raises(ArticleError, match="is a directory"):
        load_article(tmp_path)
    from workbench import articles

    monkeypatch.setattr(articles, "MAX_BYTES", 100)
    with pytest.raises(ArticleError, match="over the"):
        load_article(write(tmp_path, "big.txt", "word " * 50))


def test_html_json_ld_and_canonical_url(tmp_path):
    html = """<html><head><title>Site</title><link rel="canonical" href="https://ex.org/x">
    <script type="application/ld+json">{"@context": "https://schema.org",
     "@type": "NewsArticle", "headline": "Ferry runs aground",
     "datePublished": "2024-03-13T08:00:00Z",
     "publisher": {"@type": "Organization", "name": "Coast News"}}</script></head>
    <body><div><p>The ferry ran aground near the harbour on Tuesday evening.</p></div>
    </body></html>"""
    a = load_article(write(tmp_path, "a.html", html))
    assert (a.title, a.outlet, a.published, a.url) == (
        "Ferry runs aground",
        "Coast News",
        date(2024, 3, 13),
        "https://ex.org/x",
    )
    assert a.text == "The ferry ran aground near the harbour on Tuesday evening."


def test_published_line_variants_and_documents_that_are_not_articles(tmp_path):
    assert load_article(write(tmp_path, "a.txt", "Date: 2024-03-13\nText.")).published == date(
        2024, 3, 13
    )
    assert load_article(write(tmp_path, "b.txt", "Published 2024-03-14\nText.")).published == (
        date(2024, 3, 14)
    )
    with pytest.raises(ArticleError, match="a PDF, not an article"):
        load_article(write(tmp_path, "c.txt", b"%PDF-1.4\nplain text pdf"))


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ('outlet: "The \\"Daily\\" Courier"', 'The "Daily" Courier'),
        ("outlet: 'O''Neill Weekly'", "O'Neill Weekly"),
        ('outlet: "C:\\\\news"', "C:\\news"),
        ("outlet: Plain Gazette", "Plain Gazette"),
        ('outlet: "Quoted Gazette"', "Quoted Gazette"),
    ],
)
def test_quoted_front_matter_values_read_as_yaml(tmp_path, line, outlet):
    p = write(tmp_path, "a.md", f"---\n{line}\n---\nOne sentence here.\n")
    assert load_article(p).outlet == outlet


def test_a_title_from_the_first_line_is_whole_unless_the_text_has_no_line_breaks(tmp_path):
    from workbench.articles import load_article

    headline = (
        "Troy, Michigan office shooting follow-up: one dead, two injured, and the suspect "
        "caught after a chase on Interstate 75"
    )
    p = tmp_path / "a.txt"
    p.write_text(headline + "\n\nThe body of the story.\n", encoding="utf-8")
    assert load_article(p).title == headline  # 118 characters, kept whole
    paragraph = "word " * 60 + "end of a long first paragraph that is not a headline."
    p.write_text(paragraph + "\n\nMore.\n", encoding="utf-8")
    assert load_article(p).title == paragraph  # the window elides it, reports keep it whole
    one_line = "word " * 300 + "end."
    p.write_text(one_line + "\n", encoding="utf-8")
    title = load_article(p).title
    assert title.endswith("…") and len(title) <= 1001
    assert title[:-1].split()[-1] == "word"  # cut between words, not inside one
