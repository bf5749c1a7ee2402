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
    ClaimType,
    DatePrecision,
    DateRange,
    EntityKind,
    EntityRef,
    EventType,
    ItemStatus,
    Provenance,
    ProvenanceMethod,
    Role,
)
from app.models.corpus import CorpusState
from app.models.document import Document, DocumentPublic, Section, SectionPublic
from app.models.entity import Entity, EntityPublic
from app.models.forecast import Forecast, ForecastPublic
from app.models.items import (
    Claim,
    ClaimPublic,
    ClaimRef,
    Event,
    EventPublic,
    EvidenceRef,
    Implication,
    ImplicationPublic,
    ItemType,
    Quote,
    QuotePublic,
    RelationPublic,
)
from app.models.links import Derivation, Evidence, Involvement
from app.models.relation import Relation
from app.models.revision import (
    AuditEntry,
    IdempotentResponse,
    Revision,
    RevisionAction,
    RevisionPublic,
)
from app.models.stance import Stance, StanceEvidence, StancePublic

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
    "Forecast",
    "ForecastPublic",
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
    "Relation",
    "RelationPublic",
    "Revision",
    "RevisionAction",
    "RevisionPublic",
    "Role",
    "Scope",
    "Section",
    "SectionPublic",
    "Stance",
    "StanceEvidence",
    "StancePublic",
]
