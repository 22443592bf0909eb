"""Render the application icon's PNGs (16–512 px) from its SVG source.

    python packaging/render_icons.py

Writes resources/icons/hicolor/<N>x<N>/apps/claim-workbench.png, the layout a
freedesktop icon theme uses, so packaging/install-desktop.sh can copy the
tree as it is. Run it after editing resources/icons/claim-workbench.svg.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "claim-workbench.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE}: not a valid SVG")
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        out = ROOT / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        out.mkdir(parents=True, exist_ok=True)
        image.save(str(out / "claim-workbench.png"))
        print(f"wrote {out / 'claim-workbench.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
