from enum import StrEnum


class TimelineType(StrEnum):
    EVENT = "event"
    QUOTE = "quote"

    def __str__(self) -> str:
        return str(self.value)
