from enum import StrEnum


class Scope(StrEnum):
    ADMIN = "admin"
    CURATOR = "curator"
    READ = "read"

    def __str__(self) -> str:
        return str(self.value)
