"""The JSON manifest beside a backup: what it held, and its audit fingerprint, when written."""

from __future__ import annotations

import json
from pathlib import Path


def manifest_path(path: Path) -> Path:
    """The JSON beside a backup that records what it held when it was written."""
    return path.with_name(path.name + ".json")


def read_manifest(path: Path) -> dict[str, object]:
    """A backup's manifest ({} when there is none or it cannot be read)."""
    try:
        data = json.loads(manifest_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def manifest_fingerprint(path: Path) -> str:
    """The audit fingerprint a backup's manifest carries ("" for older backups)."""
    value = read_manifest(path).get("fingerprint")
    return value if isinstance(value, str) else ""
