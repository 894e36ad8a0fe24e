#!/usr/bin/env bash
# make package: the Linux one-folder bundle and tarball, the NSIS script compiled, the smoke test.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${VENV:-.venv}/bin
VERSION=$("$BIN/python" -c "import ikrar_desktop; print(ikrar_desktop.__version__)")
DIST=dist/ikrar-desktop
TARBALL="dist/ikrar-desktop-$VERSION-linux-x86_64.tar.gz"
t0=$(date +%s)

echo "package: PyInstaller one-folder bundle ($DIST)"
"$BIN/pyinstaller" --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  installer/ikrar-desktop.spec
t_build=$(date +%s)

echo "package: frozen smoke test"
smoke_data=$(mktemp -d)
trap 'rm -rf "$smoke_data"' EXIT
QT_QPA_PLATFORM=offscreen IKRAR_DATA_DIR="$smoke_data" "$DIST/ikrar-desktop" --smoke-test

echo "package: tarball with the .desktop file and icon"
stage="build/tarball/ikrar-desktop-$VERSION"
rm -rf build/tarball
mkdir -p "$stage"
cp -a "$DIST/." "$stage/"
cp installer/linux/ikrar-desktop.desktop installer/linux/install.sh \
  installer/icons/ikrar-desktop-256.png "$stage/"
tar -C build/tarball -czf "$TARBALL" "ikrar-desktop-$VERSION"

echo "package: NSIS script (Debian makensis, warnings are errors)"
if ! command -v makensis >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends nsis
fi
# The Windows bundle can only be built on Windows; here the script is compiled against a
# placeholder folder of the same shape, which proves it valid. Never ship this setup.exe.
placeholder=build/nsis-placeholder/ikrar-desktop
rm -rf build/nsis-placeholder
mkdir -p "$placeholder/_internal"
echo "placeholder, not a program" > "$placeholder/ikrar-desktop.exe"
echo "placeholder" > "$placeholder/_internal/README.txt"
mkdir -p build/nsis-check
makensis -WX -V2 -DDIST="$PWD/$placeholder" -DVERSION="$VERSION" \
  -DOUTFILE="$PWD/build/nsis-check/ikrar-desktop-$VERSION-setup-PLACEHOLDER.exe" \
  installer/ikrar-desktop.nsi
t_end=$(date +%s)

echo "package: done in $((t_end - t0)) s (PyInstaller $((t_build - t0)) s)"
echo "  bundle  $(du -sm "$DIST" | cut -f1) MB  $DIST"
echo "  tarball $(du -m "$TARBALL" | cut -f1) MB  $TARBALL"
echo "  NSIS    build/nsis-check/ikrar-desktop-$VERSION-setup-PLACEHOLDER.exe (script check)"
