from enum import StrEnum


class ForecastSort(StrEnum):
    HORIZON = "horizon"
    HORIZON_DESC = "-horizon"
    ID = "id"
    ID_DESC = "-id"
    OUTCOME = "outcome"
    OUTCOME_DESC = "-outcome"

    def __str__(self) -> str:
        return str(self.value)
