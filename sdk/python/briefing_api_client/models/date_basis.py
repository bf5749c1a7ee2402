from enum import StrEnum


class DateBasis(StrEnum):
    COMPUTED = "computed"
    EXTERNAL = "external"
    HEADING = "heading"
    INFERRED = "inferred"
    STATED = "stated"

    def __str__(self) -> str:
        return str(self.value)
