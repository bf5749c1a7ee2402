"""Logging for the whole process: one JSON object per line (or readable lines for a console),
each carrying the request id of the request being served.

structlog renders, the standard `logging` module still carries the records: the app, uvicorn,
SQLAlchemy and Alembic all log through `logging`, and structlog's `ProcessorFormatter` turns
any such record into the same shape (timestamp, level, logger, message, request_id, extras)
with a JSON or a console renderer, so no call site depends on the output format.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import Any

import orjson
import structlog
from structlog.typing import EventDict, Processor, WrappedLogger

from app.core.config import Settings
from app.core.request_id import current_request_id

ACCESS_LOGGER = "app.access"

_FIRST_KEYS = ("timestamp", "level", "logger", "message", "request_id")


def _add_request_id(_: WrappedLogger, __: str, event: EventDict) -> EventDict:
    event["request_id"] = current_request_id.get()
    return event


def _drop_noise(_: WrappedLogger, __: str, event: EventDict) -> EventDict:
    """uvicorn passes a colored copy of each message as an extra; it is not data."""
    event.pop("color_message", None)
    event.pop("taskName", None)
    return event


def _leading_keys_first(_: WrappedLogger, __: str, event: EventDict) -> EventDict:
    """The same leading keys on every line make the log readable before it is parsed."""
    return {
        **{key: event.pop(key) for key in _FIRST_KEYS if key in event},
        **event,
    }


class _AlembicBoilerplate(logging.Filter):
    """Alembic announces its dialect each time it reads the schema revision, which the
    readiness probe does every few seconds; the migrations it runs are still logged."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith(("Context impl", "Will assume"))


class _StdoutHandler(logging.Handler):
    """Writes each line to the current `sys.stdout` and flushes it, so a line is complete in
    a pipe or a file as soon as it is logged (and a test runner may swap the stream)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stdout.write(self.format(record) + "\n")
            sys.stdout.flush()
        except Exception:
            self.handleError(record)


class _AccessLines:
    """Writes the JSON access line itself, in the same shape as every JSON line.

    It is the one line written for every request, and going through `logging` (a record,
    the caller lookup, the handler's lock, the formatter) cost a fifth of a cached answer;
    rendered here with orjson and a timestamp prefix kept per second, it costs a third of
    that. The level still decides: below INFO, no access line.
    """

    def __init__(self) -> None:
        self.second = -1
        self.prefix = ""

    def write(self, fields: dict[str, Any]) -> None:
        now = time.time()
        second = int(now)
        if second != self.second:
            self.second = second
            self.prefix = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(second))
        line = {
            "timestamp": f"{self.prefix}.{int((now - second) * 1e6):06d}Z",
            "level": "info",
            "logger": ACCESS_LOGGER,
            "message": f"{fields['method']} {fields['path']} {fields['status']}",
            "request_id": current_request_id.get(),
            **fields,
        }
        sys.stdout.write(orjson.dumps(line).decode() + "\n")
        sys.stdout.flush()


_access_lines: _AccessLines | None = None


def _formatter(log_format: str) -> logging.Formatter:
    pre_chain: list[Processor] = [
        structlog.processors.TimeStamper(fmt="iso", utc=True, key="timestamp"),
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        _add_request_id,
        structlog.stdlib.ExtraAdder(),
        _drop_noise,
    ]
    rendering: list[Processor] = [
        structlog.stdlib.ProcessorFormatter.remove_processors_meta,
        structlog.processors.EventRenamer("message"),
    ]
    if log_format == "json":
        rendering += [
            structlog.processors.format_exc_info,
            _leading_keys_first,
            structlog.processors.JSONRenderer(ensure_ascii=False),
        ]
    else:
        rendering += [structlog.dev.ConsoleRenderer(event_key="message", colors=False)]
    return structlog.stdlib.ProcessorFormatter(foreign_pre_chain=pre_chain, processors=rendering)


def configure_logging(settings: Settings) -> None:
    """Route every logger to one handler in the configured format, and replace uvicorn's
    plain access log with ours (`app.access`, which knows the route and the request id).

    Runs when the app is imported, so it holds in each `--workers` process too; only the
    supervising process of `--workers N` keeps uvicorn's own format for its few lines.
    """
    handler = _StdoutHandler(settings.log_level)
    handler.setFormatter(_formatter(settings.log_format))
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(settings.log_level)
    logging.captureWarnings(True)  # Python warnings become log lines too, not stray text
    for name in ("uvicorn", "uvicorn.error"):
        uvicorn_logger = logging.getLogger(name)
        uvicorn_logger.handlers = []
        uvicorn_logger.propagate = True
        uvicorn_logger.setLevel(logging.NOTSET)
    global _access_lines
    writes_access = settings.log_format == "json" and root.isEnabledFor(logging.INFO)
    _access_lines = _AccessLines() if writes_access else None
    # Without a handler, uvicorn does not even format its access line.
    uvicorn_access = logging.getLogger("uvicorn.access")
    uvicorn_access.handlers = []
    uvicorn_access.propagate = False
    alembic = logging.getLogger("alembic.runtime.migration")
    alembic.filters = [f for f in alembic.filters if not isinstance(f, _AlembicBoilerplate)]
    alembic.addFilter(_AlembicBoilerplate())


def access_log(**fields: Any) -> None:
    """One line per request: `GET /v1/quotes 200`, with the fields as keys."""
    if _access_lines is not None:
        _access_lines.write(fields)
        return
    logger = logging.getLogger(ACCESS_LOGGER)
    if logger.isEnabledFor(logging.INFO):
        logger.info(
            "%s %s %s",
            fields["method"],
            fields["path"],
            fields["status"],
            extra=fields,
        )
