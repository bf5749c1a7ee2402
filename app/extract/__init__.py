"""Rule-based extraction of draft items from a briefing's text (see `extractor.py`)."""

from app.extract.extractor import Extraction, extract, sha256_of
from app.extract.mentions import KnownEntity

__all__ = ["Extraction", "KnownEntity", "extract", "sha256_of"]
