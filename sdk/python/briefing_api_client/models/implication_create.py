from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.item_status import ItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribution_input import AttributionInput
    from ..models.claim_ref import ClaimRef
    from ..models.confidence_input import ConfidenceInput
    from ..models.provenance_input import ProvenanceInput
    from ..models.relation_input import RelationInput


T = TypeVar("T", bound="ImplicationCreate")


@_attrs_define
class ImplicationCreate:
    """
    Attributes:
        provenance (ProvenanceInput): Where the item comes from: the exact text of the document it stands on.
        statement (str):
        derived_from (list[ClaimRef]): The claims it rests on.
        id (None | str | Unset): A new slug; made from the item's text when absent.
        status (ItemStatus | Unset): Whether an item is public: rule-extracted drafts wait for a curator's confirmation.
        attributed_to (None | str | Unset): Who the briefing reports as asserting it (entity id): required for an
            attribution by a speaker or a source, absent otherwise.
        attribution (AttributionInput | None | Unset): Absent: the author asserts it (the speaker, if `attributed_to`
            names one).
        confidence (ConfidenceInput | None | Unset): Absent: asserted, with no hedge.
        about (list[str] | Unset):
        relations (list[RelationInput] | Unset): Typed links to stored items; `excerpt`: the words inside this item's
            excerpt that state the link.
    """

    provenance: ProvenanceInput
    statement: str
    derived_from: list[ClaimRef]
    id: None | str | Unset = UNSET
    status: ItemStatus | Unset = UNSET
    attributed_to: None | str | Unset = UNSET
    attribution: AttributionInput | None | Unset = UNSET
    confidence: ConfidenceInput | None | Unset = UNSET
    about: list[str] | Unset = UNSET
    relations: list[RelationInput] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.attribution_input import AttributionInput
        from ..models.confidence_input import ConfidenceInput

        provenance = self.provenance.to_dict()

        statement = self.statement

        derived_from = []
        for derived_from_item_data in self.derived_from:
            derived_from_item = derived_from_item_data.to_dict()
            derived_from.append(derived_from_item)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        attributed_to: None | str | Unset
        if isinstance(self.attributed_to, Unset):
            attributed_to = UNSET
        else:
            attributed_to = self.attributed_to

        attribution: dict[str, Any] | None | Unset
        if isinstance(self.attribution, Unset):
            attribution = UNSET
        elif isinstance(self.attribution, AttributionInput):
            attribution = self.attribution.to_dict()
        else:
            attribution = self.attribution

        confidence: dict[str, Any] | None | Unset
        if isinstance(self.confidence, Unset):
            confidence = UNSET
        elif isinstance(self.confidence, ConfidenceInput):
            confidence = self.confidence.to_dict()
        else:
            confidence = self.confidence

        about: list[str] | Unset = UNSET
        if not isinstance(self.about, Unset):
            about = self.about

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
                "statement": statement,
                "derived_from": derived_from,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if attributed_to is not UNSET:
            field_dict["attributed_to"] = attributed_to
        if attribution is not UNSET:
            field_dict["attribution"] = attribution
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if about is not UNSET:
            field_dict["about"] = about
        if relations is not UNSET:
            field_dict["relations"] = relations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attribution_input import AttributionInput
        from ..models.claim_ref import ClaimRef
        from ..models.confidence_input import ConfidenceInput
        from ..models.provenance_input import ProvenanceInput
        from ..models.relation_input import RelationInput

        d = dict(src_dict)
        provenance = ProvenanceInput.from_dict(d.pop("provenance"))

        statement = d.pop("statement")

        derived_from = []
        _derived_from = d.pop("derived_from")
        for derived_from_item_data in _derived_from:
            derived_from_item = ClaimRef.from_dict(derived_from_item_data)

            derived_from.append(derived_from_item)

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

        def _parse_attributed_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        attributed_to = _parse_attributed_to(d.pop("attributed_to", UNSET))

        def _parse_attribution(data: object) -> AttributionInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attribution_type_0 = AttributionInput.from_dict(data)

                return attribution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AttributionInput | None | Unset, data)

        attribution = _parse_attribution(d.pop("attribution", UNSET))

        def _parse_confidence(data: object) -> ConfidenceInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                confidence_type_0 = ConfidenceInput.from_dict(data)

                return confidence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConfidenceInput | None | Unset, data)

        confidence = _parse_confidence(d.pop("confidence", UNSET))

        about = cast(list[str], d.pop("about", UNSET))

        _relations = d.pop("relations", UNSET)
        relations: list[RelationInput] | Unset = UNSET
        if _relations is not UNSET:
            relations = []
            for relations_item_data in _relations:
                relations_item = RelationInput.from_dict(relations_item_data)

                relations.append(relations_item)

        implication_create = cls(
            provenance=provenance,
            statement=statement,
            derived_from=derived_from,
            id=id,
            status=status,
            attributed_to=attributed_to,
            attribution=attribution,
            confidence=confidence,
            about=about,
            relations=relations,
        )

        return implication_create
