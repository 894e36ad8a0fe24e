"""Kegiatan and Laporan: the event dialog, obliged people, reports and follow-up letters."""
