from enum import StrEnum


class EntitySort(StrEnum):
    ID = "id"
    ID_DESC = "-id"
    KIND = "kind"
    KIND_DESC = "-kind"
    NAME = "name"
    NAME_DESC = "-name"

    def __str__(self) -> str:
        return str(self.value)
