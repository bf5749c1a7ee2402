from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.drawn_by import DrawnBy
from ..models.item_status import ItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.based_date import BasedDate
    from ..models.item_ref_input import ItemRefInput
    from ..models.outcome import Outcome


T = TypeVar("T", bound="ForecastCreate")


@_attrs_define
class ForecastCreate:
    """
    Attributes:
        drawn_by (DrawnBy): Who draws a forecast: the document's `author`, or a `curator` reading it.
        subject (ItemRefInput): Another item, by type and id.
        id (None | str | Unset): Always the subject's id; given, it must be that.
        status (ItemStatus | Unset): Whether an item is public: rule-extracted drafts wait for a curator's confirmation.
        horizon (BasedDate | None | Unset): By when, with its basis.
        condition (None | str | Unset): The condition, verbatim inside the subject's excerpt.
        outcome (Outcome | Unset): How a forecast turned out, as a curator records it.
    """

    drawn_by: DrawnBy
    subject: ItemRefInput
    id: None | str | Unset = UNSET
    status: ItemStatus | Unset = UNSET
    horizon: BasedDate | None | Unset = UNSET
    condition: None | str | Unset = UNSET
    outcome: Outcome | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.based_date import BasedDate

        drawn_by = self.drawn_by.value

        subject = self.subject.to_dict()

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

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

        outcome: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outcome, Unset):
            outcome = self.outcome.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "drawn_by": drawn_by,
                "subject": subject,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if horizon is not UNSET:
            field_dict["horizon"] = horizon
        if condition is not UNSET:
            field_dict["condition"] = condition
        if outcome is not UNSET:
            field_dict["outcome"] = outcome

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.based_date import BasedDate
        from ..models.item_ref_input import ItemRefInput
        from ..models.outcome import Outcome

        d = dict(src_dict)
        drawn_by = DrawnBy(d.pop("drawn_by"))

        subject = ItemRefInput.from_dict(d.pop("subject"))

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

        _outcome = d.pop("outcome", UNSET)
        outcome: Outcome | Unset
        if isinstance(_outcome, Unset):
            outcome = UNSET
        else:
            outcome = Outcome.from_dict(_outcome)

        forecast_create = cls(
            drawn_by=drawn_by,
            subject=subject,
            id=id,
            status=status,
            horizon=horizon,
            condition=condition,
            outcome=outcome,
        )

        return forecast_create
