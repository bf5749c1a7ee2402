from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_status import ItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.section_public import SectionPublic


T = TypeVar("T", bound="DocumentPublic")


@_attrs_define
class DocumentPublic:
    """
    Attributes:
        id (str):
        title (str):
        published_on (datetime.date):
        created_at (datetime.datetime): When it was first stored.
        updated_at (datetime.datetime): When it last changed (its deletion included); see `updated_since`.
        source_sha256 (str): Hex SHA-256 of the source file's bytes.
        char_count (int): Length of the text in Unicode code points.
        sections (list[SectionPublic]):
        subtitle (None | str | Unset):
        status (ItemStatus | Unset): Whether an item is public: rule-extracted drafts wait for a curator's confirmation.
        version (int | Unset): Incremented by every change; the item's `ETag` is derived from it. Default: 1.
        deleted_at (datetime.datetime | None | Unset): When it was deleted; null while it exists. Deleted items are
            listed only with `include_deleted=true`, and their history stays readable.
    """

    id: str
    title: str
    published_on: datetime.date
    created_at: datetime.datetime
    updated_at: datetime.datetime
    source_sha256: str
    char_count: int
    sections: list[SectionPublic]
    subtitle: None | str | Unset = UNSET
    status: ItemStatus | Unset = UNSET
    version: int | Unset = 1
    deleted_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        published_on = self.published_on.isoformat()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        source_sha256 = self.source_sha256

        char_count = self.char_count

        sections = []
        for sections_item_data in self.sections:
            sections_item = sections_item_data.to_dict()
            sections.append(sections_item)

        subtitle: None | str | Unset
        if isinstance(self.subtitle, Unset):
            subtitle = UNSET
        else:
            subtitle = self.subtitle

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "published_on": published_on,
                "created_at": created_at,
                "updated_at": updated_at,
                "source_sha256": source_sha256,
                "char_count": char_count,
                "sections": sections,
            }
        )
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if status is not UNSET:
            field_dict["status"] = status
        if version is not UNSET:
            field_dict["version"] = version
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.section_public import SectionPublic

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        published_on = datetime.date.fromisoformat(d.pop("published_on"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        source_sha256 = d.pop("source_sha256")

        char_count = d.pop("char_count")

        sections = []
        _sections = d.pop("sections")
        for sections_item_data in _sections:
            sections_item = SectionPublic.from_dict(sections_item_data)

            sections.append(sections_item)

        def _parse_subtitle(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subtitle = _parse_subtitle(d.pop("subtitle", UNSET))

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

        document_public = cls(
            id=id,
            title=title,
            published_on=published_on,
            created_at=created_at,
            updated_at=updated_at,
            source_sha256=source_sha256,
            char_count=char_count,
            sections=sections,
            subtitle=subtitle,
            status=status,
            version=version,
            deleted_at=deleted_at,
        )

        document_public.additional_properties = d
        return document_public

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
