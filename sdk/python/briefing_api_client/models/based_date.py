from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.date_basis import DateBasis
from ..models.date_precision import DatePrecision
from ..types import UNSET, Unset

T = TypeVar("T", bound="BasedDate")


@_attrs_define
class BasedDate:
    """A date with its basis, as served: a horizon, the period a quote speaks about, a role's
    term. A bound the text does not give is null; no bound is invented.

        Attributes:
            date_start (datetime.date | None): First day (inclusive); null if open.
            date_end (datetime.date | None): Last day (inclusive); null if open.
            date_precision (DatePrecision):
            date_basis (DateBasis): Where a date comes from. `stated` in the item's own sentence; `heading`: a dated
                section heading; `computed` from a stated date (the computation is its note);
                `inferred` from context in the text; `external`: outside knowledge (its note says
                which).
            date_note (None | str | Unset): The computation, or the outside knowledge it rests on.
    """

    date_start: datetime.date | None
    date_end: datetime.date | None
    date_precision: DatePrecision
    date_basis: DateBasis
    date_note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_start: None | str
        if isinstance(self.date_start, datetime.date):
            date_start = self.date_start.isoformat()
        else:
            date_start = self.date_start

        date_end: None | str
        if isinstance(self.date_end, datetime.date):
            date_end = self.date_end.isoformat()
        else:
            date_end = self.date_end

        date_precision = self.date_precision.value

        date_basis = self.date_basis.value

        date_note: None | str | Unset
        if isinstance(self.date_note, Unset):
            date_note = UNSET
        else:
            date_note = self.date_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date_start": date_start,
                "date_end": date_end,
                "date_precision": date_precision,
                "date_basis": date_basis,
            }
        )
        if date_note is not UNSET:
            field_dict["date_note"] = date_note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_date_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_start_type_0 = datetime.date.fromisoformat(data)

                return date_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        date_start = _parse_date_start(d.pop("date_start"))

        def _parse_date_end(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_end_type_0 = datetime.date.fromisoformat(data)

                return date_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        date_end = _parse_date_end(d.pop("date_end"))

        date_precision = DatePrecision(d.pop("date_precision"))

        date_basis = DateBasis(d.pop("date_basis"))

        def _parse_date_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_note = _parse_date_note(d.pop("date_note", UNSET))

        based_date = cls(
            date_start=date_start,
            date_end=date_end,
            date_precision=date_precision,
            date_basis=date_basis,
            date_note=date_note,
        )

        based_date.additional_properties = d
        return based_date

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
