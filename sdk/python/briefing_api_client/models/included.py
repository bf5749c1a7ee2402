from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.claim_public import ClaimPublic
    from ..models.entity_public import EntityPublic
    from ..models.event_public import EventPublic
    from ..models.forecast_public import ForecastPublic
    from ..models.implication_public import ImplicationPublic
    from ..models.quote_public import QuotePublic
    from ..models.stance_public import StancePublic


T = TypeVar("T", bound="Included")


@_attrs_define
class Included:
    """Items referenced by the page, embedded on request with `include=`.

    Attributes:
        entities (list[EntityPublic] | None | Unset):
        quotes (list[QuotePublic] | None | Unset):
        events (list[EventPublic] | None | Unset):
        claims (list[ClaimPublic] | None | Unset):
        implications (list[ImplicationPublic] | None | Unset):
        forecasts (list[ForecastPublic] | None | Unset):
        stances (list[StancePublic] | None | Unset):
    """

    entities: list[EntityPublic] | None | Unset = UNSET
    quotes: list[QuotePublic] | None | Unset = UNSET
    events: list[EventPublic] | None | Unset = UNSET
    claims: list[ClaimPublic] | None | Unset = UNSET
    implications: list[ImplicationPublic] | None | Unset = UNSET
    forecasts: list[ForecastPublic] | None | Unset = UNSET
    stances: list[StancePublic] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entities: list[dict[str, Any]] | None | Unset
        if isinstance(self.entities, Unset):
            entities = UNSET
        elif isinstance(self.entities, list):
            entities = []
            for entities_type_0_item_data in self.entities:
                entities_type_0_item = entities_type_0_item_data.to_dict()
                entities.append(entities_type_0_item)

        else:
            entities = self.entities

        quotes: list[dict[str, Any]] | None | Unset
        if isinstance(self.quotes, Unset):
            quotes = UNSET
        elif isinstance(self.quotes, list):
            quotes = []
            for quotes_type_0_item_data in self.quotes:
                quotes_type_0_item = quotes_type_0_item_data.to_dict()
                quotes.append(quotes_type_0_item)

        else:
            quotes = self.quotes

        events: list[dict[str, Any]] | None | Unset
        if isinstance(self.events, Unset):
            events = UNSET
        elif isinstance(self.events, list):
            events = []
            for events_type_0_item_data in self.events:
                events_type_0_item = events_type_0_item_data.to_dict()
                events.append(events_type_0_item)

        else:
            events = self.events

        claims: list[dict[str, Any]] | None | Unset
        if isinstance(self.claims, Unset):
            claims = UNSET
        elif isinstance(self.claims, list):
            claims = []
            for claims_type_0_item_data in self.claims:
                claims_type_0_item = claims_type_0_item_data.to_dict()
                claims.append(claims_type_0_item)

        else:
            claims = self.claims

        implications: list[dict[str, Any]] | None | Unset
        if isinstance(self.implications, Unset):
            implications = UNSET
        elif isinstance(self.implications, list):
            implications = []
            for implications_type_0_item_data in self.implications:
                implications_type_0_item = implications_type_0_item_data.to_dict()
                implications.append(implications_type_0_item)

        else:
            implications = self.implications

        forecasts: list[dict[str, Any]] | None | Unset
        if isinstance(self.forecasts, Unset):
            forecasts = UNSET
        elif isinstance(self.forecasts, list):
            forecasts = []
            for forecasts_type_0_item_data in self.forecasts:
                forecasts_type_0_item = forecasts_type_0_item_data.to_dict()
                forecasts.append(forecasts_type_0_item)

        else:
            forecasts = self.forecasts

        stances: list[dict[str, Any]] | None | Unset
        if isinstance(self.stances, Unset):
            stances = UNSET
        elif isinstance(self.stances, list):
            stances = []
            for stances_type_0_item_data in self.stances:
                stances_type_0_item = stances_type_0_item_data.to_dict()
                stances.append(stances_type_0_item)

        else:
            stances = self.stances

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entities is not UNSET:
            field_dict["entities"] = entities
        if quotes is not UNSET:
            field_dict["quotes"] = quotes
        if events is not UNSET:
            field_dict["events"] = events
        if claims is not UNSET:
            field_dict["claims"] = claims
        if implications is not UNSET:
            field_dict["implications"] = implications
        if forecasts is not UNSET:
            field_dict["forecasts"] = forecasts
        if stances is not UNSET:
            field_dict["stances"] = stances

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.claim_public import ClaimPublic
        from ..models.entity_public import EntityPublic
        from ..models.event_public import EventPublic
        from ..models.forecast_public import ForecastPublic
        from ..models.implication_public import ImplicationPublic
        from ..models.quote_public import QuotePublic
        from ..models.stance_public import StancePublic

        d = dict(src_dict)

        def _parse_entities(data: object) -> list[EntityPublic] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                entities_type_0 = []
                _entities_type_0 = data
                for entities_type_0_item_data in _entities_type_0:
                    entities_type_0_item = EntityPublic.from_dict(
                        entities_type_0_item_data
                    )

                    entities_type_0.append(entities_type_0_item)

                return entities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EntityPublic] | None | Unset, data)

        entities = _parse_entities(d.pop("entities", UNSET))

        def _parse_quotes(data: object) -> list[QuotePublic] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                quotes_type_0 = []
                _quotes_type_0 = data
                for quotes_type_0_item_data in _quotes_type_0:
                    quotes_type_0_item = QuotePublic.from_dict(quotes_type_0_item_data)

                    quotes_type_0.append(quotes_type_0_item)

                return quotes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[QuotePublic] | None | Unset, data)

        quotes = _parse_quotes(d.pop("quotes", UNSET))

        def _parse_events(data: object) -> list[EventPublic] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                events_type_0 = []
                _events_type_0 = data
                for events_type_0_item_data in _events_type_0:
                    events_type_0_item = EventPublic.from_dict(events_type_0_item_data)

                    events_type_0.append(events_type_0_item)

                return events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EventPublic] | None | Unset, data)

        events = _parse_events(d.pop("events", UNSET))

        def _parse_claims(data: object) -> list[ClaimPublic] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                claims_type_0 = []
                _claims_type_0 = data
                for claims_type_0_item_data in _claims_type_0:
                    claims_type_0_item = ClaimPublic.from_dict(claims_type_0_item_data)

                    claims_type_0.append(claims_type_0_item)

                return claims_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ClaimPublic] | None | Unset, data)

        claims = _parse_claims(d.pop("claims", UNSET))

        def _parse_implications(data: object) -> list[ImplicationPublic] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                implications_type_0 = []
                _implications_type_0 = data
                for implications_type_0_item_data in _implications_type_0:
                    implications_type_0_item = ImplicationPublic.from_dict(
                        implications_type_0_item_data
                    )

                    implications_type_0.append(implications_type_0_item)

                return implications_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ImplicationPublic] | None | Unset, data)

        implications = _parse_implications(d.pop("implications", UNSET))

        def _parse_forecasts(data: object) -> list[ForecastPublic] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                forecasts_type_0 = []
                _forecasts_type_0 = data
                for forecasts_type_0_item_data in _forecasts_type_0:
                    forecasts_type_0_item = ForecastPublic.from_dict(
                        forecasts_type_0_item_data
                    )

                    forecasts_type_0.append(forecasts_type_0_item)

                return forecasts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ForecastPublic] | None | Unset, data)

        forecasts = _parse_forecasts(d.pop("forecasts", UNSET))

        def _parse_stances(data: object) -> list[StancePublic] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stances_type_0 = []
                _stances_type_0 = data
                for stances_type_0_item_data in _stances_type_0:
                    stances_type_0_item = StancePublic.from_dict(
                        stances_type_0_item_data
                    )

                    stances_type_0.append(stances_type_0_item)

                return stances_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StancePublic] | None | Unset, data)

        stances = _parse_stances(d.pop("stances", UNSET))

        included = cls(
            entities=entities,
            quotes=quotes,
            events=events,
            claims=claims,
            implications=implications,
            forecasts=forecasts,
            stances=stances,
        )

        included.additional_properties = d
        return included

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
