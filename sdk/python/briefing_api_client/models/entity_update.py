from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.entity_kind import EntityKind
from ..models.item_status import ItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entity_role import EntityRole


T = TypeVar("T", bound="EntityUpdate")


@_attrs_define
class EntityUpdate:
    """A JSON merge patch (RFC 7386) of the entity: absent fields stay as they are; `null` clears an optional field or
    empties a list, and is refused on any other field. `provenance` is replaced as a whole.

        Attributes:
            status (ItemStatus | None | Unset): `published`, or `draft` to keep it out of public lists for now.
            name (None | str | Unset):
            kind (EntityKind | None | Unset):
            aliases (list[str] | None | Unset): Other ways the text names the entity.
            description (None | str | Unset): Who or what it is, with the role at the time.
            identified (bool | None | Unset): False for an entity the text does not name ("one country that has 17
                Patriots"): it is one, but which is not known.
            roles (list[EntityRole] | None | Unset): Titles it holds (`of` an entity id), with dates.
    """

    status: ItemStatus | None | Unset = UNSET
    name: None | str | Unset = UNSET
    kind: EntityKind | None | Unset = UNSET
    aliases: list[str] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    identified: bool | None | Unset = UNSET
    roles: list[EntityRole] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ItemStatus):
            status = self.status.value
        else:
            status = self.status

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, EntityKind):
            kind = self.kind.value
        else:
            kind = self.kind

        aliases: list[str] | None | Unset
        if isinstance(self.aliases, Unset):
            aliases = UNSET
        elif isinstance(self.aliases, list):
            aliases = self.aliases

        else:
            aliases = self.aliases

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        identified: bool | None | Unset
        if isinstance(self.identified, Unset):
            identified = UNSET
        else:
            identified = self.identified

        roles: list[dict[str, Any]] | None | Unset
        if isinstance(self.roles, Unset):
            roles = UNSET
        elif isinstance(self.roles, list):
            roles = []
            for roles_type_0_item_data in self.roles:
                roles_type_0_item = roles_type_0_item_data.to_dict()
                roles.append(roles_type_0_item)

        else:
            roles = self.roles

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if name is not UNSET:
            field_dict["name"] = name
        if kind is not UNSET:
            field_dict["kind"] = kind
        if aliases is not UNSET:
            field_dict["aliases"] = aliases
        if description is not UNSET:
            field_dict["description"] = description
        if identified is not UNSET:
            field_dict["identified"] = identified
        if roles is not UNSET:
            field_dict["roles"] = roles

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.entity_role import EntityRole

        d = dict(src_dict)

        def _parse_status(data: object) -> ItemStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ItemStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_kind(data: object) -> EntityKind | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = EntityKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityKind | None | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))

        def _parse_aliases(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                aliases_type_0 = cast(list[str], data)

                return aliases_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        aliases = _parse_aliases(d.pop("aliases", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_identified(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        identified = _parse_identified(d.pop("identified", UNSET))

        def _parse_roles(data: object) -> list[EntityRole] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                roles_type_0 = []
                _roles_type_0 = data
                for roles_type_0_item_data in _roles_type_0:
                    roles_type_0_item = EntityRole.from_dict(roles_type_0_item_data)

                    roles_type_0.append(roles_type_0_item)

                return roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EntityRole] | None | Unset, data)

        roles = _parse_roles(d.pop("roles", UNSET))

        entity_update = cls(
            status=status,
            name=name,
            kind=kind,
            aliases=aliases,
            description=description,
            identified=identified,
            roles=roles,
        )

        return entity_update
