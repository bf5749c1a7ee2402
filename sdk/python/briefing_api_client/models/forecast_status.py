from enum import StrEnum


class ForecastStatus(StrEnum):
    CAME_TRUE = "came_true"
    DID_NOT = "did_not"
    OPEN = "open"
    PARTLY = "partly"
    SUPERSEDED = "superseded"

    def __str__(self) -> str:
        return str(self.value)
