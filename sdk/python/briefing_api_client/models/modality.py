from enum import StrEnum


class Modality(StrEnum):
    ASSERTED = "asserted"
    ESTIMATIVE = "estimative"
    EVIDENTIAL = "evidential"
    POSSIBLE = "possible"
    REPORTED = "reported"

    def __str__(self) -> str:
        return str(self.value)
