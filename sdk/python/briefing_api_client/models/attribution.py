from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asserted_by import AssertedBy
from ..models.attribution_verb import AttributionVerb
from ..models.speaker_basis import SpeakerBasis

if TYPE_CHECKING:
    from ..models.cue import Cue


T = TypeVar("T", bound="Attribution")


@_attrs_define
class Attribution:
    """Who puts the statement forward, and the verb; `cue` is null for a plain assertion.

    Attributes:
        asserted_by (AssertedBy): Who puts a statement forward: the document's `author`, a `speaker` (a person or a body
            that says it), a reporting `source` (an outlet, a report), or an `unnamed_source` the
            text leaves anonymous ("allegedly", "reportedly").
        verb (AttributionVerb): How a statement is put forward: the reporting verb, as a closed set. `asserts` is the
            author's plain statement, with no cue in the text.
        cue (Cue | None): The word(s) that carry the verb, anchored.
        speaker_basis (None | SpeakerBasis): How the speaker or source is known; null for the author or unnamed.
    """

    asserted_by: AssertedBy
    verb: AttributionVerb
    cue: Cue | None
    speaker_basis: None | SpeakerBasis
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cue import Cue

        asserted_by = self.asserted_by.value

        verb = self.verb.value

        cue: dict[str, Any] | None
        if isinstance(self.cue, Cue):
            cue = self.cue.to_dict()
        else:
            cue = self.cue

        speaker_basis: None | str
        if isinstance(self.speaker_basis, SpeakerBasis):
            speaker_basis = self.speaker_basis.value
        else:
            speaker_basis = self.speaker_basis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asserted_by": asserted_by,
                "verb": verb,
                "cue": cue,
                "speaker_basis": speaker_basis,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cue import Cue

        d = dict(src_dict)
        asserted_by = AssertedBy(d.pop("asserted_by"))

        verb = AttributionVerb(d.pop("verb"))

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

        def _parse_speaker_basis(data: object) -> None | SpeakerBasis:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                speaker_basis_type_0 = SpeakerBasis(data)

                return speaker_basis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SpeakerBasis, data)

        speaker_basis = _parse_speaker_basis(d.pop("speaker_basis"))

        attribution = cls(
            asserted_by=asserted_by,
            verb=verb,
            cue=cue,
            speaker_basis=speaker_basis,
        )

        attribution.additional_properties = d
        return attribution

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
