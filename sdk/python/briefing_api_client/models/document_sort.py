from enum import StrEnum


class DocumentSort(StrEnum):
    ID = "id"
    ID_DESC = "-id"
    PUBLISHED_ON = "published_on"
    PUBLISHED_ON_DESC = "-published_on"
    TITLE = "title"
    TITLE_DESC = "-title"

    def __str__(self) -> str:
        return str(self.value)
