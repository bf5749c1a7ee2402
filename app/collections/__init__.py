"""The collections the API serves, each declared once as a `CollectionSpec` (one module per
collection), and `REGISTRY`, from which the routes, OpenAPI tags, exports, writes, page
models and schema files are derived."""

from app.collections.registry import REGISTRY, CollectionName, Registry
from app.collections.spec import CollectionSpec

__all__ = ["REGISTRY", "CollectionName", "CollectionSpec", "Registry"]
