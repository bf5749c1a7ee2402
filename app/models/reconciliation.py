"""The W3C Entity Reconciliation API (version 0.2, the one OpenRefine 3.x speaks): the
service manifest, a batch of queries, its candidates, and suggest answers. Field names are
the specification's, camelCase included."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel

RECONCILIATION_VERSION = "0.2"


class ReconType(BaseModel):
    """A type: here, an entity kind."""

    id: str = Field(description="The type's identifier: an entity kind, e.g. `person`.")
    name: str = Field(description="The type's label, e.g. `Person`.")


class UrlTemplate(BaseModel):
    url: str = Field(description="A URL in which `{{id}}` stands for an entity id.")


class PreviewSettings(UrlTemplate):
    width: int = Field(description="The preview's width in pixels.")
    height: int = Field(description="The preview's height in pixels.")


class SuggestService(BaseModel):
    service_url: str = Field(description="The service's base URL.")
    service_path: str = Field(description="The path after `service_url`.")


class SuggestSettings(BaseModel):
    entity: SuggestService


class PropertySetting(BaseModel):
    id: str
    name: str


class Manifest(BaseModel):
    """What a reconciliation client (OpenRefine) reads first, at the service's URL."""

    versions: list[str] = Field(description="The specification versions this service speaks.")
    name: str
    identifierSpace: str = Field(description="A URI naming the entity identifiers.")
    schemaSpace: str = Field(description="A URI naming the types and properties.")
    documentation: str | None = None
    view: UrlTemplate = Field(description="The API's page of an entity.")
    preview: PreviewSettings
    suggest: SuggestSettings
    defaultTypes: list[ReconType] = Field(description="The entity kinds.")


PropertyScalar = str | int | float | bool


class EntityValue(BaseModel):
    """A property value that is itself an entity (for instance, one reconciled before)."""

    id: str
    name: str | None = None


PropertyValue = PropertyScalar | EntityValue


class PropertyConstraint(BaseModel):
    model_config = ConfigDict(extra="forbid")

    pid: str = Field(description="`kind` or `alias`.")
    v: PropertyValue | list[PropertyValue]


class ReconQuery(BaseModel):
    """One query of a batch."""

    model_config = ConfigDict(extra="forbid")

    query: str | None = Field(default=None, description="The name to match.")
    type: str | list[str] | None = Field(default=None, description="Entity kinds to match.")
    limit: int | None = Field(default=None, ge=1, description="At most this many candidates.")
    properties: list[PropertyConstraint] = Field(default_factory=list)
    type_strict: Literal["any", "should", "all"] | None = None


class Feature(BaseModel):
    id: str
    value: float | bool


class Candidate(BaseModel):
    id: str = Field(description="The entity id.")
    name: str
    description: str
    score: float = Field(ge=0, le=100, description="0 to 100: the best name or alias similarity.")
    match: bool = Field(description="True for the single exact (folded) name or alias match.")
    type: list[ReconType]
    features: list[Feature]


class Candidates(BaseModel):
    result: list[Candidate]


class ResultBatch(RootModel[dict[str, Candidates]]):
    """Each query's candidates, under the query's key."""


class SuggestedEntity(BaseModel):
    id: str
    name: str
    description: str
    notable: list[ReconType]


class SuggestResponse(BaseModel):
    result: list[SuggestedEntity]
