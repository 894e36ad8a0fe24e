"""Cetak: print options, print jobs, split e-certificates and the PDF preview."""
