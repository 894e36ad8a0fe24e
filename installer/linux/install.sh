#!/bin/sh
# Install this bundle for the current user: ~/.local/opt/ikrar-desktop, a menu entry and the icon.
# The data folder (~/.local/share/ikrar-desktop: database, backups, logs) is never touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dest="$HOME/.local/opt/ikrar-desktop"
share="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$dest" "$share/applications" "$share/icons/hicolor/256x256/apps" "$HOME/.local/bin"
rm -rf "$dest/_internal"
cp -a "$here/ikrar-desktop" "$here/_internal" "$dest/"
cp "$here/ikrar-desktop-256.png" "$share/icons/hicolor/256x256/apps/ikrar-desktop.png"
sed "s|^Exec=.*|Exec=$dest/ikrar-desktop|" "$here/ikrar-desktop.desktop" \
  > "$share/applications/ikrar-desktop.desktop"
ln -sf "$dest/ikrar-desktop" "$HOME/.local/bin/ikrar-desktop"
echo "Ikrar Desktop terpasang di $dest (menu: Office → Ikrar Desktop)."
