"""Contains all the data models used in inputs/outputs"""

from .api_key_create import ApiKeyCreate
from .api_key_created import ApiKeyCreated
from .api_key_list import ApiKeyList
from .api_key_public import ApiKeyPublic
from .asserted_by import AssertedBy
from .attribution import Attribution
from .attribution_input import AttributionInput
from .attribution_verb import AttributionVerb
from .audit_entry import AuditEntry
from .audit_log import AuditLog
from .based_date import BasedDate
from .candidate import Candidate
from .candidates import Candidates
from .claim_create import ClaimCreate
from .claim_include import ClaimInclude
from .claim_list import ClaimList
from .claim_public import ClaimPublic
from .claim_ref import ClaimRef
from .claim_sort import ClaimSort
from .claim_type import ClaimType
from .claim_update import ClaimUpdate
from .confidence import Confidence
from .confidence_input import ConfidenceInput
from .cue import Cue
from .date_basis import DateBasis
from .date_precision import DatePrecision
from .document_create import DocumentCreate
from .document_ingested import DocumentIngested
from .document_list import DocumentList
from .document_public import DocumentPublic
from .document_sort import DocumentSort
from .draft_counts import DraftCounts
from .drawn_by import DrawnBy
from .entity_count import EntityCount
from .entity_create import EntityCreate
from .entity_include import EntityInclude
from .entity_kind import EntityKind
from .entity_list import EntityList
from .entity_public import EntityPublic
from .entity_ref import EntityRef
from .entity_role import EntityRole
from .entity_role_public import EntityRolePublic
from .entity_sort import EntitySort
from .entity_update import EntityUpdate
from .event_create import EventCreate
from .event_include import EventInclude
from .event_list import EventList
from .event_public import EventPublic
from .event_sort import EventSort
from .event_type import EventType
from .event_update import EventUpdate
from .evidence_annotation import EvidenceAnnotation
from .evidence_ref import EvidenceRef
from .export_format import ExportFormat
from .facet_count import FacetCount
from .feature import Feature
from .forecast_create import ForecastCreate
from .forecast_include import ForecastInclude
from .forecast_list import ForecastList
from .forecast_public import ForecastPublic
from .forecast_sort import ForecastSort
from .forecast_status import ForecastStatus
from .forecast_summary import ForecastSummary
from .forecast_update import ForecastUpdate
from .health import Health
from .implication_create import ImplicationCreate
from .implication_include import ImplicationInclude
from .implication_list import ImplicationList
from .implication_public import ImplicationPublic
from .implication_sort import ImplicationSort
from .implication_update import ImplicationUpdate
from .included import Included
from .item_ref import ItemRef
from .item_ref_input import ItemRefInput
from .item_status import ItemStatus
from .item_type import ItemType
from .likelihood import Likelihood
from .manifest import Manifest
from .modality import Modality
from .outcome import Outcome
from .preview_settings import PreviewSettings
from .problem import Problem
from .provenance import Provenance
from .provenance_input import ProvenanceInput
from .provenance_method import ProvenanceMethod
from .quote_create import QuoteCreate
from .quote_include import QuoteInclude
from .quote_kind import QuoteKind
from .quote_list import QuoteList
from .quote_public import QuotePublic
from .quote_sort import QuoteSort
from .quote_update import QuoteUpdate
from .readiness import Readiness
from .readiness_check import ReadinessCheck
from .readiness_check_name import ReadinessCheckName
from .recon_type import ReconType
from .reconcile_post_body import ReconcilePostBody
from .relation_input import RelationInput
from .relation_public import RelationPublic
from .relation_type import RelationType
from .result_batch import ResultBatch
from .revision_action import RevisionAction
from .revision_list import RevisionList
from .revision_public import RevisionPublic
from .revision_public_representation import RevisionPublicRepresentation
from .revision_sort import RevisionSort
from .scope import Scope
from .search_hit import SearchHit
from .search_results import SearchResults
from .search_type import SearchType
from .section_public import SectionPublic
from .speaker_basis import SpeakerBasis
from .stance_evidence_ref import StanceEvidenceRef
from .stance_include import StanceInclude
from .stance_list import StanceList
from .stance_public import StancePublic
from .stance_series import StanceSeries
from .stance_sort import StanceSort
from .stated_at import StatedAt
from .stats import Stats
from .suggest_response import SuggestResponse
from .suggest_service import SuggestService
from .suggest_settings import SuggestSettings
from .suggested_entity import SuggestedEntity
from .timeline import Timeline
from .timeline_entry import TimelineEntry
from .timeline_sort import TimelineSort
from .timeline_type import TimelineType
from .url_template import UrlTemplate
from .validation_issue import ValidationIssue
from .writable_collection import WritableCollection

