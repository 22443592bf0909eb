#!/bin/sh
# Build the app from a clean checkout and check the frozen binary.
#
#   packaging/smoke_test.sh          # several minutes; not part of the test run
#
# 1. clones the current commit into a temporary folder and runs packaging/build.sh;
# 2. runs the frozen binary: --version, `check` on the seeds with --json, and
#    compares that JSON with the same command run from source;
# 3. opens the window offscreen on the seeds, waits until the analysis is saved,
#    keeps it open a few seconds and fails on any traceback or Qt error;
# 4. prints the build size and the frozen app's start-up times.
set -eu
HERE="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d /tmp/wb-smoke.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
git clone --quiet "$HERE" "$WORK/src"
cd "$WORK/src"
echo "== build (clean checkout of $(git rev-parse --short HEAD))"
start=$(date +%s)
packaging/build.sh
echo "build took $(( $(date +%s) - start )) s"
APP="$WORK/src/dist/claim-workbench/claim-workbench"
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data"
exec build/venv/bin/python packaging/smoke_check.py "$APP"
