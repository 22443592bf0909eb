#!/bin/sh
# Build the one-folder app into dist/claim-workbench/ from a clean checkout.
#
#   packaging/build.sh            # about 2-4 minutes on a 2-core machine
#
# Uses its own virtual environment (build/venv) with a regular (non-editable)
# install, so the frozen app contains exactly what `pip install .` installs.
set -eu
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
VENV=build/venv
if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/pip" install --quiet --upgrade pip
# setuptools reuses build/lib: a module since moved into a package (store.py ->
# store/) would otherwise be copied into the install beside it
rm -rf build/lib
"$VENV/bin/pip" install --quiet ".[embeddings]" "pyinstaller>=6.10"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/claim-workbench.spec
echo "built dist/claim-workbench/ ($(du -sh dist/claim-workbench | cut -f1))"
echo "run it:  dist/claim-workbench/claim-workbench open seeds/*.txt"
