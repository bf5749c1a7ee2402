from enum import StrEnum


class ClaimInclude(StrEnum):
    ENTITIES = "entities"
    EVIDENCE = "evidence"
    IMPLICATIONS = "implications"
    RELATED = "related"

    def __str__(self) -> str:
        return str(self.value)
