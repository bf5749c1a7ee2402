from enum import StrEnum


class RelationType(StrEnum):
    CAUSES = "causes"
    CONTRADICTS = "contradicts"
    QUALIFIES = "qualifies"
    SUMMARIZES = "summarizes"
    SUPPORTS = "supports"

    def __str__(self) -> str:
        return str(self.value)
