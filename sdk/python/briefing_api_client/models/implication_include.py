from enum import StrEnum


class ImplicationInclude(StrEnum):
    CLAIMS = "claims"
    ENTITIES = "entities"
    EVIDENCE = "evidence"
    RELATED = "related"

    def __str__(self) -> str:
        return str(self.value)
