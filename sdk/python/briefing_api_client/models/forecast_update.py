from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.drawn_by import DrawnBy
from ..models.item_status import ItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.based_date import BasedDate
    from ..models.outcome import Outcome


T = TypeVar("T", bound="ForecastUpdate")


@_attrs_define
class ForecastUpdate:
    """A JSON merge patch (RFC 7386) of the forecast: absent fields stay as they are; `null` clears an optional field or
    empties a list, and is refused on any other field. `provenance` is replaced as a whole.

        Attributes:
            status (ItemStatus | None | Unset): `published`, or `draft` to keep it out of public lists for now.
            horizon (BasedDate | None | Unset): By when, with its basis.
            condition (None | str | Unset): The condition, verbatim inside the subject's excerpt.
            drawn_by (DrawnBy | None | Unset): `author` of the document, or a `curator`.
            outcome (None | Outcome | Unset): How it turned out; `{status: open}` by default.
    """

    status: ItemStatus | None | Unset = UNSET
    horizon: BasedDate | None | Unset = UNSET
    condition: None | str | Unset = UNSET
    drawn_by: DrawnBy | None | Unset = UNSET
    outcome: None | Outcome | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.based_date import BasedDate
        from ..models.outcome import Outcome

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ItemStatus):
            status = self.status.value
        else:
            status = self.status

        horizon: dict[str, Any] | None | Unset
        if isinstance(self.horizon, Unset):
            horizon = UNSET
        elif isinstance(self.horizon, BasedDate):
            horizon = self.horizon.to_dict()
        else:
            horizon = self.horizon

        condition: None | str | Unset
        if isinstance(self.condition, Unset):
            condition = UNSET
        else:
            condition = self.condition

        drawn_by: None | str | Unset
        if isinstance(self.drawn_by, Unset):
            drawn_by = UNSET
        elif isinstance(self.drawn_by, DrawnBy):
            drawn_by = self.drawn_by.value
        else:
            drawn_by = self.drawn_by

        outcome: dict[str, Any] | None | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        elif isinstance(self.outcome, Outcome):
            outcome = self.outcome.to_dict()
        else:
            outcome = self.outcome

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if horizon is not UNSET:
            field_dict["horizon"] = horizon
        if condition is not UNSET:
            field_dict["condition"] = condition
        if drawn_by is not UNSET:
            field_dict["drawn_by"] = drawn_by
        if outcome is not UNSET:
            field_dict["outcome"] = outcome

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.based_date import BasedDate
        from ..models.outcome import Outcome

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

        def _parse_horizon(data: object) -> BasedDate | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                horizon_type_0 = BasedDate.from_dict(data)

                return horizon_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BasedDate | None | Unset, data)

        horizon = _parse_horizon(d.pop("horizon", UNSET))

        def _parse_condition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        condition = _parse_condition(d.pop("condition", UNSET))

        def _parse_drawn_by(data: object) -> DrawnBy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                drawn_by_type_0 = DrawnBy(data)

                return drawn_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DrawnBy | None | Unset, data)

        drawn_by = _parse_drawn_by(d.pop("drawn_by", UNSET))

        def _parse_outcome(data: object) -> None | Outcome | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outcome_type_0 = Outcome.from_dict(data)

                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Outcome | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))

        forecast_update = cls(
            status=status,
            horizon=horizon,
            condition=condition,
            drawn_by=drawn_by,
            outcome=outcome,
        )

        return forecast_update
