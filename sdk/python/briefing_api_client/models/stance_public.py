from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.date_basis import DateBasis
from ..models.date_precision import DatePrecision
from ..models.item_status import ItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entity_ref import EntityRef
    from ..models.provenance import Provenance
    from ..models.stance_evidence_ref import StanceEvidenceRef


T = TypeVar("T", bound="StancePublic")


@_attrs_define
class StancePublic:
    """
    Attributes:
        id (str):
        document_id (str):
        provenance (Provenance): Where an item comes from; `text[char_start:char_end] == excerpt` always holds.
        topic (str): What the stance is on: `war in Ukraine`.
        polarity (int): From -2 (hostile) through 0 (neutral) to 2 (supportive).
        created_at (datetime.datetime): When it was first stored.
        updated_at (datetime.datetime): When it last changed (its deletion included); see `updated_since`.
        holder (EntityRef): How one item names an entity: enough to display it without another request.
        target (EntityRef): How one item names an entity: enough to display it without another request.
        evidence (list[StanceEvidenceRef]):
        date_start (datetime.date | None | Unset): First day (inclusive); null if open or undated.
        date_end (datetime.date | None | Unset): Last day (inclusive); null if open or undated.
        date_precision (DatePrecision | None | Unset): How precisely the source dates it.
        date_basis (DateBasis | None | Unset): Where the date comes from.
        date_note (None | str | Unset): The computation or outside knowledge.
        status (ItemStatus | Unset): Whether an item is public: rule-extracted drafts wait for a curator's confirmation.
        version (int | Unset): Incremented by every change; the item's `ETag` is derived from it. Default: 1.
        deleted_at (datetime.datetime | None | Unset): When it was deleted; null while it exists. Deleted items are
            listed only with `include_deleted=true`, and their history stays readable.
    """

    id: str
    document_id: str
    provenance: Provenance
    topic: str
    polarity: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    holder: EntityRef
    target: EntityRef
    evidence: list[StanceEvidenceRef]
    date_start: datetime.date | None | Unset = UNSET
    date_end: datetime.date | None | Unset = UNSET
    date_precision: DatePrecision | None | Unset = UNSET
    date_basis: DateBasis | None | Unset = UNSET
    date_note: None | str | Unset = UNSET
    status: ItemStatus | Unset = UNSET
    version: int | Unset = 1
    deleted_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_id = self.document_id

        provenance = self.provenance.to_dict()

        topic = self.topic

        polarity = self.polarity

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        holder = self.holder.to_dict()

        target = self.target.to_dict()

        evidence = []
        for evidence_item_data in self.evidence:
            evidence_item = evidence_item_data.to_dict()
            evidence.append(evidence_item)

        date_start: None | str | Unset
        if isinstance(self.date_start, Unset):
            date_start = UNSET
        elif isinstance(self.date_start, datetime.date):
            date_start = self.date_start.isoformat()
        else:
            date_start = self.date_start

        date_end: None | str | Unset
        if isinstance(self.date_end, Unset):
            date_end = UNSET
        elif isinstance(self.date_end, datetime.date):
            date_end = self.date_end.isoformat()
        else:
            date_end = self.date_end

        date_precision: None | str | Unset
        if isinstance(self.date_precision, Unset):
            date_precision = UNSET
        elif isinstance(self.date_precision, DatePrecision):
            date_precision = self.date_precision.value
        else:
            date_precision = self.date_precision

        date_basis: None | str | Unset
        if isinstance(self.date_basis, Unset):
            date_basis = UNSET
        elif isinstance(self.date_basis, DateBasis):
            date_basis = self.date_basis.value
        else:
            date_basis = self.date_basis

        date_note: None | str | Unset
        if isinstance(self.date_note, Unset):
            date_note = UNSET
        else:
            date_note = self.date_note

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
                "document_id": document_id,
                "provenance": provenance,
                "topic": topic,
                "polarity": polarity,
                "created_at": created_at,
                "updated_at": updated_at,
                "holder": holder,
                "target": target,
                "evidence": evidence,
            }
        )
        if date_start is not UNSET:
            field_dict["date_start"] = date_start
        if date_end is not UNSET:
            field_dict["date_end"] = date_end
        if date_precision is not UNSET:
            field_dict["date_precision"] = date_precision
        if date_basis is not UNSET:
            field_dict["date_basis"] = date_basis
        if date_note is not UNSET:
            field_dict["date_note"] = date_note
        if status is not UNSET:
            field_dict["status"] = status
        if version is not UNSET:
            field_dict["version"] = version
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.entity_ref import EntityRef
        from ..models.provenance import Provenance
        from ..models.stance_evidence_ref import StanceEvidenceRef

        d = dict(src_dict)
        id = d.pop("id")

        document_id = d.pop("document_id")

        provenance = Provenance.from_dict(d.pop("provenance"))

        topic = d.pop("topic")

        polarity = d.pop("polarity")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        holder = EntityRef.from_dict(d.pop("holder"))

        target = EntityRef.from_dict(d.pop("target"))

        evidence = []
        _evidence = d.pop("evidence")
        for evidence_item_data in _evidence:
            evidence_item = StanceEvidenceRef.from_dict(evidence_item_data)

            evidence.append(evidence_item)

        def _parse_date_start(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_start_type_0 = datetime.date.fromisoformat(data)

                return date_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date_start = _parse_date_start(d.pop("date_start", UNSET))

        def _parse_date_end(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_end_type_0 = datetime.date.fromisoformat(data)

                return date_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date_end = _parse_date_end(d.pop("date_end", UNSET))

        def _parse_date_precision(data: object) -> DatePrecision | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_precision_type_0 = DatePrecision(data)

                return date_precision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatePrecision | None | Unset, data)

        date_precision = _parse_date_precision(d.pop("date_precision", UNSET))

        def _parse_date_basis(data: object) -> DateBasis | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_basis_type_0 = DateBasis(data)

                return date_basis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DateBasis | None | Unset, data)

        date_basis = _parse_date_basis(d.pop("date_basis", UNSET))

        def _parse_date_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_note = _parse_date_note(d.pop("date_note", UNSET))

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

        stance_public = cls(
            id=id,
            document_id=document_id,
            provenance=provenance,
            topic=topic,
            polarity=polarity,
            created_at=created_at,
            updated_at=updated_at,
            holder=holder,
            target=target,
            evidence=evidence,
            date_start=date_start,
            date_end=date_end,
            date_precision=date_precision,
            date_basis=date_basis,
            date_note=date_note,
            status=status,
            version=version,
            deleted_at=deleted_at,
        )

        stance_public.additional_properties = d
        return stance_public

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
