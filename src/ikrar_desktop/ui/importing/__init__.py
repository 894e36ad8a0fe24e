"""The roster import wizard: file, table, mapping, preview and apply."""
