from enum import StrEnum


class QuoteInclude(StrEnum):
    CLAIMS = "claims"
    ENTITIES = "entities"

    def __str__(self) -> str:
        return str(self.value)
