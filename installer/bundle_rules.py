"""What the PyInstaller spec drops from the bundle (shared with the Windows dry-run listing)."""

from __future__ import annotations

import fnmatch
from collections.abc import Callable

# Qt plugin folders kept whole or in part; every other plugin folder is dropped.
# platforms: xcb (Linux desktop), windows (Windows), offscreen (--smoke-test), minimal.
KEEP_PLUGINS = {
    "platforms": ("*qxcb*", "*qwindows*", "*qoffscreen*", "*qminimal.*", "*libqminimal.so"),
    "platforminputcontexts": ("*compose*", "*ibus*"),  # compose key / IME on Linux
    "xcbglintegrations": ("*",),  # xcb asks for them at start (tiny)
    "imageformats": ("*qjpeg*", "*qico*", "*qsvg*", "*qgif*"),  # logos, the icon; PNG is built in
    "iconengines": ("*",),  # SVG icons
    "styles": ("*",),  # Windows 11 style (qmodernwindowsstyle)
    "printsupport": ("*",),  # CUPS on Linux
}

# Qt libraries no code path of the program loads (QML/Quick come in through plugins only).
DROP_LIBRARIES = (
    "*opengl32sw.dll",  # 20 MB software OpenGL: a Widgets app renders with the raster engine
    "*Qt6Qml*",
    "*Qt6Quick*",
    "*Qt6VirtualKeyboard*",
    "*Qt6WaylandClient*",
    "*Qt6WaylandEglClientHwIntegration*",
    "*Qt6WlShellIntegration*",
    "*Qt6EglFs*",
    "*Qt6Designer*",
    "*Qt6Pdf*Quick*",
    "*libgtk-3*",
    "*libgdk-3*",
)


def _parts(dest: str) -> list[str]:
    return dest.replace("\\", "/").split("/")


def qt_plugin(dest: str) -> tuple[str, str] | None:
    """``(folder, file)`` when ``dest`` is a Qt plugin inside the PySide6 folder."""
    parts = _parts(dest)
    if parts[0] != "PySide6" or "plugins" not in parts:
        return None
    at = parts.index("plugins")
    if len(parts) < at + 3:
        return None
    return parts[at + 1], parts[-1]


def keep(dest: str) -> bool:
    """False for a bundle entry the program never loads."""
    parts = _parts(dest)
    name = parts[-1]
    if parts[0] == "PySide6" and "translations" in parts:
        return False  # Qt ships no Indonesian .qm; ours live in ikrar_desktop/assets/i18n
    plugin = qt_plugin(dest)
    if plugin is not None:
        folder, file = plugin
        patterns = KEEP_PLUGINS.get(folder)
        return patterns is not None and any(fnmatch.fnmatch(file, p) for p in patterns)
    return not any(fnmatch.fnmatch(name, pattern) for pattern in DROP_LIBRARIES)


Entry = tuple[str, str, str]  # PyInstaller TOC entry: (dest, source, typecode)


def _key(name: str) -> str:
    return name.replace("\\", "/").rsplit("/", 1)[-1].lower()


def is_root(entry: Entry) -> bool:
    """Loaded by Python or by Qt's plugin loader rather than by the dynamic linker."""
    dest, _src, typecode = entry
    name = _key(dest)
    return (
        typecode == "EXTENSION"
        or qt_plugin(dest) is not None
        or name.startswith(("libpython", "python3"))
        or name.endswith(".pyd")
    )


def drop_orphans(
    binaries: list[Entry], imports: Callable[[str], list[str]]
) -> tuple[list[Entry], list[Entry]]:
    """Keep the shared libraries reachable from a root; ``imports(src)`` lists linked names.

    Libraries that only a dropped plugin linked (GTK for the gtk3 theme, EGL device
    integrations, …) are not loaded by anything the program keeps.
    """
    by_name: dict[str, Entry] = {}
    for entry in binaries:
        if entry[2] != "SYMLINK":
            by_name.setdefault(_key(entry[0]), entry)
    needed: set[str] = set()
    todo = [entry for entry in binaries if entry[2] != "SYMLINK" and is_root(entry)]
    while todo:
        entry = todo.pop()
        for name in imports(entry[1]):
            key = _key(name)
            if key in by_name and key not in needed:
                needed.add(key)
                todo.append(by_name[key])
    kept: list[Entry] = []
    dropped: list[Entry] = []
    for entry in binaries:
        target = _key(entry[1]) if entry[2] == "SYMLINK" else _key(entry[0])
        wanted = entry[2] != "SYMLINK" and is_root(entry)
        (kept if wanted or target in needed else dropped).append(entry)
    return kept, dropped
