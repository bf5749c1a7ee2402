from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_status import ItemStatus
from ..models.revision_action import RevisionAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditEntry")


@_attrs_define
class AuditEntry:
    """One write: who changed which item, how and when. The audit log lists these.

    Attributes:
        collection (str): `quotes`, `entities`, …
        item_id (str):
        version (int): The item's version this write produced.
        action (RevisionAction): What a write did: `confirm` publishes a draft.
        status (ItemStatus): Whether an item is public: rule-extracted drafts wait for a curator's confirmation.
        at (datetime.datetime): When: the item's `updated_at` at this version.
        api_key_id (None | str | Unset): The key that made the change; null for the version loaded from the seed or
            proposed by the extractor, which no key wrote. An item's revisions show it (and the key's name) only to admins.
        api_key_name (None | str | Unset):
        corpus_version (int | None | Unset): The corpus version the change committed as.
        request_id (None | str | Unset): The `X-Request-ID` of the write.
    """

    collection: str
    item_id: str
    version: int
    action: RevisionAction
    status: ItemStatus
    at: datetime.datetime
    api_key_id: None | str | Unset = UNSET
    api_key_name: None | str | Unset = UNSET
    corpus_version: int | None | Unset = UNSET
    request_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collection = self.collection

        item_id = self.item_id

        version = self.version

        action = self.action.value

        status = self.status.value

        at = self.at.isoformat()

        api_key_id: None | str | Unset
        if isinstance(self.api_key_id, Unset):
            api_key_id = UNSET
        else:
            api_key_id = self.api_key_id

        api_key_name: None | str | Unset
        if isinstance(self.api_key_name, Unset):
            api_key_name = UNSET
        else:
            api_key_name = self.api_key_name

        corpus_version: int | None | Unset
        if isinstance(self.corpus_version, Unset):
            corpus_version = UNSET
        else:
            corpus_version = self.corpus_version

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collection": collection,
                "item_id": item_id,
                "version": version,
                "action": action,
                "status": status,
                "at": at,
            }
        )
        if api_key_id is not UNSET:
            field_dict["api_key_id"] = api_key_id
        if api_key_name is not UNSET:
            field_dict["api_key_name"] = api_key_name
        if corpus_version is not UNSET:
            field_dict["corpus_version"] = corpus_version
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        collection = d.pop("collection")

        item_id = d.pop("item_id")

        version = d.pop("version")

        action = RevisionAction(d.pop("action"))

        status = ItemStatus(d.pop("status"))

        at = datetime.datetime.fromisoformat(d.pop("at"))

        def _parse_api_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_key_id = _parse_api_key_id(d.pop("api_key_id", UNSET))

        def _parse_api_key_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_key_name = _parse_api_key_name(d.pop("api_key_name", UNSET))

        def _parse_corpus_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        corpus_version = _parse_corpus_version(d.pop("corpus_version", UNSET))

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        audit_entry = cls(
            collection=collection,
            item_id=item_id,
            version=version,
            action=action,
            status=status,
            at=at,
            api_key_id=api_key_id,
            api_key_name=api_key_name,
            corpus_version=corpus_version,
            request_id=request_id,
        )

        audit_entry.additional_properties = d
        return audit_entry

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
