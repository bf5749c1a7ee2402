from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.date_precision import DatePrecision
from ..models.timeline_type import TimelineType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_public import EventPublic
    from ..models.quote_public import QuotePublic


T = TypeVar("T", bound="TimelineEntry")


@_attrs_define
class TimelineEntry:
    """One dated item; exactly one of `event` and `quote` is set, as `type` says.

    Attributes:
        type_ (TimelineType):
        id (str):
        date_start (datetime.date | None): First day; null if the text leaves it open.
        date_end (datetime.date | None): Last day; null if the text leaves it open.
        date_precision (DatePrecision):
        title (str): The event's title, or the quote's words.
        event (EventPublic | None | Unset):
        quote (None | QuotePublic | Unset):
    """

    type_: TimelineType
    id: str
    date_start: datetime.date | None
    date_end: datetime.date | None
    date_precision: DatePrecision
    title: str
    event: EventPublic | None | Unset = UNSET
    quote: None | QuotePublic | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_public import EventPublic
        from ..models.quote_public import QuotePublic

        type_ = self.type_.value

        id = self.id

        date_start: None | str
        if isinstance(self.date_start, datetime.date):
            date_start = self.date_start.isoformat()
        else:
            date_start = self.date_start

        date_end: None | str
        if isinstance(self.date_end, datetime.date):
            date_end = self.date_end.isoformat()
        else:
            date_end = self.date_end

        date_precision = self.date_precision.value

        title = self.title

        event: dict[str, Any] | None | Unset
        if isinstance(self.event, Unset):
            event = UNSET
        elif isinstance(self.event, EventPublic):
            event = self.event.to_dict()
        else:
            event = self.event

        quote: dict[str, Any] | None | Unset
        if isinstance(self.quote, Unset):
            quote = UNSET
        elif isinstance(self.quote, QuotePublic):
            quote = self.quote.to_dict()
        else:
            quote = self.quote

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "date_start": date_start,
                "date_end": date_end,
                "date_precision": date_precision,
                "title": title,
            }
        )
        if event is not UNSET:
            field_dict["event"] = event
        if quote is not UNSET:
            field_dict["quote"] = quote

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event_public import EventPublic
        from ..models.quote_public import QuotePublic

        d = dict(src_dict)
        type_ = TimelineType(d.pop("type"))

        id = d.pop("id")

        def _parse_date_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_start_type_0 = datetime.date.fromisoformat(data)

                return date_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        date_start = _parse_date_start(d.pop("date_start"))

        def _parse_date_end(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_end_type_0 = datetime.date.fromisoformat(data)

                return date_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        date_end = _parse_date_end(d.pop("date_end"))

        date_precision = DatePrecision(d.pop("date_precision"))

        title = d.pop("title")

        def _parse_event(data: object) -> EventPublic | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_type_0 = EventPublic.from_dict(data)

                return event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventPublic | None | Unset, data)

        event = _parse_event(d.pop("event", UNSET))

        def _parse_quote(data: object) -> None | QuotePublic | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                quote_type_0 = QuotePublic.from_dict(data)

                return quote_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QuotePublic | Unset, data)

        quote = _parse_quote(d.pop("quote", UNSET))

        timeline_entry = cls(
            type_=type_,
            id=id,
            date_start=date_start,
            date_end=date_end,
            date_precision=date_precision,
            title=title,
            event=event,
            quote=quote,
        )

        timeline_entry.additional_properties = d
        return timeline_entry

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
