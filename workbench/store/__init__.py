"""The review log (see ``log``): the only code that reads or writes it."""

import sqlite3  # noqa: F401 - tests trace the store's connections through it

from . import lite  # noqa: F401 - first: sqlite-utils without NumPy (see lite)
from .disk import BUSY_TIMEOUT, StoreError, log_files
from .held_decisions import Decided, decided_in, ranked
from .holding import logs_holding, logs_sharing
from .log import MIN_PREFIX, ReviewLog, now
from .records import (
    ArticleRecord,
    DiscrepancyRecord,
    FindingRecord,
    HistoryEntry,
    LinkHistoryEntry,
    Review,
    SaveResult,
    SideRecord,
    VersionRecord,
    by_decision,
)
from .reviews import STATUSES, Change
from .schema import APP_ID, OUR_TABLES, REVIEW_FIELDS, SCHEMA_VERSION

__all__ = [
    "APP_ID",
    "BUSY_TIMEOUT",
    "MIN_PREFIX",
    "OUR_TABLES",
    "REVIEW_FIELDS",
    "SCHEMA_VERSION",
    "STATUSES",
    "ArticleRecord",
    "Change",
    "Decided",
    "DiscrepancyRecord",
    "FindingRecord",
    "HistoryEntry",
    "LinkHistoryEntry",
    "Review",
    "ReviewLog",
    "SaveResult",
    "SideRecord",
    "StoreError",
    "VersionRecord",
    "by_decision",
    "decided_in",
    "log_files",
    "logs_holding",
    "logs_sharing",
    "now",
    "ranked",
]
