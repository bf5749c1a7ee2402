from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entity_kind import EntityKind
from ..models.item_status import ItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entity_role_public import EntityRolePublic


T = TypeVar("T", bound="EntityPublic")


@_attrs_define
class EntityPublic:
    """
    Attributes:
        id (str):
        name (str):
        kind (EntityKind):
        description (str): Who or what it is, with the role at the time.
        created_at (datetime.datetime): When it was first stored.
        updated_at (datetime.datetime): When it last changed (its deletion included); see `updated_since`.
        aliases (list[str] | Unset): Other ways the text names the entity.
        identified (bool | Unset): False for an entity the text does not name ("one country that has 17 Patriots"): it
            is one, but which is not known. Default: True.
        status (ItemStatus | Unset): Whether an item is public: rule-extracted drafts wait for a curator's confirmation.
        version (int | Unset): Incremented by every change; the item's `ETag` is derived from it. Default: 1.
        deleted_at (datetime.datetime | None | Unset): When it was deleted; null while it exists. Deleted items are
            listed only with `include_deleted=true`, and their history stays readable.
        roles (list[EntityRolePublic] | Unset): Titles it holds, each with its term's dates.
    """

    id: str
    name: str
    kind: EntityKind
    description: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    aliases: list[str] | Unset = UNSET
    identified: bool | Unset = True
    status: ItemStatus | Unset = UNSET
    version: int | Unset = 1
    deleted_at: datetime.datetime | None | Unset = UNSET
    roles: list[EntityRolePublic] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        kind = self.kind.value

        description = self.description

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        aliases: list[str] | Unset = UNSET
        if not isinstance(self.aliases, Unset):
            aliases = self.aliases

        identified = self.identified

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        version = self.version

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.to_dict()
                roles.append(roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "kind": kind,
                "description": description,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if aliases is not UNSET:
            field_dict["aliases"] = aliases
        if identified is not UNSET:
            field_dict["identified"] = identified
        if status is not UNSET:
            field_dict["status"] = status
        if version is not UNSET:
            field_dict["version"] = version
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if roles is not UNSET:
            field_dict["roles"] = roles

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.entity_role_public import EntityRolePublic

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        kind = EntityKind(d.pop("kind"))

        description = d.pop("description")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        aliases = cast(list[str], d.pop("aliases", UNSET))

        identified = d.pop("identified", UNSET)

        _status = d.pop("status", UNSET)
        status: ItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ItemStatus(_status)

        version = d.pop("version", UNSET)

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        _roles = d.pop("roles", UNSET)
        roles: list[EntityRolePublic] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = EntityRolePublic.from_dict(roles_item_data)

                roles.append(roles_item)

        entity_public = cls(
            id=id,
            name=name,
            kind=kind,
            description=description,
            created_at=created_at,
            updated_at=updated_at,
            aliases=aliases,
            identified=identified,
            status=status,
            version=version,
            deleted_at=deleted_at,
            roles=roles,
        )

        entity_public.additional_properties = d
        return entity_public

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
