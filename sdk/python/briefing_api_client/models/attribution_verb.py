from enum import StrEnum


class AttributionVerb(StrEnum):
    ALLEGES = "alleges"
    ANNOUNCES = "announces"
    ASSERTS = "asserts"
    BLAMES = "blames"
    CLAIMS = "claims"
    CONFIRMS = "confirms"
    DECLARES = "declares"
    DENIES = "denies"
    JUDGES = "judges"
    PROMISES = "promises"
    REPORTS = "reports"
    SAYS = "says"
    SIGNALS = "signals"
    SUGGESTS = "suggests"
    THREATENS = "threatens"
    WARNS = "warns"

    def __str__(self) -> str:
        return str(self.value)
