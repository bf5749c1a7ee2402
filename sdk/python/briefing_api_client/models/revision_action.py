from enum import StrEnum


class RevisionAction(StrEnum):
    CONFIRM = "confirm"
    CREATE = "create"
    DELETE = "delete"
    UPDATE = "update"

    def __str__(self) -> str:
        return str(self.value)
