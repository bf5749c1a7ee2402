from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.feature import Feature
    from ..models.recon_type import ReconType


T = TypeVar("T", bound="Candidate")


@_attrs_define
class Candidate:
    """
    Attributes:
        id (str): The entity id.
        name (str):
        description (str):
        score (float): 0 to 100: the best name or alias similarity.
        match (bool): True for the single exact (folded) name or alias match.
        type_ (list[ReconType]):
        features (list[Feature]):
    """

    id: str
    name: str
    description: str
    score: float
    match: bool
    type_: list[ReconType]
    features: list[Feature]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        score = self.score

        match = self.match

        type_ = []
        for type_item_data in self.type_:
            type_item = type_item_data.to_dict()
            type_.append(type_item)

        features = []
        for features_item_data in self.features:
            features_item = features_item_data.to_dict()
            features.append(features_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "score": score,
                "match": match,
                "type": type_,
                "features": features,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.feature import Feature
        from ..models.recon_type import ReconType

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description")

        score = d.pop("score")

        match = d.pop("match")

        type_ = []
        _type_ = d.pop("type")
        for type_item_data in _type_:
            type_item = ReconType.from_dict(type_item_data)

            type_.append(type_item)

        features = []
        _features = d.pop("features")
        for features_item_data in _features:
            features_item = Feature.from_dict(features_item_data)

            features.append(features_item)

        candidate = cls(
            id=id,
            name=name,
            description=description,
            score=score,
            match=match,
            type_=type_,
            features=features,
        )

        candidate.additional_properties = d
        return candidate

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
