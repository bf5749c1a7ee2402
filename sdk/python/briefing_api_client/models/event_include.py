from enum import StrEnum


class EventInclude(StrEnum):
    CLAIMS = "claims"
    ENTITIES = "entities"
    RELATED = "related"

    def __str__(self) -> str:
        return str(self.value)
