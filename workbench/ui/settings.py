"""Every setting, declared once with its default, over ``QSettings``.

Preferences (what the editor chose) live under ``prefs/``; window state
(geometry, splitter sizes) under ``state/``, so resetting the layout never
forgets the reviewer's name.
"""

from __future__ import annotations

import getpass
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

# lower-case names give the usual paths: ~/.config/claim-workbench/claim-workbench.ini
ORGANIZATION = "claim-workbench"
APPLICATION = "claim-workbench"
MAX_RECENT = 10


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    type: type


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


REVIEWER = Setting("prefs/reviewer", _user(), str)
# login names that belong to no person: a decision signed so says nothing of who
# made it (trial 26: every decision of a desk machine was signed "root")
SYSTEM_ACCOUNTS = frozenset(
    {"root", "admin", "administrator", "user", "guest", "ubuntu", "debian", "pi"}
    | {"vagrant", "docker", "runner", "ec2-user", "default", "owner", "editor", "newsroom"}
)


def is_system_account(name: str) -> bool:
    return not name.strip() or name.strip().lower() in SYSTEM_ACCOUNTS


RECENT_LOGS = Setting("prefs/recentLogs", [], list)
APPEARANCE = Setting("prefs/appearance", "system", str)  # system, light or dark
ADVANCE_AFTER_DECIDING = Setting("prefs/advanceAfterDeciding", True, bool)
LAST_FOLDER = Setting("prefs/lastFolder", "", str)
LAST_EXPORT_SUFFIX = Setting("prefs/lastExportSuffix", ".html", str)


def export_folder(log: Path) -> Setting:
    """Where the last report of this review log went."""
    key = hashlib.sha1(str(log.resolve()).encode("utf-8")).hexdigest()[:16]
    return Setting(f"prefs/exportFolder/{key}", "", str)


REVIEWER_ENV = "WORKBENCH_REVIEWER"  # as `workbench review` reads it


def from_environment() -> str:
    return os.environ.get(REVIEWER_ENV, "").strip()


def reviewer() -> str:
    """Who signs: $WORKBENCH_REVIEWER when set, as the command line reads it
    (fresh trial: the window signed with a name an earlier editor had typed
    while `workbench review` on the same desk signed with the variable's),
    else the name typed last time, else the login name."""
    return from_environment() or get(REVIEWER)


def store() -> QSettings:
    """INI files in the user's config folder (tests point it at a temp dir)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def get(setting: Setting) -> Any:
    value = store().value(setting.key, setting.default)
    if setting.type is bool:
        return value in (True, "true", "1", 1)
    if setting.type is list:
        if value in (None, ""):
            return []
        return [str(v) for v in value] if isinstance(value, list) else [str(value)]
    return setting.type(value) if value is not None else setting.default


def put(setting: Setting, value: Any) -> None:
    store().setValue(setting.key, value)


def remember_recent(path: str) -> list[str]:
    recent = [p for p in get(RECENT_LOGS) if p != path]
    recent.insert(0, path)
    put(RECENT_LOGS, recent[:MAX_RECENT])
    return recent[:MAX_RECENT]


def forget_recent(path: str) -> None:
    put(RECENT_LOGS, [p for p in get(RECENT_LOGS) if p != path])


def save_state(name: str, data: QByteArray) -> None:
    store().setValue(f"state/{name}", data)


def restore_state(name: str) -> QByteArray | None:
    value = store().value(f"state/{name}")
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None
