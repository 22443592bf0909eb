"""A child process that records reviews on a shared log, one per line
acknowledged: ``python -m tests.helpers.reviewer LOG NAME COUNT``.
A line ``ok NOTE`` is printed only after set_review returned, i.e. after the
commit; those are the writes that must never be lost."""

from __future__ import annotations

import sys

from workbench.store import ReviewLog, StoreError


def main() -> None:
    path, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    done = 0
    while done < count:
        log = ReviewLog(path, create=False)  # re-opened every few writes, as people do
        try:
            for _ in range(min(5, count - done)):
                ids = [r.id for r in log.discrepancies(include_orphaned=False)]
                note = f"{name}-{done}"
                done += 1
                try:
                    log.set_review(ids[done % len(ids)], "disputed", note=note, reviewer=name)
                except StoreError as exc:
                    print(f"fail {note} {exc}", flush=True)
                    continue
                print(f"ok {note}", flush=True)
        finally:
            log.close()
    print("done", flush=True)


if __name__ == "__main__":
    main()
