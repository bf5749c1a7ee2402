from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.relation_type import RelationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_ref_input import ItemRefInput


T = TypeVar("T", bound="RelationInput")


@_attrs_define
class RelationInput:
    """
    Attributes:
        type_ (RelationType): A typed link from one item to another. `summarizes` links a heading's claim to the
            passage under it; `causes` an item to its effect.
        to (ItemRefInput): Another item, by type and id.
        excerpt (None | str | Unset): The words inside this item's excerpt that state the link, verbatim.
    """

    type_: RelationType
    to: ItemRefInput
    excerpt: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        to = self.to.to_dict()

        excerpt: None | str | Unset
        if isinstance(self.excerpt, Unset):
            excerpt = UNSET
        else:
            excerpt = self.excerpt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "to": to,
            }
        )
        if excerpt is not UNSET:
            field_dict["excerpt"] = excerpt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.item_ref_input import ItemRefInput

        d = dict(src_dict)
        type_ = RelationType(d.pop("type"))

        to = ItemRefInput.from_dict(d.pop("to"))

        def _parse_excerpt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        excerpt = _parse_excerpt(d.pop("excerpt", UNSET))

        relation_input = cls(
            type_=type_,
            to=to,
            excerpt=excerpt,
        )

        return relation_input
