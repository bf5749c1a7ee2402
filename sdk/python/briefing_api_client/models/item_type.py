from enum import StrEnum


class ItemType(StrEnum):
    CLAIM = "claim"
    EVENT = "event"
    IMPLICATION = "implication"
    QUOTE = "quote"

    def __str__(self) -> str:
        return str(self.value)
