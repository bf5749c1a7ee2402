from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_status import ItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribution import Attribution
    from ..models.claim_ref import ClaimRef
    from ..models.confidence import Confidence
    from ..models.entity_ref import EntityRef
    from ..models.forecast_summary import ForecastSummary
    from ..models.provenance import Provenance
    from ..models.relation_public import RelationPublic


T = TypeVar("T", bound="ImplicationPublic")


@_attrs_define
class ImplicationPublic:
    """
    Attributes:
        id (str):
        document_id (str):
        provenance (Provenance): Where an item comes from; `text[char_start:char_end] == excerpt` always holds.
        statement (str):
        attribution (Attribution): Who puts the statement forward, and the verb; `cue` is null for a plain assertion.
        confidence (Confidence): How sure the text is; `hedged` unless `asserted`.
        created_at (datetime.datetime): When it was first stored.
        updated_at (datetime.datetime): When it last changed (its deletion included); see `updated_since`.
        attributed_to (EntityRef | None): The speaker or source the briefing reports as drawing it; null for the
            briefing's authors.
        about (list[EntityRef]):
        derived_from (list[ClaimRef]): The claims the implication rests on.
        forecast (ForecastSummary | None): The forecast it makes (see `/v1/forecasts`); null when it makes none.
        relations (list[RelationPublic]): Typed links to other items.
        status (ItemStatus | Unset): Whether an item is public: rule-extracted drafts wait for a curator's confirmation.
        version (int | Unset): Incremented by every change; the item's `ETag` is derived from it. Default: 1.
        deleted_at (datetime.datetime | None | Unset): When it was deleted; null while it exists. Deleted items are
            listed only with `include_deleted=true`, and their history stays readable.
    """

    id: str
    document_id: str
    provenance: Provenance
    statement: str
    attribution: Attribution
    confidence: Confidence
    created_at: datetime.datetime
    updated_at: datetime.datetime
    attributed_to: EntityRef | None
    about: list[EntityRef]
    derived_from: list[ClaimRef]
    forecast: ForecastSummary | None
    relations: list[RelationPublic]
    status: ItemStatus | Unset = UNSET
    version: int | Unset = 1
    deleted_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.entity_ref import EntityRef
        from ..models.forecast_summary import ForecastSummary

        id = self.id

        document_id = self.document_id

        provenance = self.provenance.to_dict()

        statement = self.statement

        attribution = self.attribution.to_dict()

        confidence = self.confidence.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        attributed_to: dict[str, Any] | None
        if isinstance(self.attributed_to, EntityRef):
            attributed_to = self.attributed_to.to_dict()
        else:
            attributed_to = self.attributed_to

        about = []
        for about_item_data in self.about:
            about_item = about_item_data.to_dict()
            about.append(about_item)

        derived_from = []
        for derived_from_item_data in self.derived_from:
            derived_from_item = derived_from_item_data.to_dict()
            derived_from.append(derived_from_item)

        forecast: dict[str, Any] | None
        if isinstance(self.forecast, ForecastSummary):
            forecast = self.forecast.to_dict()
        else:
            forecast = self.forecast

        relations = []
        for relations_item_data in self.relations:
            relations_item = relations_item_data.to_dict()
            relations.append(relations_item)

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
                "statement": statement,
                "attribution": attribution,
                "confidence": confidence,
                "created_at": created_at,
                "updated_at": updated_at,
                "attributed_to": attributed_to,
                "about": about,
                "derived_from": derived_from,
                "forecast": forecast,
                "relations": relations,
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
        from ..models.attribution import Attribution
        from ..models.claim_ref import ClaimRef
        from ..models.confidence import Confidence
        from ..models.entity_ref import EntityRef
        from ..models.forecast_summary import ForecastSummary
        from ..models.provenance import Provenance
        from ..models.relation_public import RelationPublic

        d = dict(src_dict)
        id = d.pop("id")

        document_id = d.pop("document_id")

        provenance = Provenance.from_dict(d.pop("provenance"))

        statement = d.pop("statement")

        attribution = Attribution.from_dict(d.pop("attribution"))

        confidence = Confidence.from_dict(d.pop("confidence"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_attributed_to(data: object) -> EntityRef | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attributed_to_type_0 = EntityRef.from_dict(data)

                return attributed_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityRef | None, data)

        attributed_to = _parse_attributed_to(d.pop("attributed_to"))

        about = []
        _about = d.pop("about")
        for about_item_data in _about:
            about_item = EntityRef.from_dict(about_item_data)

            about.append(about_item)

        derived_from = []
        _derived_from = d.pop("derived_from")
        for derived_from_item_data in _derived_from:
            derived_from_item = ClaimRef.from_dict(derived_from_item_data)

            derived_from.append(derived_from_item)

        def _parse_forecast(data: object) -> ForecastSummary | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                forecast_type_0 = ForecastSummary.from_dict(data)

                return forecast_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ForecastSummary | None, data)

        forecast = _parse_forecast(d.pop("forecast"))

        relations = []
        _relations = d.pop("relations")
        for relations_item_data in _relations:
            relations_item = RelationPublic.from_dict(relations_item_data)

            relations.append(relations_item)

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

        implication_public = cls(
            id=id,
            document_id=document_id,
            provenance=provenance,
            statement=statement,
            attribution=attribution,
            confidence=confidence,
            created_at=created_at,
            updated_at=updated_at,
            attributed_to=attributed_to,
            about=about,
            derived_from=derived_from,
            forecast=forecast,
            relations=relations,
            status=status,
            version=version,
            deleted_at=deleted_at,
        )

        implication_public.additional_properties = d
        return implication_public

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
