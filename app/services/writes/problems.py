"""A request body's problems, collected so that one 422 names them all."""

from __future__ import annotations

from pydantic import ValidationError

from app.core.errors import InvalidBody, ValidationIssue


class Problems:
    """Every problem of a request body, collected so that one 422 names them all."""

    def __init__(self) -> None:
        self.issues: list[ValidationIssue] = []

    def add(self, loc: list[str | int], msg: str, code: str) -> None:
        self.issues.append(ValidationIssue(loc=["body", *loc], msg=msg, type=code))

    def raise_any(self) -> None:
        if self.issues:
            raise InvalidBody(self.issues)


def invalid_body(exc: ValidationError) -> InvalidBody:
    return InvalidBody(
        [
            ValidationIssue(loc=["body", *e["loc"]], msg=e["msg"], type=e["type"])
            for e in exc.errors(include_url=False)
        ]
    )
