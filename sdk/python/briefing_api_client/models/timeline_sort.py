from enum import StrEnum


class TimelineSort(StrEnum):
    CHAR_START = "char_start"
    CHAR_START_DESC = "-char_start"
    DATE_END = "date_end"
    DATE_END_DESC = "-date_end"
    DATE_START = "date_start"
    DATE_START_DESC = "-date_start"

    def __str__(self) -> str:
        return str(self.value)
