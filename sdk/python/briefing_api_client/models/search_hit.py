from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_type import SearchType

if TYPE_CHECKING:
    from ..models.provenance import Provenance


T = TypeVar("T", bound="SearchHit")


@_attrs_define
class SearchHit:
    """
    Attributes:
        type_ (SearchType):
        id (str):
        title (str): The item's headline: a name, title, statement or quote.
        snippet (str): The matching text around the first match.
        provenance (None | Provenance): Null for entities.
    """

    type_: SearchType
    id: str
    title: str
    snippet: str
    provenance: None | Provenance
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.provenance import Provenance

        type_ = self.type_.value

        id = self.id

        title = self.title

        snippet = self.snippet

        provenance: dict[str, Any] | None
        if isinstance(self.provenance, Provenance):
            provenance = self.provenance.to_dict()
        else:
            provenance = self.provenance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "title": title,
                "snippet": snippet,
                "provenance": provenance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.provenance import Provenance

        d = dict(src_dict)
        type_ = SearchType(d.pop("type"))

        id = d.pop("id")

        title = d.pop("title")

        snippet = d.pop("snippet")

        def _parse_provenance(data: object) -> None | Provenance:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                provenance_type_0 = Provenance.from_dict(data)

                return provenance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Provenance, data)

        provenance = _parse_provenance(d.pop("provenance"))

        search_hit = cls(
            type_=type_,
            id=id,
            title=title,
            snippet=snippet,
            provenance=provenance,
        )

        search_hit.additional_properties = d
        return search_hit

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
