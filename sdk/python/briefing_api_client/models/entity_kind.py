from enum import StrEnum


class EntityKind(StrEnum):
    COUNTRY = "country"
    DOCUMENT = "document"
    FACILITY = "facility"
    GOVERNMENT = "government"
    GROUP = "group"
    MEDIA_OUTLET = "media_outlet"
    MILITARY_UNIT = "military_unit"
    OPERATION = "operation"
    ORGANIZATION = "organization"
    PERSON = "person"
    PLACE = "place"
    WEAPON_SYSTEM = "weapon_system"

    def __str__(self) -> str:
        return str(self.value)
