from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.asserted_by import AssertedBy
from ..models.attribution_verb import AttributionVerb
from ..models.speaker_basis import SpeakerBasis
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttributionInput")


@_attrs_define
class AttributionInput:
    """Who puts the statement forward and by which verb; the server anchors `cue` near the
    item's excerpt, as the seed loader does.

        Attributes:
            cue_start (int | None | Unset): Where the cue starts (code points), to pin it; the server checks the text there.
            cue (None | str | Unset): The cue word(s), verbatim from the source.
            cue_occurrence (int | None | Unset): Which occurrence of `cue` (1-based) when it repeats.
            cue_within (None | str | Unset): A passage near the excerpt (its sentence) to find the cue in, when the excerpt
                does not contain it.
            by (AssertedBy | Unset): Who puts a statement forward: the document's `author`, a `speaker` (a person or a body
                that says it), a reporting `source` (an outlet, a report), or an `unnamed_source` the
                text leaves anonymous ("allegedly", "reportedly").
            verb (AttributionVerb | Unset): How a statement is put forward: the reporting verb, as a closed set. `asserts`
                is the
                author's plain statement, with no cue in the text.
            basis (None | SpeakerBasis | Unset): How the speaker or source is known; only for `speaker` and `source`
                (default `named`).
    """

    cue_start: int | None | Unset = UNSET
    cue: None | str | Unset = UNSET
    cue_occurrence: int | None | Unset = UNSET
    cue_within: None | str | Unset = UNSET
    by: AssertedBy | Unset = UNSET
    verb: AttributionVerb | Unset = UNSET
    basis: None | SpeakerBasis | Unset = UNSET

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

        by: str | Unset = UNSET
        if not isinstance(self.by, Unset):
            by = self.by.value

        verb: str | Unset = UNSET
        if not isinstance(self.verb, Unset):
            verb = self.verb.value

        basis: None | str | Unset
        if isinstance(self.basis, Unset):
            basis = UNSET
        elif isinstance(self.basis, SpeakerBasis):
            basis = self.basis.value
        else:
            basis = self.basis

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
        if by is not UNSET:
            field_dict["by"] = by
        if verb is not UNSET:
            field_dict["verb"] = verb
        if basis is not UNSET:
            field_dict["basis"] = basis

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

        _by = d.pop("by", UNSET)
        by: AssertedBy | Unset
        if isinstance(_by, Unset):
            by = UNSET
        else:
            by = AssertedBy(_by)

        _verb = d.pop("verb", UNSET)
        verb: AttributionVerb | Unset
        if isinstance(_verb, Unset):
            verb = UNSET
        else:
            verb = AttributionVerb(_verb)

        def _parse_basis(data: object) -> None | SpeakerBasis | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                basis_type_0 = SpeakerBasis(data)

                return basis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SpeakerBasis | Unset, data)

        basis = _parse_basis(d.pop("basis", UNSET))

        attribution_input = cls(
            cue_start=cue_start,
            cue=cue,
            cue_occurrence=cue_occurrence,
            cue_within=cue_within,
            by=by,
            verb=verb,
            basis=basis,
        )

        return attribution_input
