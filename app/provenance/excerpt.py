"""The one input shape that anchors an item in its source: the exact excerpt, and how to
tell a repeated excerpt apart. The seed format (`Anchored`), curated writes
(`ProvenanceInput`) and the extractor's draft annotations all use it, so they accept and
refuse the same anchors with the same words."""

from __future__ import annotations

from typing import ClassVar, Self

from pydantic import BaseModel, ConfigDict, Field, PositiveInt, model_validator


class ExcerptAnchor(BaseModel):
    """An item located by the exact source text it comes from."""

    model_config = ConfigDict(extra="forbid")

    # The fields that each pick one occurrence of a repeated excerpt; at most one is given.
    # A subclass that adds another (`char_start`) names it here too.
    disambiguators: ClassVar[tuple[str, ...]] = ("occurrence", "within")

    excerpt: str = Field(
        min_length=1, description="Exact source text the item comes from; must occur verbatim."
    )
    occurrence: PositiveInt | None = Field(
        default=None, description="Which occurrence of `excerpt` (1-based) when it repeats."
    )
    within: str | None = Field(
        default=None,
        description="A longer, unique passage that contains `excerpt` exactly once; "
        "disambiguates a repeated excerpt by its surroundings.",
    )

    @model_validator(mode="after")
    def _one_disambiguator(self) -> Self:
        given = [name for name in self.disambiguators if getattr(self, name) is not None]
        if len(given) > 1:
            names = [f"`{name}`" for name in self.disambiguators]
            raise ValueError(f"give one of {', '.join(names[:-1])} or {names[-1]}, not several")
        if self.within is not None and self.excerpt not in self.within:
            raise ValueError("`within` must contain `excerpt`")
        return self
