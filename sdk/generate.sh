#!/usr/bin/env bash
# Generates both SDKs from schemas/openapi.json: the committed Python client package
# sdk/python/briefing_api_client (sdk/python/generate.py, with openapi-python-client from the
# dev extra) and the TypeScript types sdk/typescript/src/generated/briefing-api.ts
# (openapi-typescript, installed by `npm ci --prefix sdk/typescript`). PYTHON: the interpreter
# whose environment holds the generator, .venv/bin/python by default.
set -euo pipefail
cd "$(dirname "$0")/.."

"${PYTHON:-.venv/bin/python}" sdk/python/generate.py
npm run --silent --prefix sdk/typescript generate
