from enum import StrEnum


class ReadinessCheckName(StrEnum):
    DATABASE = "database"
    DOCUMENTS = "documents"
    MIGRATIONS = "migrations"

    def __str__(self) -> str:
        return str(self.value)
