from enum import StrEnum


class ClaimSort(StrEnum):
    CHAR_START = "char_start"
    CHAR_START_DESC = "-char_start"
    CLAIM_TYPE = "claim_type"
    CLAIM_TYPE_DESC = "-claim_type"
    ID = "id"
    ID_DESC = "-id"

    def __str__(self) -> str:
        return str(self.value)
