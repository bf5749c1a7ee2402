from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.date_basis import DateBasis
from ..models.date_precision import DatePrecision
from ..models.event_type import EventType
from ..models.item_status import ItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.provenance_input import ProvenanceInput
    from ..models.relation_input import RelationInput


T = TypeVar("T", bound="EventCreate")


@_attrs_define
class EventCreate:
    """
    Attributes:
        provenance (ProvenanceInput): Where the item comes from: the exact text of the document it stands on.
        title (str):
        description (str):
        event_type (EventType):
        id (None | str | Unset): A new slug; made from the item's text when absent.
        status (ItemStatus | Unset): Whether an item is public: rule-extracted drafts wait for a curator's confirmation.
        date_start (datetime.date | None | Unset): First day (inclusive); null if open or undated.
        date_end (datetime.date | None | Unset): Last day (inclusive); null if open or undated.
        date_precision (DatePrecision | None | Unset): How precisely the source dates it; null if undated.
        date_basis (DateBasis | None | Unset): Where the date comes from; null if undated or not recorded.
        date_note (None | str | Unset): The computation, or the outside knowledge the date rests on.
        actors (list[str] | Unset):
        location (None | str | Unset):
        relations (list[RelationInput] | Unset): Typed links to stored items; `excerpt`: the words inside this item's
            excerpt that state the link.
    """

    provenance: ProvenanceInput
    title: str
    description: str
    event_type: EventType
    id: None | str | Unset = UNSET
    status: ItemStatus | Unset = UNSET
    date_start: datetime.date | None | Unset = UNSET
    date_end: datetime.date | None | Unset = UNSET
    date_precision: DatePrecision | None | Unset = UNSET
    date_basis: DateBasis | None | Unset = UNSET
    date_note: None | str | Unset = UNSET
    actors: list[str] | Unset = UNSET
    location: None | str | Unset = UNSET
    relations: list[RelationInput] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        provenance = self.provenance.to_dict()

        title = self.title

        description = self.description

        event_type = self.event_type.value

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

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

        actors: list[str] | Unset = UNSET
        if not isinstance(self.actors, Unset):
            actors = self.actors

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        relations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.relations, Unset):
            relations = []
            for relations_item_data in self.relations:
                relations_item = relations_item_data.to_dict()
                relations.append(relations_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "provenance": provenance,
                "title": title,
                "description": description,
                "event_type": event_type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
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
        if actors is not UNSET:
            field_dict["actors"] = actors
        if location is not UNSET:
            field_dict["location"] = location
        if relations is not UNSET:
            field_dict["relations"] = relations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.provenance_input import ProvenanceInput
        from ..models.relation_input import RelationInput

        d = dict(src_dict)
        provenance = ProvenanceInput.from_dict(d.pop("provenance"))

        title = d.pop("title")

        description = d.pop("description")

        event_type = EventType(d.pop("event_type"))

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

        actors = cast(list[str], d.pop("actors", UNSET))

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        _relations = d.pop("relations", UNSET)
        relations: list[RelationInput] | Unset = UNSET
        if _relations is not UNSET:
            relations = []
            for relations_item_data in _relations:
                relations_item = RelationInput.from_dict(relations_item_data)

                relations.append(relations_item)

        event_create = cls(
            provenance=provenance,
            title=title,
            description=description,
            event_type=event_type,
            id=id,
            status=status,
            date_start=date_start,
            date_end=date_end,
            date_precision=date_precision,
            date_basis=date_basis,
            date_note=date_note,
            actors=actors,
            location=location,
            relations=relations,
        )

        return event_create
