"""Receipts and other files attached to emails and transactions: finding them in a message,
telling their type by their bytes, and reading the text of PDFs in a bounded subprocess."""
