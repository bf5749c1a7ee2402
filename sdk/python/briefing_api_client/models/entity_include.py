from enum import StrEnum


class EntityInclude(StrEnum):
    CLAIMS = "claims"
    EVENTS = "events"
    IMPLICATIONS = "implications"
    QUOTES = "quotes"

    def __str__(self) -> str:
        return str(self.value)
