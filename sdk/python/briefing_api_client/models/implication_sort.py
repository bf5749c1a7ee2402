from enum import StrEnum


class ImplicationSort(StrEnum):
    CHAR_START = "char_start"
    CHAR_START_DESC = "-char_start"
    ID = "id"
    ID_DESC = "-id"

    def __str__(self) -> str:
        return str(self.value)
