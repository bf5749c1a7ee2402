from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.entity_kind import EntityKind
from ..models.item_status import ItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entity_role import EntityRole


T = TypeVar("T", bound="EntityCreate")


@_attrs_define
class EntityCreate:
    """
    Attributes:
        name (str):
        kind (EntityKind):
        description (str): Who or what it is, with the role at the time.
        id (None | str | Unset): A new slug; made from the name when absent.
        status (ItemStatus | Unset): Whether an item is public: rule-extracted drafts wait for a curator's confirmation.
        aliases (list[str] | Unset): Other ways the text names the entity.
        identified (bool | Unset): False for an entity the text does not name ("one country that has 17 Patriots"): it
            is one, but which is not known. Default: True.
        roles (list[EntityRole] | Unset): Titles it holds (`of` an entity id), with dates.
    """

    name: str
    kind: EntityKind
    description: str
    id: None | str | Unset = UNSET
    status: ItemStatus | Unset = UNSET
    aliases: list[str] | Unset = UNSET
    identified: bool | Unset = True
    roles: list[EntityRole] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        kind = self.kind.value

        description = self.description

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        aliases: list[str] | Unset = UNSET
        if not isinstance(self.aliases, Unset):
            aliases = self.aliases

        identified = self.identified

        roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.to_dict()
                roles.append(roles_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "kind": kind,
                "description": description,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if aliases is not UNSET:
            field_dict["aliases"] = aliases
        if identified is not UNSET:
            field_dict["identified"] = identified
        if roles is not UNSET:
            field_dict["roles"] = roles

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.entity_role import EntityRole

        d = dict(src_dict)
        name = d.pop("name")

        kind = EntityKind(d.pop("kind"))

        description = d.pop("description")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        _status = d.pop("status", UNSET)
        status: ItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ItemStatus(_status)

        aliases = cast(list[str], d.pop("aliases", UNSET))

        identified = d.pop("identified", UNSET)

        _roles = d.pop("roles", UNSET)
        roles: list[EntityRole] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = EntityRole.from_dict(roles_item_data)

                roles.append(roles_item)

        entity_create = cls(
            name=name,
            kind=kind,
            description=description,
            id=id,
            status=status,
            aliases=aliases,
            identified=identified,
            roles=roles,
        )

        return entity_create
