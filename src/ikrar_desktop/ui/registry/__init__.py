"""Pegawai and Unit Kerja: the registry's pages, dialogs and exports."""
