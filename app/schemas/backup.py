from pydantic import BaseModel


class BackupRestored(BaseModel):
    """What a restore wrote: rows per table."""

    tables: dict[str, int]
