"""The last step: the mentions the findings name become entity ids, known ones or new
draft entities, allocated in the order the findings come (quotes, events, implications)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from app.extract.drafts import (
    DraftClaim,
    DraftEntity,
    DraftEvent,
    DraftImplication,
    DraftQuote,
)
from app.extract.ids import Ids
from app.extract.mentions import Mention
from app.extract.parse import Parsed
from app.extract.steps import ImplicationFinding
from app.extract.text import slugify


@dataclass
class Drafts:
    entities: list[DraftEntity] = field(default_factory=list)
    quotes: list[DraftQuote[str]] = field(default_factory=list)
    events: list[DraftEvent[str]] = field(default_factory=list)
    claims: list[DraftClaim] = field(default_factory=list)
    implications: list[DraftImplication] = field(default_factory=list)


class _Entities:
    """Entity ids for mentions: a known entity's, else one new draft entity per slug."""

    def __init__(self, parsed: Parsed, taken_entity_ids: Iterable[str]) -> None:
        self.known_ids = {e.id for e in parsed.known}
        self.aliases = {e.id: e.aliases for e in parsed.discovered}
        self.document_id = parsed.document_id
        self.ids = Ids("", taken_entity_ids)
        self.renamed: dict[str, str] = {}
        self.new: dict[str, DraftEntity] = {}

    def id_of(self, mention: Mention) -> str:
        if mention.entity_id in self.known_ids:
            return mention.entity_id
        slug = mention.entity_id or slugify(mention.name) or "unnamed"
        if slug in self.known_ids:
            return slug
        if slug not in self.renamed:
            self.renamed[slug] = self.ids.fresh(slug)
        draft_id = self.renamed[slug]
        if draft_id not in self.new:
            self.new[draft_id] = DraftEntity(
                draft_id,
                mention.name,
                mention.kind,
                self.aliases.get(slug, ()),
                f"Named in {self.document_id!r}; proposed by the rule-based extractor, to review.",
            )
        return draft_id

    def involved(self, named: Iterable[Mention], exclude: str | None = None) -> tuple[str, ...]:
        """The entities named, each once, in order; unknown names (no entity id) left out."""
        found = [self.id_of(m) for m in named if m.entity_id]
        return tuple(dict.fromkeys(e for e in found if e != exclude))


def name_entities(
    parsed: Parsed,
    quotes: list[DraftQuote[Mention]],
    events: list[DraftEvent[Mention]],
    implications: list[ImplicationFinding],
    taken_entity_ids: Iterable[str],
) -> Drafts:
    entities = _Entities(parsed, taken_entity_ids)
    drafts = Drafts()
    for q in quotes:
        speaker = entities.id_of(q.speaker)
        about = entities.involved(q.about, exclude=speaker)
        drafts.quotes.append(
            DraftQuote(
                q.id, q.anchor, q.text, speaker, q.speaker_basis, q.when, q.context, about, q.rule
            )
        )
    for e in events:
        actors = entities.involved(e.actors)
        drafts.events.append(
            DraftEvent(
                e.id, e.anchor, e.title, e.description, e.when, e.event_type, actors, e.date_text
            )
        )
    for i in implications:
        about = entities.involved(i.named)
        p = i.proposal
        by = entities.id_of(p.asserter) if p.asserter is not None else None
        asserted = (by, p.attribution, p.confidence)
        drafts.claims.append(DraftClaim(i.claim_id, i.anchor, i.statement, about, *asserted))
        drafts.implications.append(
            DraftImplication(
                i.implication_id, i.anchor, i.statement, about, *asserted, (i.claim_id,)
            )
        )
    drafts.entities = list(entities.new.values())
    return drafts
