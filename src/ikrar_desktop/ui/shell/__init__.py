"""The window's frame: application start, main window, Beranda, Pengaturan, help and about."""
