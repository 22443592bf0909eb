"""Bytes to text: UTF-8, UTF-16/32, cp1252, and the refusal of binary files."""

from __future__ import annotations

import codecs
import re

from .errors import ArticleError, NoText, kinds_named


class _Undecodable(Exception):
    """Raised from the codec error handler with the offset of a hopeless byte."""

    def __init__(self, offset: int) -> None:
        super().__init__(offset)
        self.offset = offset


def _cp1252_repair(exc: UnicodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 rejects as cp1252: one stray Windows byte (a
    curly apostrophe pasted into a UTF-8 file) must not turn the rest to mojibake."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    try:
        return bytes(exc.object[exc.start : exc.end]).decode("cp1252"), exc.end
    except UnicodeDecodeError as inner:
        raise _Undecodable(exc.start + inner.start) from None


codecs.register_error("workbench-cp1252", _cp1252_repair)

_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' if the NUL bytes fall on one side of each pair,
    as they do for text that is mostly ASCII; None for other data with NULs."""
    sample = data[:65536]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even, odd = sample[0 : 2 * pairs : 2].count(0), sample[1 : 2 * pairs : 2].count(0)
    if odd >= 0.6 * pairs and even <= 0.05 * pairs:
        return "utf-16-le"
    if even >= 0.6 * pairs and odd <= 0.05 * pairs:
        return "utf-16-be"
    return None


_PLAIN = frozenset(b"\t\n\r") | frozenset(range(0x20, 0x7F))
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def bom_contradicted(data: bytes) -> bool:
    """True for a file that starts with a UTF-16 byte order mark (FF FE or
    FE FF) that the bytes after it contradict: ordinary text (UTF-8 or a
    Windows encoding) and no UTF-16 — read as UTF-16 it is a line of CJK and
    unassigned code points (a fresh trial's file read as "⃺慧扲条…").

    Ordinary text has no NUL or other control byte, a space or line end every few bytes, and
    nearly all bytes printable ASCII (or is valid UTF-8). UTF-16 text of any
    language has NULs beside its ASCII, or low bytes spread over all 256
    values, seldom 0x20. Too short a text to tell (under 32 bytes after the
    mark) keeps its mark's word."""
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")) or data.startswith(b"\xff\xfe\x00\x00"):
        return False
    rest = data[2:65538]
    if len(rest) < 32 or _CONTROL_BYTES.search(rest):
        return False
    if rest.count(b" ") + rest.count(b"\n") < 0.08 * len(rest):
        return False
    if sum(1 for byte in rest if byte in _PLAIN) >= 0.9 * len(rest):
        return True
    try:
        rest[: len(rest) - 3].decode("utf-8")  # may cut the last character
    except UnicodeDecodeError as exc:
        return exc.start >= len(rest) - 6
    return True


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 (with or without BOM), or cp1252.

    Legacy single-byte files are common in newsroom archives; cp1252 is a
    superset of Latin-1's printable range. Bytes that are not UTF-8 are read
    as cp1252 one by one, so a single stray byte stays a single character.
    Bytes undefined in cp1252 mean the file is not text we can trust, so we
    refuse rather than guess.
    """
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32")):
        if data.startswith(bom):
            try:
                return _checked(data.decode(codec), name)
            except UnicodeDecodeError:
                raise ArticleError(f"{name}: undecodable UTF-32 text") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) and not bom_contradicted(data):
        try:
            return _checked(data.decode("utf-16"), name)
        except UnicodeDecodeError:
            raise ArticleError(f"{name}: undecodable UTF-16 text") from None
    for magic, kind in (
        (b"%PDF-", "a PDF"),
        (b"PK\x03\x04", "a ZIP or Word file"),
        (b"{\\rtf", "an RTF file"),
        (b"\xd0\xcf\x11\xe0", "an old Word (.doc) file"),  # an article: refused, not skipped
    ):
        if data.startswith(magic):
            raise ArticleError(
                f"{name}: {kind}, not an article: save it as {kinds_named()} "
                "(a PDF or Word file is read only when named .pdf or .docx)"
            )
    if b"\x00" in data:
        codec = _utf16_without_bom(data)
        if codec is None:
            raise NoText(f"{name}: binary file, not an article (contains NUL bytes)")
        try:
            return _checked(data.decode(codec), name)
        except UnicodeDecodeError:
            raise ArticleError(f"{name}: undecodable UTF-16 text (no byte order mark)") from None
    if bom_contradicted(data):
        data = data[2:]  # two stray bytes, not the mark of UTF-16 text
    try:
        text = data.decode("utf-8-sig", errors="workbench-cp1252")
    except _Undecodable as exc:
        raise ArticleError(
            f"{name}: undecodable bytes at offset {exc.offset} "
            "(neither UTF-8 nor a Windows/Latin-1 encoding)"
        ) from None
    return _checked(text, name)


def _checked(text: str, name: str) -> str:
    """Refuse decoded text that is mostly control characters: binary data."""
    controls = len(_CONTROLS.findall(text))
    if controls > max(2, len(text) // 100) or "\x00" in text:
        raise NoText(f"{name}: binary file, not an article (control characters)")
    return text


def decode_as(data: bytes, charset: str, name: str) -> str:
    """Decode with the charset a web server named, as a browser does; a name
    Python does not know, or bytes that do not fit it, fall back to
    :func:`decode`'s own detection."""
    try:
        codec = codecs.lookup(charset).name
    except LookupError:
        return decode(data, name)
    # UTF-8, and Latin-1 and ASCII (which browsers read as cp1252): our own
    # detection does those, with BOMs and a stray Windows byte in UTF-8
    if codec.startswith(("utf-", "utf_")) or codec in ("latin-1", "iso8859-1", "ascii", "cp1252"):
        return decode(data, name)
    try:
        return _checked(data.decode(codec), name)
    except UnicodeDecodeError:
        return decode(data, name)


def not_utf8(data: bytes) -> str:
    """One line saying how a text file that is not all UTF-8 was read, or ""
    (trial 30: a UTF-8 file with one stray byte 0xFF read "twoÿ-party" without
    a word): its bytes that UTF-8 rejects were read as Windows-1252. A file
    with a UTF-16/32 mark or NUL bytes is read otherwise and is not asked."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")) or b"\x00" in data:
        return ""
    if bom_contradicted(data):
        data = data[2:]  # said on its own
    stray, first, at, valid = 0, b"", -1, 0
    rest = data
    offset = 0
    while rest:
        try:
            rest.decode("utf-8")
            valid += sum(1 for b in rest if b >= 0xC0)
            break
        except UnicodeDecodeError as exc:
            valid += sum(1 for b in rest[: exc.start] if b >= 0xC0)
            if at < 0:
                at, first = offset + exc.start, rest[exc.start : exc.end]
            stray += exc.end - exc.start
            offset += exc.end
            rest = rest[exc.end :]
    if not stray:
        return ""
    s = "" if stray == 1 else "s"
    where = f"0x{first.hex().upper()} at byte {at} read as ‘{first.decode('cp1252', 'replace')}’"
    if not valid:
        return f"not UTF-8: read as Windows-1252 (Latin-1), {stray} byte{s} beyond ASCII ({where})"
    return (
        f"UTF-8 text with {stray} stray byte{s} that UTF-8 rejects, read as Windows-1252 "
        f"({where}): check the text there"
    )
