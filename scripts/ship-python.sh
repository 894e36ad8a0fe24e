#!/usr/bin/env bash
# Print the interpreter the shipped program is built and tested on: CPython 3.13 (None and True
# are immortal there, so PySide6 6.12's refcount defect cannot abort it; see ui/shell/refguard.py).
set -euo pipefail
want=3.13
root=$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")
for candidate in "python$want" "$root"/versions/"$want".*/bin/python"$want"; do
  path=$(command -v "$candidate" 2>/dev/null) || continue
  if "$path" -c 'import sys; sys.exit("%d.%d" % sys.version_info[:2] != sys.argv[1])' "$want" 2>/dev/null; then
    echo "$path"
    exit 0
  fi
done
echo "ship-python: CPython $want tidak ditemukan (python$want di PATH atau pyenv)." >&2
exit 1
