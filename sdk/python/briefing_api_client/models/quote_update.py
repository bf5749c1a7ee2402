from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.date_basis import DateBasis
from ..models.date_precision import DatePrecision
from ..models.item_status import ItemStatus
from ..models.quote_kind import QuoteKind
from ..models.speaker_basis import SpeakerBasis
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.based_date import BasedDate
    from ..models.provenance_input import ProvenanceInput


T = TypeVar("T", bound="QuoteUpdate")


@_attrs_define
class QuoteUpdate:
    """A JSON merge patch (RFC 7386) of the quote: absent fields stay as they are; `null` clears an optional field or
    empties a list, and is refused on any other field. `provenance` is replaced as a whole.

        Attributes:
            status (ItemStatus | None | Unset): `published`, or `draft` to keep it out of public lists for now.
            provenance (None | ProvenanceInput | Unset):
            date_start (datetime.date | None | Unset): First day (inclusive); null if open or undated.
            date_end (datetime.date | None | Unset): Last day (inclusive); null if open or undated.
            date_precision (DatePrecision | None | Unset): How precisely the source dates it; null if undated.
            date_basis (DateBasis | None | Unset): Where the date comes from; null if undated or not recorded.
            date_note (None | str | Unset): The computation, or the outside knowledge the date rests on.
            text (None | str | Unset): The words spoken, verbatim, without quote marks.
            context (None | str | Unset): The occasion: a phone call, a cabinet meeting, …
            kind (None | QuoteKind | Unset): Speech (`direct`, `partial`, `translated`) has a speaker; a `scare_quote` or a
                `term` is credited to no one.
            speaker_basis (None | SpeakerBasis | Unset): How the speaker is known; null without a speaker or if not
                recorded.
            speaker (None | str | Unset): The speaker's entity id: required for speech (direct, partial, translated),
                refused for a scare quote or a term.
            about (list[str] | None | Unset): Entity ids it is about.
            period (BasedDate | None | Unset): The period the quote speaks about, if it names one.
    """

    status: ItemStatus | None | Unset = UNSET
    provenance: None | ProvenanceInput | Unset = UNSET
    date_start: datetime.date | None | Unset = UNSET
    date_end: datetime.date | None | Unset = UNSET
    date_precision: DatePrecision | None | Unset = UNSET
    date_basis: DateBasis | None | Unset = UNSET
    date_note: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    context: None | str | Unset = UNSET
    kind: None | QuoteKind | Unset = UNSET
    speaker_basis: None | SpeakerBasis | Unset = UNSET
    speaker: None | str | Unset = UNSET
    about: list[str] | None | Unset = UNSET
    period: BasedDate | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.based_date import BasedDate
        from ..models.provenance_input import ProvenanceInput

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ItemStatus):
            status = self.status.value
        else:
            status = self.status

        provenance: dict[str, Any] | None | Unset
        if isinstance(self.provenance, Unset):
            provenance = UNSET
        elif isinstance(self.provenance, ProvenanceInput):
            provenance = self.provenance.to_dict()
        else:
            provenance = self.provenance

        date_start: None | str | Unset
        if isinstance(self.date_start, Unset):
            date_start = UNSET
        elif isinstance(self.date_start, datetime.date):
            date_start = self.date_start.isoformat()
        else:
            date_start = self.date_start

        date_end: None | str | Unset
        if isinstance(self.date_end, Unset):
            date_end = UNSET
        elif isinstance(self.date_end, datetime.date):
            date_end = self.date_end.isoformat()
        else:
            date_end = self.date_end

        date_precision: None | str | Unset
        if isinstance(self.date_precision, Unset):
            date_precision = UNSET
        elif isinstance(self.date_precision, DatePrecision):
            date_precision = self.date_precision.value
        else:
            date_precision = self.date_precision

        date_basis: None | str | Unset
        if isinstance(self.date_basis, Unset):
            date_basis = UNSET
        elif isinstance(self.date_basis, DateBasis):
            date_basis = self.date_basis.value
        else:
            date_basis = self.date_basis

        date_note: None | str | Unset
        if isinstance(self.date_note, Unset):
            date_note = UNSET
        else:
            date_note = self.date_note

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        context: None | str | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        else:
            context = self.context

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, QuoteKind):
            kind = self.kind.value
        else:
            kind = self.kind

        speaker_basis: None | str | Unset
        if isinstance(self.speaker_basis, Unset):
            speaker_basis = UNSET
        elif isinstance(self.speaker_basis, SpeakerBasis):
            speaker_basis = self.speaker_basis.value
        else:
            speaker_basis = self.speaker_basis

        speaker: None | str | Unset
        if isinstance(self.speaker, Unset):
            speaker = UNSET
        else:
            speaker = self.speaker

        about: list[str] | None | Unset
        if isinstance(self.about, Unset):
            about = UNSET
        elif isinstance(self.about, list):
            about = self.about

        else:
            about = self.about

        period: dict[str, Any] | None | Unset
        if isinstance(self.period, Unset):
            period = UNSET
        elif isinstance(self.period, BasedDate):
            period = self.period.to_dict()
        else:
            period = self.period

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if provenance is not UNSET:
            field_dict["provenance"] = provenance
        if date_start is not UNSET:
            field_dict["date_start"] = date_start
        if date_end is not UNSET:
            field_dict["date_end"] = date_end
        if date_precision is not UNSET:
            field_dict["date_precision"] = date_precision
        if date_basis is not UNSET:
            field_dict["date_basis"] = date_basis
        if date_note is not UNSET:
            field_dict["date_note"] = date_note
        if text is not UNSET:
            field_dict["text"] = text
        if context is not UNSET:
            field_dict["context"] = context
        if kind is not UNSET:
            field_dict["kind"] = kind
        if speaker_basis is not UNSET:
            field_dict["speaker_basis"] = speaker_basis
        if speaker is not UNSET:
            field_dict["speaker"] = speaker
        if about is not UNSET:
            field_dict["about"] = about
        if period is not UNSET:
            field_dict["period"] = period

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.based_date import BasedDate
        from ..models.provenance_input import ProvenanceInput

        d = dict(src_dict)

        def _parse_status(data: object) -> ItemStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ItemStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_provenance(data: object) -> None | ProvenanceInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                provenance_type_0 = ProvenanceInput.from_dict(data)

                return provenance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProvenanceInput | Unset, data)

        provenance = _parse_provenance(d.pop("provenance", UNSET))

        def _parse_date_start(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_start_type_0 = datetime.date.fromisoformat(data)

                return date_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date_start = _parse_date_start(d.pop("date_start", UNSET))

        def _parse_date_end(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_end_type_0 = datetime.date.fromisoformat(data)

                return date_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date_end = _parse_date_end(d.pop("date_end", UNSET))

        def _parse_date_precision(data: object) -> DatePrecision | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_precision_type_0 = DatePrecision(data)

                return date_precision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatePrecision | None | Unset, data)

        date_precision = _parse_date_precision(d.pop("date_precision", UNSET))

        def _parse_date_basis(data: object) -> DateBasis | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_basis_type_0 = DateBasis(data)

                return date_basis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DateBasis | None | Unset, data)

        date_basis = _parse_date_basis(d.pop("date_basis", UNSET))

        def _parse_date_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_note = _parse_date_note(d.pop("date_note", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_context(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        context = _parse_context(d.pop("context", UNSET))

        def _parse_kind(data: object) -> None | QuoteKind | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = QuoteKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QuoteKind | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))

        def _parse_speaker_basis(data: object) -> None | SpeakerBasis | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                speaker_basis_type_0 = SpeakerBasis(data)

                return speaker_basis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SpeakerBasis | Unset, data)

        speaker_basis = _parse_speaker_basis(d.pop("speaker_basis", UNSET))

        def _parse_speaker(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        speaker = _parse_speaker(d.pop("speaker", UNSET))

        def _parse_about(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                about_type_0 = cast(list[str], data)

                return about_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        about = _parse_about(d.pop("about", UNSET))

        def _parse_period(data: object) -> BasedDate | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                period_type_0 = BasedDate.from_dict(data)

                return period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BasedDate | None | Unset, data)

        period = _parse_period(d.pop("period", UNSET))

        quote_update = cls(
            status=status,
            provenance=provenance,
            date_start=date_start,
            date_end=date_end,
            date_precision=date_precision,
            date_basis=date_basis,
            date_note=date_note,
            text=text,
            context=context,
            kind=kind,
            speaker_basis=speaker_basis,
            speaker=speaker,
            about=about,
            period=period,
        )

        return quote_update
