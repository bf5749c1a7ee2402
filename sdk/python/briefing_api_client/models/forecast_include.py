from enum import StrEnum


class ForecastInclude(StrEnum):
    SUBJECT = "subject"

    def __str__(self) -> str:
        return str(self.value)
