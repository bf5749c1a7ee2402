from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.forecast_status import ForecastStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.based_date import BasedDate
    from ..models.item_ref import ItemRef


T = TypeVar("T", bound="Outcome")


@_attrs_define
class Outcome:
    """How a forecast turned out, as a curator records it.

    Attributes:
        status (ForecastStatus): How a forecast turned out; `open` until a curator resolves it.
        resolved_on (BasedDate | None | Unset): When it was resolved, with the date's basis.
        evidence (ItemRef | None | Unset): The stored item that shows the outcome.
        evidence_url (None | str | Unset): Or a page outside the corpus that shows it.
        note (None | str | Unset): The curator's note on the outcome.
    """

    status: ForecastStatus
    resolved_on: BasedDate | None | Unset = UNSET
    evidence: ItemRef | None | Unset = UNSET
    evidence_url: None | str | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.based_date import BasedDate
        from ..models.item_ref import ItemRef

        status = self.status.value

        resolved_on: dict[str, Any] | None | Unset
        if isinstance(self.resolved_on, Unset):
            resolved_on = UNSET
        elif isinstance(self.resolved_on, BasedDate):
            resolved_on = self.resolved_on.to_dict()
        else:
            resolved_on = self.resolved_on

        evidence: dict[str, Any] | None | Unset
        if isinstance(self.evidence, Unset):
            evidence = UNSET
        elif isinstance(self.evidence, ItemRef):
            evidence = self.evidence.to_dict()
        else:
            evidence = self.evidence

        evidence_url: None | str | Unset
        if isinstance(self.evidence_url, Unset):
            evidence_url = UNSET
        else:
            evidence_url = self.evidence_url

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
            }
        )
        if resolved_on is not UNSET:
            field_dict["resolved_on"] = resolved_on
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if evidence_url is not UNSET:
            field_dict["evidence_url"] = evidence_url
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.based_date import BasedDate
        from ..models.item_ref import ItemRef

        d = dict(src_dict)
        status = ForecastStatus(d.pop("status"))

        def _parse_resolved_on(data: object) -> BasedDate | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resolved_on_type_0 = BasedDate.from_dict(data)

                return resolved_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BasedDate | None | Unset, data)

        resolved_on = _parse_resolved_on(d.pop("resolved_on", UNSET))

        def _parse_evidence(data: object) -> ItemRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                evidence_type_0 = ItemRef.from_dict(data)

                return evidence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemRef | None | Unset, data)

        evidence = _parse_evidence(d.pop("evidence", UNSET))

        def _parse_evidence_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        evidence_url = _parse_evidence_url(d.pop("evidence_url", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        outcome = cls(
            status=status,
            resolved_on=resolved_on,
            evidence=evidence,
            evidence_url=evidence_url,
            note=note,
        )

        return outcome
