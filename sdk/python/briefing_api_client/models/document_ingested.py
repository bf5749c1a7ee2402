from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.document_public import DocumentPublic
    from ..models.draft_counts import DraftCounts


T = TypeVar("T", bound="DocumentIngested")


@_attrs_define
class DocumentIngested:
    """The stored document and how many drafts the extractor proposed from it.

    Attributes:
        document (DocumentPublic):
        drafts (DraftCounts):
    """

    document: DocumentPublic
    drafts: DraftCounts
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document = self.document.to_dict()

        drafts = self.drafts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document": document,
                "drafts": drafts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.document_public import DocumentPublic
        from ..models.draft_counts import DraftCounts

        d = dict(src_dict)
        document = DocumentPublic.from_dict(d.pop("document"))

        drafts = DraftCounts.from_dict(d.pop("drafts"))

        document_ingested = cls(
            document=document,
            drafts=drafts,
        )

        document_ingested.additional_properties = d
        return document_ingested

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
