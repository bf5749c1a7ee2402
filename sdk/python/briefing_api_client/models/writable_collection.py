from enum import StrEnum


class WritableCollection(StrEnum):
    CLAIMS = "claims"
    ENTITIES = "entities"
    EVENTS = "events"
    FORECASTS = "forecasts"
    IMPLICATIONS = "implications"
    QUOTES = "quotes"

    def __str__(self) -> str:
        return str(self.value)
