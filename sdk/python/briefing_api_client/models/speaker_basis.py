from enum import StrEnum


class SpeakerBasis(StrEnum):
    INFERRED = "inferred"
    NAMED = "named"

    def __str__(self) -> str:
        return str(self.value)
