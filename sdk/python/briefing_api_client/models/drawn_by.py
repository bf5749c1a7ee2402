from enum import StrEnum


class DrawnBy(StrEnum):
    AUTHOR = "author"
    CURATOR = "curator"

    def __str__(self) -> str:
        return str(self.value)
