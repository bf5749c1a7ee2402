from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentCreate")


@_attrs_define
class DocumentCreate:
    """A new briefing: its exact text and what the text does not say about itself.

    Attributes:
        title (str):
        published_on (datetime.date): Publication date (ISO 8601); relative dates in the text (`last week`) resolve
            against it.
        text (str): The exact source text (UTF-8). Provenance offsets index into it in code points; its first line is
            taken as the title heading.
        id (None | str | Unset): The document's id; a slug of the title when omitted.
        subtitle (None | str | Unset):
    """

    title: str
    published_on: datetime.date
    text: str
    id: None | str | Unset = UNSET
    subtitle: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        published_on = self.published_on.isoformat()

        text = self.text

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        subtitle: None | str | Unset
        if isinstance(self.subtitle, Unset):
            subtitle = UNSET
        else:
            subtitle = self.subtitle

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "published_on": published_on,
                "text": text,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title")

        published_on = datetime.date.fromisoformat(d.pop("published_on"))

        text = d.pop("text")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_subtitle(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subtitle = _parse_subtitle(d.pop("subtitle", UNSET))

        document_create = cls(
            title=title,
            published_on=published_on,
            text=text,
            id=id,
            subtitle=subtitle,
        )

        return document_create
