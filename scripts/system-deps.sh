#!/usr/bin/env bash
# Installs the Debian libraries Qt needs (offscreen, xcb under Xvfb) and the PDF/barcode test
# tools (poppler, qpdf, zbar) when any is missing.
set -eu
pkgs="libegl1 libgl1 libx11-6 libbrotli1 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0
libxkbcommon0 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1
libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 libcups2 xvfb xauth poppler-utils qpdf zbar-tools"
command -v dpkg-query >/dev/null 2>&1 || { echo "system-deps: not a Debian system, skipped"; exit 0; }
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "system-deps: installing$missing"
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
