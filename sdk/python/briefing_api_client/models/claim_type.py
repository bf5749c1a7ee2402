from enum import StrEnum


class ClaimType(StrEnum):
    ASSESSMENT = "assessment"
    CAUSAL = "causal"
    FACTUAL = "factual"
    FORECAST = "forecast"

    def __str__(self) -> str:
        return str(self.value)
