#!/usr/bin/env bash
# Generates both SDKs from schemas/openapi.json into their git-ignored places:
# the Python client package sdk/python/briefing_api_client (openapi-python-client, from the
# dev extra) and the TypeScript types sdk/typescript/generated/briefing-api.ts
# (openapi-typescript, installed by `npm ci --prefix sdk/typescript`).
set -euo pipefail
cd "$(dirname "$0")/.."
PATH="$PWD/.venv/bin:$PATH"  # the generator formats its output with the venv's ruff

openapi-python-client generate --path schemas/openapi.json --meta none \
  --config sdk/python/openapi-python-client.yaml \
  --output-path sdk/python/briefing_api_client --overwrite
npm run --silent --prefix sdk/typescript generate
