from enum import StrEnum


class AssertedBy(StrEnum):
    AUTHOR = "author"
    SOURCE = "source"
    SPEAKER = "speaker"
    UNNAMED_SOURCE = "unnamed_source"

    def __str__(self) -> str:
        return str(self.value)
