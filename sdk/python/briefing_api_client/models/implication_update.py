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


T = TypeVar("T", bound="ImplicationUpdate")


@_attrs_define
class ImplicationUpdate:
    """A JSON merge patch (RFC 7386) of the implication: absent fields stay as they are; `null` clears an optional field or
    empties a list, and is refused on any other field. `provenance` is replaced as a whole.

        Attributes:
            status (ItemStatus | None | Unset): `published`, or `draft` to keep it out of public lists for now.
            provenance (None | ProvenanceInput | Unset):
            statement (None | str | Unset):
            attributed_to (None | str | Unset): Who the briefing reports as asserting it (entity id): required for an
                attribution by a speaker or a source, absent otherwise.
            attribution (AttributionInput | None | Unset): Absent: the author asserts it (the speaker, if `attributed_to`
                names one).
            confidence (ConfidenceInput | None | Unset): Absent: asserted, with no hedge.
            about (list[str] | None | Unset):
            derived_from (list[ClaimRef] | None | Unset): The claims it rests on.
            relations (list[RelationInput] | None | Unset): Typed links to stored items; `excerpt`: the words inside this
                item's excerpt that state the link.
    """

    status: ItemStatus | None | Unset = UNSET
    provenance: None | ProvenanceInput | Unset = UNSET
    statement: None | str | Unset = UNSET
    attributed_to: None | str | Unset = UNSET
    attribution: AttributionInput | None | Unset = UNSET
    confidence: ConfidenceInput | None | Unset = UNSET
    about: list[str] | None | Unset = UNSET
    derived_from: list[ClaimRef] | None | Unset = UNSET
    relations: list[RelationInput] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.attribution_input import AttributionInput
        from ..models.confidence_input import ConfidenceInput
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

        statement: None | str | Unset
        if isinstance(self.statement, Unset):
            statement = UNSET
        else:
            statement = self.statement

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

        about: list[str] | None | Unset
        if isinstance(self.about, Unset):
            about = UNSET
        elif isinstance(self.about, list):
            about = self.about

        else:
            about = self.about

        derived_from: list[dict[str, Any]] | None | Unset
        if isinstance(self.derived_from, Unset):
            derived_from = UNSET
        elif isinstance(self.derived_from, list):
            derived_from = []
            for derived_from_type_0_item_data in self.derived_from:
                derived_from_type_0_item = derived_from_type_0_item_data.to_dict()
                derived_from.append(derived_from_type_0_item)

        else:
            derived_from = self.derived_from

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
        if statement is not UNSET:
            field_dict["statement"] = statement
        if attributed_to is not UNSET:
            field_dict["attributed_to"] = attributed_to
        if attribution is not UNSET:
            field_dict["attribution"] = attribution
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if about is not UNSET:
            field_dict["about"] = about
        if derived_from is not UNSET:
            field_dict["derived_from"] = derived_from
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

        def _parse_statement(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        statement = _parse_statement(d.pop("statement", UNSET))

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

        def _parse_about(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                about_type_0 = cast(list[str], data)

                return about_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        about = _parse_about(d.pop("about", UNSET))

        def _parse_derived_from(data: object) -> list[ClaimRef] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                derived_from_type_0 = []
                _derived_from_type_0 = data
                for derived_from_type_0_item_data in _derived_from_type_0:
                    derived_from_type_0_item = ClaimRef.from_dict(
                        derived_from_type_0_item_data
                    )

                    derived_from_type_0.append(derived_from_type_0_item)

                return derived_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ClaimRef] | None | Unset, data)

        derived_from = _parse_derived_from(d.pop("derived_from", UNSET))

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

        implication_update = cls(
            status=status,
            provenance=provenance,
            statement=statement,
            attributed_to=attributed_to,
            attribution=attribution,
            confidence=confidence,
            about=about,
            derived_from=derived_from,
            relations=relations,
        )

        return implication_update
