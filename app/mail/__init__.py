"""Turning raw RFC 822 bytes into the fields FinCoach stores (the ingest hot path)."""
