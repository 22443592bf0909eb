#!/bin/sh
# Install the built app for the current user and add it to the desktop menu.
#
#   packaging/build.sh && packaging/install-desktop.sh
#   packaging/install-desktop.sh --uninstall
#
# Copies dist/claim-workbench/ to ~/.local/opt/claim-workbench, links the binary
# as ~/.local/bin/claim-workbench, and installs the .desktop entry, the AppStream
# metainfo and the icons (hicolor 16-512 px and scalable SVG) under ~/.local/share.
set -eu
cd "$(dirname "$0")/.."
PREFIX="${PREFIX:-$HOME/.local}"
DATA="${XDG_DATA_HOME:-$PREFIX/share}"
OPT="$PREFIX/opt/claim-workbench"
ID=claim-workbench
META=io.github.claimworkbench.ClaimWorkbench.metainfo.xml

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$OPT" "$PREFIX/bin/$ID" "$DATA/applications/$ID.desktop" "$DATA/metainfo/$META"
    find "$DATA/icons/hicolor" -name "$ID.png" -delete 2>/dev/null || true
    rm -f "$DATA/icons/hicolor/scalable/apps/$ID.svg"
    echo "removed Claim Workbench from $PREFIX"
    exit 0
fi
if [ ! -x dist/claim-workbench/claim-workbench ]; then
    echo "install-desktop.sh: dist/claim-workbench/ is missing: run packaging/build.sh first" >&2
    exit 2
fi
mkdir -p "$PREFIX/opt" "$PREFIX/bin" "$DATA/applications" "$DATA/metainfo"
rm -rf "$OPT"
cp -a dist/claim-workbench "$OPT"
ln -sf "$OPT/claim-workbench" "$PREFIX/bin/$ID"
# Exec= names the binary by its full path so the menu works even when
# ~/.local/bin is not on the desktop session's PATH.
sed -e "s|^Exec=claim-workbench|Exec=$OPT/claim-workbench|" \
    -e "s|^TryExec=claim-workbench|TryExec=$OPT/claim-workbench|" \
    resources/$ID.desktop > "$DATA/applications/$ID.desktop"
cp resources/$META "$DATA/metainfo/$META"
for dir in resources/icons/hicolor/*/; do
    size="$(basename "$dir")"
    mkdir -p "$DATA/icons/hicolor/$size/apps"
    cp "$dir/apps/$ID.png" "$DATA/icons/hicolor/$size/apps/$ID.png"
done
mkdir -p "$DATA/icons/hicolor/scalable/apps"
cp resources/icons/$ID.svg "$DATA/icons/hicolor/scalable/apps/$ID.svg"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
echo "installed: $PREFIX/bin/$ID and the 'Claim Workbench' menu entry"
