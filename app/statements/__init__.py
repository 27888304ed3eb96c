"""Bank and card statement files: parsing them (pure, no database) and reconciling their lines
with the ledger (app.statements.match). app.services.statements stores the outcome."""
