"""Files in and out: spreadsheets read safely, documents and backups written."""
