from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.likelihood import Likelihood
from ..models.modality import Modality
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfidenceInput")


@_attrs_define
class ConfidenceInput:
    """How sure the text is; the server anchors `cue` near the item's excerpt.

    Attributes:
        cue_start (int | None | Unset): Where the cue starts (code points), to pin it; the server checks the text there.
        cue (None | str | Unset): The cue word(s), verbatim from the source.
        cue_occurrence (int | None | Unset): Which occurrence of `cue` (1-based) when it repeats.
        cue_within (None | str | Unset): A passage near the excerpt (its sentence) to find the cue in, when the excerpt
            does not contain it.
        modality (Modality | Unset): How the text commits to a statement. `asserted`: no hedge. `estimative`: a
            likelihood
            word ("likely", "probably"), with a level. `possible`: "may", "might", "could".
            `evidential`: an appearance or an inference ("appears", "seems", "suggests").
            `reported`: second-hand ("reportedly", "allegedly").
        likelihood (Likelihood | None | Unset): The ICD 203 step: required for `estimative`, optional for `possible`,
            `evidential` and `reported`, absent for `asserted`.
    """

    cue_start: int | None | Unset = UNSET
    cue: None | str | Unset = UNSET
    cue_occurrence: int | None | Unset = UNSET
    cue_within: None | str | Unset = UNSET
    modality: Modality | Unset = UNSET
    likelihood: Likelihood | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        cue_start: int | None | Unset
        if isinstance(self.cue_start, Unset):
            cue_start = UNSET
        else:
            cue_start = self.cue_start

        cue: None | str | Unset
        if isinstance(self.cue, Unset):
            cue = UNSET
        else:
            cue = self.cue

        cue_occurrence: int | None | Unset
        if isinstance(self.cue_occurrence, Unset):
            cue_occurrence = UNSET
        else:
            cue_occurrence = self.cue_occurrence

        cue_within: None | str | Unset
        if isinstance(self.cue_within, Unset):
            cue_within = UNSET
        else:
            cue_within = self.cue_within

        modality: str | Unset = UNSET
        if not isinstance(self.modality, Unset):
            modality = self.modality.value

        likelihood: None | str | Unset
        if isinstance(self.likelihood, Unset):
            likelihood = UNSET
        elif isinstance(self.likelihood, Likelihood):
            likelihood = self.likelihood.value
        else:
            likelihood = self.likelihood

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if cue_start is not UNSET:
            field_dict["cue_start"] = cue_start
        if cue is not UNSET:
            field_dict["cue"] = cue
        if cue_occurrence is not UNSET:
            field_dict["cue_occurrence"] = cue_occurrence
        if cue_within is not UNSET:
            field_dict["cue_within"] = cue_within
        if modality is not UNSET:
            field_dict["modality"] = modality
        if likelihood is not UNSET:
            field_dict["likelihood"] = likelihood

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_cue_start(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cue_start = _parse_cue_start(d.pop("cue_start", UNSET))

        def _parse_cue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cue = _parse_cue(d.pop("cue", UNSET))

        def _parse_cue_occurrence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cue_occurrence = _parse_cue_occurrence(d.pop("cue_occurrence", UNSET))

        def _parse_cue_within(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cue_within = _parse_cue_within(d.pop("cue_within", UNSET))

        _modality = d.pop("modality", UNSET)
        modality: Modality | Unset
        if isinstance(_modality, Unset):
            modality = UNSET
        else:
            modality = Modality(_modality)

        def _parse_likelihood(data: object) -> Likelihood | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                likelihood_type_0 = Likelihood(data)

                return likelihood_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Likelihood | None | Unset, data)

        likelihood = _parse_likelihood(d.pop("likelihood", UNSET))

        confidence_input = cls(
            cue_start=cue_start,
            cue=cue,
            cue_occurrence=cue_occurrence,
            cue_within=cue_within,
            modality=modality,
            likelihood=likelihood,
        )

        return confidence_input
