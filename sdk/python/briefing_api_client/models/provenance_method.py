from enum import StrEnum


class ProvenanceMethod(StrEnum):
    CURATED = "curated"
    RULE = "rule"

    def __str__(self) -> str:
        return str(self.value)
