from enum import StrEnum


class StanceInclude(StrEnum):
    EVIDENCE = "evidence"

    def __str__(self) -> str:
        return str(self.value)
