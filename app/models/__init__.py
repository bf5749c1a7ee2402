"""Domain models: tables, public shapes and the vocabulary they share."""

from app.models.api_key import (
    ApiKey,
    ApiKeyCreate,
    ApiKeyCreated,
    ApiKeyList,
    ApiKeyPublic,
    Scope,
)
from app.models.common import (
    ClaimRef,
    ClaimType,
    DatePrecision,
    DateRange,
    EntityKind,
    EntityRef,
    EventType,
    EvidenceRef,
    ItemStatus,
    ItemType,
    Provenance,
    ProvenanceMethod,
)
from app.models.corpus import CorpusState
from app.models.document import Document, DocumentPublic, Section, SectionPublic
from app.models.entity import Entity, EntityPublic
from app.models.items import (
    Claim,
    ClaimPublic,
    Event,
    EventPublic,
    Implication,
    ImplicationPublic,
    Quote,
    QuotePublic,
)
from app.models.links import Derivation, Evidence, Involvement
from app.models.revision import (
    AuditEntry,
    IdempotentResponse,
    Revision,
    RevisionAction,
    RevisionPublic,
)

__all__ = [
    "ApiKey",
    "ApiKeyCreate",
    "ApiKeyCreated",
    "ApiKeyList",
    "ApiKeyPublic",
    "AuditEntry",
    "Claim",
    "ClaimPublic",
    "ClaimRef",
    "ClaimType",
    "CorpusState",
    "DatePrecision",
    "DateRange",
    "Derivation",
    "Document",
    "DocumentPublic",
    "Entity",
    "EntityKind",
    "EntityPublic",
    "EntityRef",
    "Event",
    "EventPublic",
    "EventType",
    "Evidence",
    "EvidenceRef",
    "IdempotentResponse",
    "Implication",
    "ImplicationPublic",
    "Involvement",
    "ItemStatus",
    "ItemType",
    "Provenance",
    "ProvenanceMethod",
    "Quote",
    "QuotePublic",
    "Revision",
    "RevisionAction",
    "RevisionPublic",
    "Scope",
    "Section",
    "SectionPublic",
]
