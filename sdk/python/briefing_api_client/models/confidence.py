from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.likelihood import Likelihood
from ..models.modality import Modality

if TYPE_CHECKING:
    from ..models.cue import Cue


T = TypeVar("T", bound="Confidence")


@_attrs_define
class Confidence:
    """How sure the text is; `hedged` unless `asserted`.

    Attributes:
        modality (Modality): How the text commits to a statement. `asserted`: no hedge. `estimative`: a likelihood
            word ("likely", "probably"), with a level. `possible`: "may", "might", "could".
            `evidential`: an appearance or an inference ("appears", "seems", "suggests").
            `reported`: second-hand ("reportedly", "allegedly").
        likelihood (Likelihood | None): The ICD 203 step, where the text gives one.
        hedged (bool): Whether the text hedges it (any modality but asserted).
        cue (Cue | None): The hedge, anchored; null when asserted.
    """

    modality: Modality
    likelihood: Likelihood | None
    hedged: bool
    cue: Cue | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cue import Cue

        modality = self.modality.value

        likelihood: None | str
        if isinstance(self.likelihood, Likelihood):
            likelihood = self.likelihood.value
        else:
            likelihood = self.likelihood

        hedged = self.hedged

        cue: dict[str, Any] | None
        if isinstance(self.cue, Cue):
            cue = self.cue.to_dict()
        else:
            cue = self.cue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modality": modality,
                "likelihood": likelihood,
                "hedged": hedged,
                "cue": cue,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cue import Cue

        d = dict(src_dict)
        modality = Modality(d.pop("modality"))

        def _parse_likelihood(data: object) -> Likelihood | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                likelihood_type_0 = Likelihood(data)

                return likelihood_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Likelihood | None, data)

        likelihood = _parse_likelihood(d.pop("likelihood"))

        hedged = d.pop("hedged")

        def _parse_cue(data: object) -> Cue | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cue_type_0 = Cue.from_dict(data)

                return cue_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Cue | None, data)

        cue = _parse_cue(d.pop("cue"))

        confidence = cls(
            modality=modality,
            likelihood=likelihood,
            hedged=hedged,
            cue=cue,
        )

        confidence.additional_properties = d
        return confidence

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
