"""Icons, stylesheets and desktop files: present, loadable, and in the wheel."""

from __future__ import annotations

import configparser
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

from conftest import ROOT

from workbench.store import STATUSES
from workbench.ui import resources
from workbench.ui.states import LEGEND_ORDER

ICON_SIZES = resources.ICON_SIZES


def test_every_state_and_status_has_an_icon(qtbot):
    for name in (*LEGEND_ORDER, *STATUSES):
        icon = resources.status_icon(name)
        assert not icon.isNull(), name
        assert not icon.pixmap(16, 16).isNull(), name


def test_app_icon_has_every_size(qtbot):
    icon = resources.app_icon()
    assert not icon.isNull()
    sizes = {s.width() for s in icon.availableSizes()}
    assert set(ICON_SIZES) <= sizes


def test_stylesheets_load_and_name_real_widgets(qtbot):
    for dark in (False, True):
        qss = resources.stylesheet(dark)
        assert "#messageBar" in qss and "ArticleColumn" in qss


def test_desktop_entry_and_metainfo_are_well_formed():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(ROOT / "resources" / "claim-workbench.desktop", encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Type"] == "Application" and d["Icon"] == "claim-workbench"
    assert d["Exec"].startswith("claim-workbench open") and "%F" in d["Exec"]
    meta = ET.parse(ROOT / "resources" / "io.github.claimworkbench.ClaimWorkbench.metainfo.xml")
    root = meta.getroot()
    assert root.findtext("launchable") == "claim-workbench.desktop"
    assert root.find("screenshots/screenshot/image") is not None


def test_pip_install_from_a_checkout_includes_the_resources(tmp_path):
    """`pip install .` ships resources/ as workbench.resources (wheel contents)."""
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    wheel = next(tmp_path.glob("claim_workbench-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "workbench/resources/__init__.py",
        "workbench/resources/styles/light.qss",
        "workbench/resources/styles/dark.qss",
        "workbench/resources/icons/claim-workbench.svg",
        "workbench/resources/icons/status/verified.svg",
        "workbench/resources/claim-workbench.desktop",
        "workbench/resources/io.github.claimworkbench.ClaimWorkbench.metainfo.xml",
        "workbench/models/minilm-vocab.txt",
        *(
            f"workbench/resources/icons/hicolor/{n}x{n}/apps/claim-workbench.png"
            for n in ICON_SIZES
        ),
    }
    assert expected <= names, sorted(expected - names)
