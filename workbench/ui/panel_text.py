"""The review panel's texts: a sentence with its value marked, a finding's
versions and its heading (kept apart from the panel's widgets)."""

from __future__ import annotations

import html

from ..findings.brief import told_briefly, top_wordings, version_lines, why_line
from ..findings.copy_groups import copies_said
from ..findings.headline import headline
from ..naming import stated_twice, twice_line
from ..raised import shown_verdict
from ..text import value_at
from .rows import FindingRow
from .states import state_style


def highlighted_sentence(sentence: str, value: str, color: str, hint: int | None = None) -> str:
    """The sentence as HTML with the value marked: where the flag found it
    (``hint``, an offset in the sentence), else its first occurrence as
    whole words (value_at)."""
    at = value_at(sentence, value, hint)
    if at < 0:
        return html.escape(sentence)
    return (
        html.escape(sentence[:at])
        + f'<b style="background-color:{color}; color:black">'
        + html.escape(value)
        + "</b>"
        + html.escape(sentence[at + len(value) :])
    )


def all_versions(row: FindingRow, labels: dict[str, str]) -> str:
    """Every version of a finding with the sources stating it, one a line,
    and how many of them are independent and why, as check and the report
    say it (trial 37 read "2 independent" and could not see why)."""
    lines = [f"All {row.versions} versions:" if row.versions > 2 else "Both versions:"]
    # a row of an older caller may carry neither: every source counts then
    copies = getattr(row, "copies", ())
    counts = getattr(row, "independent", ()) or tuple(len(a) for _v, a in row.version_sources)
    for (value, articles), count in zip(row.version_sources, counts, strict=False):
        names = ", ".join(labels.get(a, a) for a in articles)
        many = count < len(set(articles))  # why, once below (trial 40: once per version)
        lines.append(f"• ‘{value}’ — {names}" + (f" ({count} independent)" if many else ""))
    versions = list(zip((a for _v, a in row.version_sources), counts, strict=False))
    # in check's words: who counts once, then links counted apart (trial 48)
    lines += copies_said(versions, copies, getattr(row, "apart", ()), labels)
    # one source under two versions, said (trial 31)
    if twice := twice_line(row.version_sources, lambda a: labels.get(a, a)):
        lines.append(twice)
    return "\n".join(lines)


def copied(row: FindingRow) -> bool:
    """Some version is stated by sources that count once (copies)."""
    counts = zip(getattr(row, "independent", ()), row.version_sources, strict=False)
    return any(n < len(set(a)) for n, (_v, a) in counts)


def versions_worth_showing(row: FindingRow) -> bool:
    """The panel lists every version when its pair does not show them all, one
    source states two, or some count once (copies: the panel says why)."""
    return row.versions > 2 or bool(stated_twice(row.version_sources)) or copied(row)


def heading(row: FindingRow, dark: bool) -> str:
    """Kind, verdict (colour, marker and word), whether the latest analysis
    still holds it, and the id."""
    style = state_style(row.verdict, dark)
    gone = (
        " · no longer compared (its articles are unchanged: a date may have changed)"
        if row.uncompared
        else " · no longer found in the current articles"
        if row.orphaned
        else ""
    )
    return (
        f"<b>{html.escape(row.kind.capitalize())}</b> · "
        f'<span style="color:{style.color.name()}">{style.marker} '
        f"<b>{html.escape(_label(row, style.label))}</b></span>{gone}"
        f" · <small>id {html.escape(row.id)}</small>"
    )


def _label(row: FindingRow, label: str) -> str:
    """The verdict's word: an editor's finding says who raised it."""
    if not row.raised_by:
        return label
    said = shown_verdict(row.verdict, row.raised_by)
    return said[:1].upper() + said[1:]  # "Raised by Lead Editor": the name as signed


def other_sentences(row: FindingRow, labels: dict[str, str], color: str, text_of) -> str:
    """Every source's sentence the pair above does not show, as HTML: its
    source in bold, its sentence with the value marked, the value after
    normalisation (trial 39: a three-source finding showed two sentences, and
    the third source's was in no part of the panel). "" when the pair shows
    them all. ``text_of``: an article's text by id, to mark the value where
    the flag found it."""
    from ..text import offset_in

    shown = {(s.article, s.claim_text or s.text) for s in row.sides[:2]}
    parts = []
    for sides in row.version_sides:
        for side in sides:
            sentence = side.claim_text or side.text
            if (side.article, sentence) in shown:
                continue
            shown.add((side.article, sentence))
            hint = offset_in(text_of(side.article), side.claim_text, side.start)
            parts.append(
                f"<b>{html.escape(labels.get(side.article, side.article))}</b><br>"
                f"{highlighted_sentence(sentence, side.text, color, hint)}<br>"
                f"&nbsp;&nbsp;&nbsp;→ {html.escape(side.normalized)}"
            )
    return "<br><br>".join(parts)


def explained(row: FindingRow, labels: dict[str, str], dated=None) -> str:
    """The panel's explanation: the line an editor checks first (the one
    ``check`` and the report show, ``findings.headline``), then the finding's
    own explanation (user trial 47 read a wall of text). A finding of three
    versions or more: one line a version (``dated(article)``: its date) and
    one line of why, its reasons pair by pair below (trial 49)."""
    versions = row.version_sources or tuple((s.text, (s.article,)) for s in row.sides)
    verdict = shown_verdict(row.verdict, row.raised_by)
    short = headline(row.kind, verdict, versions, labels, row.explanation)
    if told_briefly(row.versions, row.explanation) and row.version_sources:
        return briefly(row, labels, short, dated)
    return f"{short}\n\n{row.explanation}" if short and row.explanation else row.explanation


def briefly(row: FindingRow, labels: dict[str, str], short: str, dated=None) -> str:
    """:func:`explained` of a finding of three versions or more."""
    arts = {a for _v, articles in row.version_sources for a in articles}
    published = {a: dated(a) for a in arts} if dated is not None else {}
    lines = [short] if short else []
    lines += version_lines(row.version_sources, labels, published)
    top = top_wordings(row.version_sources[0][0])
    lines.append(why_line(row.explanation, shown_verdict(row.verdict, row.raised_by), top))
    return "\n".join(lines) + f"\n\nPair by pair: {row.explanation}"
