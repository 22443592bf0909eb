"""Render screenshots of the window with the seeds loaded (offscreen).

    python docs/make_screenshots.py [--out docs/screenshots]

Writes window-1280x800.png, window-1920x1080.png and window-dark-1280x800.png:
the seeds analysed, the 30 miles / 50km flag selected, one flag verified
with a note so every highlight state is on screen; and, for docs/guide.md,
guide-empty.png (the window before any article), guide-columns.png (the
reading area with its link curves), guide-scroll-in-step.png (a clicked
sentence and its partner levelled, then one column scrolled: both move),
guide-panel.png (the review panel with a note and a proposed correction) and
guide-legend.png,
guide-legend-dark.png (the legend's swatch of each state). Uses a throwaway review
log and settings folder, so it never touches an editor's own.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

SIZES = ((1280, 800, "light"), (1920, 1080, "light"), (1280, 800, "dark"))


def wait(app: QApplication, condition, timeout: float = 120.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for the window")
        app.processEvents()
        time.sleep(0.01)


def settle(app: QApplication, seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def guide(app: QApplication, seeds: list[Path], tmp: Path, out: Path) -> None:
    from workbench.ui.window import MainWindow

    w = MainWindow()
    w.resize(1280, 800)
    w.show()
    w.act_appearance_light()
    settle(app)
    w.grab().save(str(out / "guide-empty.png"))
    w.panel.reviewer.setText("A. Editor")
    w.open_paths([str(s) for s in seeds], str(tmp / "guide.sqlite"))
    wait(app, lambda: not w.session.busy() and w.session.analysis is not None)
    quote = next(r.id for r in w.session.rows if r.kind == "quote")
    w.select(quote)
    w.change_review(quote, {"status": "needs-correction"}, "Mark", "")
    w.change_review(
        quote,
        {
            "note": "001 cuts the quote after 'every single day'; the Pentagon transcript "
            "continues.",
            "correction": "Quote the full sentence, or mark the cut with an ellipsis.",
            "article": "001_5b6645cec48d2afd",
        },
        "Edit",
        "",
    )
    w.main_split.setSizes([330, 470])
    settle(app)
    w.panel.grab().save(str(out / "guide-panel.png"))
    miles = next(
        r.id
        for r in w.session.rows
        if {s.text for s in r.sides} == {"about 30 miles", "about 50km"}
    )
    w.main_split.setSizes([520, 280])
    w.select(miles)
    settle(app)
    w.columns.grab().save(str(out / "guide-columns.png"))
    scrolled_in_step(app, w, out)
    for name in ("guide-empty.png", "guide-panel.png", "guide-columns.png"):
        print(f"wrote {out / name}")
    legend(app, w, out)
    w.close()
    settle(app, 0.1)


def scrolled_in_step(app: QApplication, w, out: Path) -> None:
    """Scrolling in step (guide-scroll-in-step.png): no finding selected, a
    click on "The onslaught had taken 50 of 370 districts" in the first column
    lines up the sentence aligned with it in the second (both shaded); then
    the first column is scrolled a few lines and the second moves with it, the
    two sentences still level."""
    from PySide6.QtCore import QModelIndex

    w.table.setCurrentIndex(QModelIndex())  # no finding selected
    settle(app)
    first = w.columns.columns[0]
    claim = next(
        c
        for c in w.session.analysis.claims
        if c.article == first.article.id and "onslaught" in c.text
    )
    first.center_on(claim.start, claim.end)
    settle(app)
    w._claim_clicked(first.article.id, claim.start + 2)
    settle(app)
    bar = first.text.verticalScrollBar()
    bar.setValue(bar.value() + 4 * bar.singleStep())
    settle(app)
    w.columns.grab().save(str(out / "guide-scroll-in-step.png"))
    print(f"wrote {out / 'guide-scroll-in-step.png'}")


def legend(app: QApplication, w, out: Path) -> None:
    """The Help › legend dialog in light and dark: a swatch per state, as
    the columns draw it, at 100 % (guide-legend.png, guide-legend-dark.png)."""
    from PySide6.QtWidgets import QTextBrowser

    for appearance, name in (("light", "guide-legend.png"), ("dark", "guide-legend-dark.png")):
        {"light": w.act_appearance_light, "dark": w.act_appearance_dark}[appearance]()
        w.act_legend()
        settle(app)
        browser = w.findChildren(QTextBrowser, "legend")[-1]
        dialog = browser.window()
        dialog.resize(560, 300)
        settle(app)
        dialog.grab().save(str(out / name))
        dialog.close()
        print(f"wrote {out / name}")
    w.act_appearance_light()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="wb-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))

    from workbench.ui.app import application
    from workbench.ui.window import MainWindow

    app = application()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    guide(app, seeds, tmp, out)
    for width, height, appearance in SIZES:
        db = tmp / f"review-{width}-{appearance}.sqlite"
        w = MainWindow()
        w.resize(width, height)
        w.show()
        {"light": w.act_appearance_light, "dark": w.act_appearance_dark}[appearance]()
        w.panel.reviewer.setText("A. Editor")
        w.open_paths([str(s) for s in seeds], str(db))
        wait(app, lambda w=w: not w.session.busy() and w.session.analysis is not None)
        rows = {frozenset(s.text for s in r.sides): r.id for r in w.session.rows}
        july = rows.get(frozenset({"July", "next month"}))
        miles = rows.get(frozenset({"about 30 miles", "about 50km"}))
        if july:
            w.change_review(
                july,
                {"status": "verified", "note": "Both put the pull-out in July 2021."},
                "Verify",
                "",
            )
        if miles:
            w.select(miles)
        settle(app)
        name = f"window{'-dark' if appearance == 'dark' else ''}-{width}x{height}.png"
        w.grab().save(str(out / name))
        print(f"wrote {out / name}")
        w.close()
        settle(app, 0.1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
