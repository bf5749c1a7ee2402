from enum import StrEnum


class ExportFormat(StrEnum):
    CSV = "csv"
    JSON = "json"
    JSONLD = "jsonld"
    NDJSON = "ndjson"

    def __str__(self) -> str:
        return str(self.value)
