from enum import StrEnum


class SearchType(StrEnum):
    CLAIM = "claim"
    ENTITY = "entity"
    EVENT = "event"
    IMPLICATION = "implication"
    QUOTE = "quote"

    def __str__(self) -> str:
        return str(self.value)
