"""Printed documents (Qt-free): kop, pakta, daftar hadir, certificates, berita acara, recaps."""