__all__ = (
    "ApiKeyCreate",
    "ApiKeyCreated",
    "ApiKeyList",
    "ApiKeyPublic",
    "AssertedBy",
    "Attribution",
    "AttributionInput",
    "AttributionVerb",
    "AuditEntry",
    "AuditLog",
    "BasedDate",
    "Candidate",
    "Candidates",
    "ClaimCreate",
    "ClaimInclude",
    "ClaimList",
    "ClaimPublic",
    "ClaimRef",
    "ClaimSort",
    "ClaimType",
    "ClaimUpdate",
    "Confidence",
    "ConfidenceInput",
    "Cue",
    "DateBasis",
    "DatePrecision",
    "DocumentCreate",
    "DocumentIngested",
    "DocumentList",
    "DocumentPublic",
    "DocumentSort",
    "DraftCounts",
    "DrawnBy",
    "EntityCount",
    "EntityCreate",
    "EntityInclude",
    "EntityKind",
    "EntityList",
    "EntityPublic",
    "EntityRef",
    "EntityRole",
    "EntityRolePublic",
    "EntitySort",
    "EntityUpdate",
    "EventCreate",
    "EventInclude",
    "EventList",
    "EventPublic",
    "EventSort",
    "EventType",
    "EventUpdate",
    "EvidenceAnnotation",
    "EvidenceRef",
    "ExportFormat",
    "FacetCount",
    "Feature",
    "ForecastCreate",
    "ForecastInclude",
    "ForecastList",
    "ForecastPublic",
    "ForecastSort",
    "ForecastStatus",
    "ForecastSummary",
    "ForecastUpdate",
    "Health",
    "ImplicationCreate",
    "ImplicationInclude",
    "ImplicationList",
    "ImplicationPublic",
    "ImplicationSort",
    "ImplicationUpdate",
    "Included",
    "ItemRef",
    "ItemRefInput",
    "ItemStatus",
    "ItemType",
    "Likelihood",
    "Manifest",
    "Modality",
    "Outcome",
    "PreviewSettings",
    "Problem",
    "Provenance",
    "ProvenanceInput",
    "ProvenanceMethod",
    "QuoteCreate",
    "QuoteInclude",
    "QuoteKind",
    "QuoteList",
    "QuotePublic",
    "QuoteSort",
    "QuoteUpdate",
    "Readiness",
    "ReadinessCheck",
    "ReadinessCheckName",
    "ReconType",
    "ReconcilePostBody",
    "RelationInput",
    "RelationPublic",
    "RelationType",
    "ResultBatch",
    "RevisionAction",
    "RevisionList",
    "RevisionPublic",
    "RevisionPublicRepresentation",
    "RevisionSort",
    "Scope",
    "SearchHit",
    "SearchResults",
    "SearchType",
    "SectionPublic",
    "SpeakerBasis",
    "StanceEvidenceRef",
    "StanceInclude",
    "StanceList",
    "StancePublic",
    "StanceSeries",
    "StanceSort",
    "StatedAt",
    "Stats",
    "SuggestResponse",
    "SuggestService",
    "SuggestSettings",
    "SuggestedEntity",
    "Timeline",
    "TimelineEntry",
    "TimelineSort",
    "TimelineType",
    "UrlTemplate",
    "ValidationIssue",
    "WritableCollection",
)
