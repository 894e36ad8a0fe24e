"""Safety: backups, sign-in and users, start-up checks, verification of codes and the audit."""
