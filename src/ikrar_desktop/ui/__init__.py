"""The Qt shell: windows, pages, dialogs and table models; it only calls services."""
