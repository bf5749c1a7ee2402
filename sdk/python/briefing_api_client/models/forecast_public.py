from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.drawn_by import DrawnBy
from ..models.item_status import ItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.based_date import BasedDate
    from ..models.cue import Cue
    from ..models.entity_ref import EntityRef
    from ..models.item_ref import ItemRef
    from ..models.outcome import Outcome
    from ..models.provenance import Provenance


T = TypeVar("T", bound="ForecastPublic")


@_attrs_define
class ForecastPublic:
    """A forecast, served with the provenance of the claim or implication that makes it.

    Attributes:
        id (str): The subject's id.
        subject (ItemRef): Another item, by type and id.
        statement (str): The subject's statement.
        horizon (BasedDate | None): By when; null when the text gives no date.
        condition (Cue | None): The condition, verbatim and anchored; null when unconditional.
        drawn_by (DrawnBy): Who draws a forecast: the document's `author`, or a `curator` reading it.
        outcome (Outcome): How a forecast turned out, as a curator records it.
        about (list[EntityRef]): The entities the subject is about.
        document_id (str):
        provenance (Provenance): Where an item comes from; `text[char_start:char_end] == excerpt` always holds.
        created_at (datetime.datetime): When it was first stored.
        updated_at (datetime.datetime): When it last changed (its deletion included); see `updated_since`.
        status (ItemStatus | Unset): Whether an item is public: rule-extracted drafts wait for a curator's confirmation.
        version (int | Unset): Incremented by every change; the item's `ETag` is derived from it. Default: 1.
        deleted_at (datetime.datetime | None | Unset): When it was deleted; null while it exists. Deleted items are
            listed only with `include_deleted=true`, and their history stays readable.
    """

    id: str
    subject: ItemRef
    statement: str
    horizon: BasedDate | None
    condition: Cue | None
    drawn_by: DrawnBy
    outcome: Outcome
    about: list[EntityRef]
    document_id: str
    provenance: Provenance
    created_at: datetime.datetime
    updated_at: datetime.datetime
    status: ItemStatus | Unset = UNSET
    version: int | Unset = 1
    deleted_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.based_date import BasedDate
        from ..models.cue import Cue

        id = self.id

        subject = self.subject.to_dict()

        statement = self.statement

        horizon: dict[str, Any] | None
        if isinstance(self.horizon, BasedDate):
            horizon = self.horizon.to_dict()
        else:
            horizon = self.horizon

        condition: dict[str, Any] | None
        if isinstance(self.condition, Cue):
            condition = self.condition.to_dict()
        else:
            condition = self.condition

        drawn_by = self.drawn_by.value

        outcome = self.outcome.to_dict()

        about = []
        for about_item_data in self.about:
            about_item = about_item_data.to_dict()
            about.append(about_item)

        document_id = self.document_id

        provenance = self.provenance.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

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
                "subject": subject,
                "statement": statement,
                "horizon": horizon,
                "condition": condition,
                "drawn_by": drawn_by,
                "outcome": outcome,
                "about": about,
                "document_id": document_id,
                "provenance": provenance,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if version is not UNSET:
            field_dict["version"] = version
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.based_date import BasedDate
        from ..models.cue import Cue
        from ..models.entity_ref import EntityRef
        from ..models.item_ref import ItemRef
        from ..models.outcome import Outcome
        from ..models.provenance import Provenance

        d = dict(src_dict)
        id = d.pop("id")

        subject = ItemRef.from_dict(d.pop("subject"))

        statement = d.pop("statement")

        def _parse_horizon(data: object) -> BasedDate | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                horizon_type_0 = BasedDate.from_dict(data)

                return horizon_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BasedDate | None, data)

        horizon = _parse_horizon(d.pop("horizon"))

        def _parse_condition(data: object) -> Cue | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                condition_type_0 = Cue.from_dict(data)

                return condition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Cue | None, data)

        condition = _parse_condition(d.pop("condition"))

        drawn_by = DrawnBy(d.pop("drawn_by"))

        outcome = Outcome.from_dict(d.pop("outcome"))

        about = []
        _about = d.pop("about")
        for about_item_data in _about:
            about_item = EntityRef.from_dict(about_item_data)

            about.append(about_item)

        document_id = d.pop("document_id")

        provenance = Provenance.from_dict(d.pop("provenance"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

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

        forecast_public = cls(
            id=id,
            subject=subject,
            statement=statement,
            horizon=horizon,
            condition=condition,
            drawn_by=drawn_by,
            outcome=outcome,
            about=about,
            document_id=document_id,
            provenance=provenance,
            created_at=created_at,
            updated_at=updated_at,
            status=status,
            version=version,
            deleted_at=deleted_at,
        )

        forecast_public.additional_properties = d
        return forecast_public

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
