from enum import StrEnum


class StanceSort(StrEnum):
    CHAR_START = "char_start"
    CHAR_START_DESC = "-char_start"
    ID = "id"
    ID_DESC = "-id"
    POLARITY = "polarity"
    POLARITY_DESC = "-polarity"
    TOPIC = "topic"
    TOPIC_DESC = "-topic"

    def __str__(self) -> str:
        return str(self.value)
