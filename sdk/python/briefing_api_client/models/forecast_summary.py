from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.forecast_status import ForecastStatus

T = TypeVar("T", bound="ForecastSummary")


@_attrs_define
class ForecastSummary:
    """The forecast a claim or an implication makes: its id in `/v1/forecasts`, and how it
    has turned out so far.

        Attributes:
            id (str):
            status (ForecastStatus): How a forecast turned out; `open` until a curator resolves it.
    """

    id: str
    status: ForecastStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        status = ForecastStatus(d.pop("status"))

        forecast_summary = cls(
            id=id,
            status=status,
        )

        forecast_summary.additional_properties = d
        return forecast_summary

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
