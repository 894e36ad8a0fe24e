"""SQLite storage: the connection factory, schema migrations and one module per aggregate."""
