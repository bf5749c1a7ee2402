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


T = TypeVar("T", bound="QuoteCreate")


@_attrs_define
class QuoteCreate:
    """
    Attributes:
        provenance (ProvenanceInput): Where the item comes from: the exact text of the document it stands on.
        text (str): The words spoken, verbatim, without quote marks.
        context (str): The occasion: a phone call, a cabinet meeting, …
        id (None | str | Unset): A new slug; made from the item's text when absent.
        status (ItemStatus | Unset): Whether an item is public: rule-extracted drafts wait for a curator's confirmation.
        date_start (datetime.date | None | Unset): First day (inclusive); null if open or undated.
        date_end (datetime.date | None | Unset): Last day (inclusive); null if open or undated.
        date_precision (DatePrecision | None | Unset): How precisely the source dates it; null if undated.
        date_basis (DateBasis | None | Unset): Where the date comes from; null if undated or not recorded.
        date_note (None | str | Unset): The computation, or the outside knowledge the date rests on.
        kind (QuoteKind | Unset): What a quotation is. Only `direct`, `partial` and `translated` are speech and have a
            speaker; a `scare_quote` is the author's distance from a word, a `term` a slogan or a
            coined name, and neither is credited to anyone.
        speaker_basis (None | SpeakerBasis | Unset): How the speaker is known; null without a speaker or if not
            recorded.
        speaker (None | str | Unset): The speaker's entity id: required for speech (direct, partial, translated),
            refused for a scare quote or a term.
        about (list[str] | Unset): Entity ids it is about.
        period (BasedDate | None | Unset): The period the quote speaks about, if it names one.
    """

    provenance: ProvenanceInput
    text: str
    context: str
    id: None | str | Unset = UNSET
    status: ItemStatus | Unset = UNSET
    date_start: datetime.date | None | Unset = UNSET
    date_end: datetime.date | None | Unset = UNSET
    date_precision: DatePrecision | None | Unset = UNSET
    date_basis: DateBasis | None | Unset = UNSET
    date_note: None | str | Unset = UNSET
    kind: QuoteKind | Unset = UNSET
    speaker_basis: None | SpeakerBasis | Unset = UNSET
    speaker: None | str | Unset = UNSET
    about: list[str] | Unset = UNSET
    period: BasedDate | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.based_date import BasedDate

        provenance = self.provenance.to_dict()

        text = self.text

        context = self.context

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

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

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

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

        about: list[str] | Unset = UNSET
        if not isinstance(self.about, Unset):
            about = self.about

        period: dict[str, Any] | None | Unset
        if isinstance(self.period, Unset):
            period = UNSET
        elif isinstance(self.period, BasedDate):
            period = self.period.to_dict()
        else:
            period = self.period

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "provenance": provenance,
                "text": text,
                "context": context,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
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
        provenance = ProvenanceInput.from_dict(d.pop("provenance"))

        text = d.pop("text")

        context = d.pop("context")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        _status = d.pop("status", UNSET)
        status: ItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ItemStatus(_status)

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

        _kind = d.pop("kind", UNSET)
        kind: QuoteKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = QuoteKind(_kind)

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

        about = cast(list[str], d.pop("about", UNSET))

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

        quote_create = cls(
            provenance=provenance,
            text=text,
            context=context,
            id=id,
            status=status,
            date_start=date_start,
            date_end=date_end,
            date_precision=date_precision,
            date_basis=date_basis,
            date_note=date_note,
            kind=kind,
            speaker_basis=speaker_basis,
            speaker=speaker,
            about=about,
            period=period,
        )

        return quote_create
