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


T = TypeVar("T", bound="EventUpdate")


@_attrs_define
class EventUpdate:
    """A JSON merge patch (RFC 7386) of the event: absent fields stay as they are; `null` clears an optional field or
    empties a list, and is refused on any other field. `provenance` is replaced as a whole.

        Attributes:
            status (ItemStatus | None | Unset): `published`, or `draft` to keep it out of public lists for now.
            provenance (None | ProvenanceInput | Unset):
            date_start (datetime.date | None | Unset): First day (inclusive); null if open or undated.
            date_end (datetime.date | None | Unset): Last day (inclusive); null if open or undated.
            date_precision (DatePrecision | None | Unset): How precisely the source dates it; null if undated.
            date_basis (DateBasis | None | Unset): Where the date comes from; null if undated or not recorded.
            date_note (None | str | Unset): The computation, or the outside knowledge the date rests on.
            title (None | str | Unset):
            description (None | str | Unset):
            event_type (EventType | None | Unset):
            actors (list[str] | None | Unset):
            location (None | str | Unset):
            relations (list[RelationInput] | None | Unset): Typed links to stored items; `excerpt`: the words inside this
                item's excerpt that state the link.
    """

    status: ItemStatus | None | Unset = UNSET
    provenance: None | ProvenanceInput | Unset = UNSET
    date_start: datetime.date | None | Unset = UNSET
    date_end: datetime.date | None | Unset = UNSET
    date_precision: DatePrecision | None | Unset = UNSET
    date_basis: DateBasis | None | Unset = UNSET
    date_note: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    event_type: EventType | None | Unset = UNSET
    actors: list[str] | None | Unset = UNSET
    location: None | str | Unset = UNSET
    relations: list[RelationInput] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.provenance_input import ProvenanceInput

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ItemStatus):
            status = self.status.value
        else:
            status = self.status

        provenance: dict[str, Any] | None | Unset
        if isinstance(self.provenance, Unset):
            provenance = UNSET
        elif isinstance(self.provenance, ProvenanceInput):
            provenance = self.provenance.to_dict()
        else:
            provenance = self.provenance

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

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        event_type: None | str | Unset
        if isinstance(self.event_type, Unset):
            event_type = UNSET
        elif isinstance(self.event_type, EventType):
            event_type = self.event_type.value
        else:
            event_type = self.event_type

        actors: list[str] | None | Unset
        if isinstance(self.actors, Unset):
            actors = UNSET
        elif isinstance(self.actors, list):
            actors = self.actors

        else:
            actors = self.actors

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        relations: list[dict[str, Any]] | None | Unset
        if isinstance(self.relations, Unset):
            relations = UNSET
        elif isinstance(self.relations, list):
            relations = []
            for relations_type_0_item_data in self.relations:
                relations_type_0_item = relations_type_0_item_data.to_dict()
                relations.append(relations_type_0_item)

        else:
            relations = self.relations

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if provenance is not UNSET:
            field_dict["provenance"] = provenance
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
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
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

        def _parse_provenance(data: object) -> None | ProvenanceInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                provenance_type_0 = ProvenanceInput.from_dict(data)

                return provenance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProvenanceInput | Unset, data)

        provenance = _parse_provenance(d.pop("provenance", UNSET))

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

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_event_type(data: object) -> EventType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                event_type_type_0 = EventType(data)

                return event_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventType | None | Unset, data)

        event_type = _parse_event_type(d.pop("event_type", UNSET))

        def _parse_actors(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                actors_type_0 = cast(list[str], data)

                return actors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        actors = _parse_actors(d.pop("actors", UNSET))

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_relations(data: object) -> list[RelationInput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                relations_type_0 = []
                _relations_type_0 = data
                for relations_type_0_item_data in _relations_type_0:
                    relations_type_0_item = RelationInput.from_dict(
                        relations_type_0_item_data
                    )

                    relations_type_0.append(relations_type_0_item)

                return relations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RelationInput] | None | Unset, data)

        relations = _parse_relations(d.pop("relations", UNSET))

        event_update = cls(
            status=status,
            provenance=provenance,
            date_start=date_start,
            date_end=date_end,
            date_precision=date_precision,
            date_basis=date_basis,
            date_note=date_note,
            title=title,
            description=description,
            event_type=event_type,
            actors=actors,
            location=location,
            relations=relations,
        )

        return event_update
