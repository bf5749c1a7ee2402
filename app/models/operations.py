"""Bodies of the operational endpoints (`/healthz`, `/readyz`), outside the briefing data."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Health(BaseModel):
    status: Literal["ok"] = Field(description="Always `ok`: the process answers.")


CheckName = Literal["database", "migrations", "documents"]


class ReadinessCheck(BaseModel):
    name: CheckName = Field(description="What was checked.")
    ok: bool
    detail: str = Field(description="What was found.")


class Readiness(BaseModel):
    """Every check passed; a failed one makes `/readyz` a 503 problem instead."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "status": "ok",
                    "checks": [
                        {"name": "database", "ok": True, "detail": "reachable (postgresql)"},
                        {"name": "migrations", "ok": True, "detail": "at head 0002"},
                        {"name": "documents", "ok": True, "detail": "1 document loaded"},
                    ],
                }
            ]
        }
    )

    status: Literal["ok"]
    checks: list[ReadinessCheck]
