"""The seed: curated annotations of source documents, and the loader that anchors them."""
