"""Writes the reference pages at `mkdocs build` time (mkdocs-gen-files), each from its source:
the settings from `Settings`, the CLI from its Typer app, the seed format from its JSON Schema
and the HTTP API from the OpenAPI document. Nothing here is typed by hand, so nothing drifts."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import mkdocs_gen_files
import typer.main

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.cli import cli  # noqa: E402
from app.core.config import PROJECT_ROOT, Settings  # noqa: E402

SCHEMAS = ROOT / "schemas"
SOURCE_NOTE = "*Generated from {source} when the site is built; edit that, not this page.*\n"


def cell(text: object) -> str:
    """Markdown table cell: one line, pipes escaped."""
    return " ".join(str(text).split()).replace("|", "\\|")


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


# --- JSON Schema types, shared by the settings, the seed format and the HTTP API ---------


def ref_name(schema: dict[str, Any]) -> str:
    return str(schema["$ref"]).rsplit("/", 1)[-1]


def plain_ref(schema: dict[str, Any]) -> str:
    return ref_name(schema)


def schema_type(schema: dict[str, Any], ref: Callable[[dict[str, Any]], str] = plain_ref) -> str:
    """A JSON Schema as a short type: `integer > 0`, `` `a` | `b` ``, `list of Dating`;
    `ref` renders a reference to a named schema."""
    if "$ref" in schema:
        return ref(schema)
    if "anyOf" in schema:
        kinds = [schema_type(s, ref) for s in schema["anyOf"]]
        return " or ".join(dict.fromkeys(kinds))
    if "enum" in schema:
        return " | ".join(f"`{v}`" for v in schema["enum"])
    if "const" in schema:
        return f"`{schema['const']}`"
    kind = schema.get("type", "any")
    if kind == "array":
        return f"list of {schema_type(schema.get('items', {}), ref)}"
    bounds = [
        f"{sign} {schema[key]}"
        for key, sign in (
            ("exclusiveMinimum", ">"),
            ("minimum", "≥"),
            ("exclusiveMaximum", "<"),
            ("maximum", "≤"),
        )
        if key in schema
    ]
    if "format" in schema:
        kind = f"{kind} ({schema['format']})"
    return " ".join([kind, *bounds]) if bounds else kind


# --- Settings ---------------------------------------------------------------------------


def setting_default(name: str) -> str:
    field = Settings.model_fields[name]
    value = field.get_default(call_default_factory=True)
    if value is None:
        return "unset"
    text = json.dumps(value) if isinstance(value, list | dict) else str(value)
    return f"`{text.replace(str(PROJECT_ROOT), '<repo>')}`"


def settings_page() -> str:
    schema = Settings.model_json_schema()
    rows = []
    for name, field in Settings.model_fields.items():
        prop = schema["properties"][name]
        env = (field.validation_alias or name) if isinstance(field.validation_alias, str) else name
        rows.append(
            [
                f"`{env.upper()}`",
                schema_type(prop),
                setting_default(name),
                field.description or "",
            ]
        )
    return (
        "# Settings\n\n"
        + SOURCE_NOTE.format(source="`Settings` in `app/core/config.py`")
        + "\nEach setting is read from the environment variable named here, or from a `.env` "
        "file in the working directory. `<repo>` is the checkout's root. How to choose them: "
        "[Configuration](../operations/configuration.md).\n\n"
        + table(["Variable", "Type", "Default", "Meaning"], rows)
    )


# --- The `briefing` command -------------------------------------------------------------


# Typer vendors its own click (typer._click), so commands are read by their click interface
# (`commands`, `params`, `collect_usage_pieces`) rather than checked against click's classes.


def commands(group: Any, path: str) -> Iterator[tuple[str, Any]]:
    yield path, group
    for name in sorted(getattr(group, "commands", {})):
        yield from commands(group.commands[name], f"{path} {name}")


def option_row(param: Any, ctx: Any) -> list[str]:
    names = ", ".join(f"`{n}`" for n in [*param.opts, *param.secondary_opts])
    kind = "flag" if getattr(param, "is_flag", False) else param.type.name.lower()
    if getattr(param.type, "choices", None):
        kind = " | ".join(f"`{c}`" for c in param.type.choices)
    default = param.get_default(ctx) if not param.required else None
    shown = "required" if param.required else ("" if default in (None, False) else f"`{default}`")
    return [names, kind, shown, getattr(param, "help", None) or ""]


def command_section(path: str, command: Any) -> str:
    ctx = command.context_class(command, info_name=path)
    usage = " ".join(command.collect_usage_pieces(ctx))
    params = [p for p in command.params if p.name != "help"]
    body = f"## `{path}`\n\n```text\n{path} {usage}\n```\n\n"
    body += (command.help or "").strip() + "\n\n"
    if params and not hasattr(command, "commands"):
        body += table(
            ["Argument or option", "Type", "Default", "Meaning"],
            [option_row(p, ctx) for p in params],
        )
    return body


def cli_page() -> str:
    root = typer.main.get_command(cli)
    sections = [command_section(path, command) for path, command in commands(root, "briefing")]
    return (
        "# The `briefing` command\n\n"
        + SOURCE_NOTE.format(source="the Typer app in `app/cli.py`")
        + "\nInstalled with the package (`.venv/bin/briefing`); it reads the same "
        "[settings](settings.md) as the app. `--help` after any command prints the same.\n\n"
        + "\n".join(sections)
    )


# --- The seed format --------------------------------------------------------------------


def linked_ref(schema: dict[str, Any]) -> str:
    """A named seed schema, linked to its section on the page."""
    return f"[{ref_name(schema)}](#{ref_name(schema).lower()})"


def shown_default(schema: dict[str, Any]) -> str:
    if "default" not in schema or schema["default"] in (None, [], {}):
        return ""
    return f"`{json.dumps(schema['default']).strip(chr(34))}`"


def definition_section(name: str, schema: dict[str, Any]) -> str:
    text = f"## {name}\n\n{schema.get('description', '').strip()}\n\n"
    if "enum" in schema:
        return text + "One of " + ", ".join(f"`{v}`" for v in schema["enum"]) + ".\n"
    required = set(schema.get("required", []))
    rows = [
        [
            f"`{key}`",
            schema_type(prop, linked_ref),
            "required" if key in required else shown_default(prop),
            prop.get("description", ""),
        ]
        for key, prop in schema.get("properties", {}).items()
    ]
    return text + table(["Key", "Type", "Default", "Meaning"], rows)


def seed_format_page() -> str:
    schema = json.loads((SCHEMAS / "seed-annotation.schema.json").read_text())
    sections = [definition_section(schema["title"], schema)]
    sections += [definition_section(name, d) for name, d in sorted(schema["$defs"].items())]
    return (
        "# Seed format\n\n"
        + SOURCE_NOTE.format(
            source="`schemas/seed-annotation.schema.json` (itself generated from "
            "`app/seed/annotations.py` by `briefing schemas`)"
        )
        + "\nEach `seed/*.yaml` file is one `SeedAnnotation`; the sections below follow it "
        "key by key. How to write one, and what `briefing check` verifies: "
        "[Ingesting a briefing](../guide/ingesting.md#the-annotation-format).\n\n"
        + "\n".join(sections)
    )


# --- The HTTP API -----------------------------------------------------------------------


def api_ref(components: dict[str, Any]) -> Callable[[dict[str, Any]], str]:
    """A named OpenAPI schema: its values when it is an enum (what a caller types), else its
    name (its fields are in /docs and schemas/)."""

    def render(schema: dict[str, Any]) -> str:
        target = components.get(ref_name(schema), {})
        return schema_type(target) if "enum" in target else f"`{ref_name(schema)}`"

    return render


def parameter_rows(
    operation: dict[str, Any], ref: Callable[[dict[str, Any]], str]
) -> list[list[str]]:
    return [
        [
            f"`{p['name']}`",
            p["in"],
            schema_type(p.get("schema", {}), ref),
            "yes" if p.get("required") else "",
            p.get("description", ""),
        ]
        for p in operation.get("parameters", [])
    ]


def body_line(operation: dict[str, Any], ref: Callable[[dict[str, Any]], str]) -> str:
    content = operation.get("requestBody", {}).get("content", {})
    kinds = [f"{schema_type(c.get('schema', {}), ref)} as `{t}`" for t, c in content.items()]
    return f"Body: {', '.join(kinds)}.\n\n" if kinds else ""


def operation_section(
    method: str, path: str, operation: dict[str, Any], ref: Callable[[dict[str, Any]], str]
) -> str:
    scope, operation_id = operation.get("x-required-scope"), operation["operationId"]
    text: str = f"### {operation.get('summary', operation_id)} {{#{operation_id}}}\n\n"
    text += f"`{method.upper()} {path}` · `{operation_id}`"
    text += f" · scope `{scope}`\n\n" if scope else "\n\n"
    text += str(operation.get("description", "")).strip() + "\n\n" + body_line(operation, ref)
    rows = parameter_rows(operation, ref)
    if rows:
        text += table(["Parameter", "In", "Type", "Required", "Meaning"], rows) + "\n"
    responses = operation.get("responses", {})
    return text + table(
        ["Status", "When"],
        [[f"`{code}`", responses[code].get("description", "")] for code in sorted(responses)],
    )


def http_api_page() -> str:
    spec = json.loads((SCHEMAS / "openapi.json").read_text())
    ref = api_ref(spec.get("components", {}).get("schemas", {}))
    by_tag: dict[str, list[tuple[str, str, dict[str, Any]]]] = {}
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            by_tag.setdefault(operation["tags"][0], []).append((method, path, operation))
    summary_rows, sections = [], []
    for tag in spec.get("tags", []):
        sections.append(f"## {tag['name']}\n\n{tag.get('description', '').strip()}\n")
        for method, path, op in by_tag.get(tag["name"], []):
            link = f"[{op.get('summary', op['operationId'])}](#{op['operationId']})"
            summary_rows.append([method.upper(), f"`{path}`", link, op.get("x-required-scope", "")])
            sections.append(operation_section(method, path, op, ref))
    return (
        "# HTTP API\n\n"
        + SOURCE_NOTE.format(source="`schemas/openapi.json` (written by `briefing schemas`)")
        + f"\n{spec['info']['description'].strip()}\n\n"
        "A running app serves the same document at `/openapi.json`, and renders it with every "
        "body's fields at `/docs` (Swagger UI, to try requests) and `/redoc` (ReDoc): "
        "<http://localhost:8000/docs>. The bodies' JSON Schemas are also in `schemas/`.\n\n"
        + table(["Method", "Path", "Operation", "Scope"], summary_rows)
        + "\n"
        + "\n".join(sections)
    )


PAGES = {
    "reference/settings.md": settings_page,
    "reference/cli.md": cli_page,
    "reference/seed-format.md": seed_format_page,
    "reference/http-api.md": http_api_page,
}

for target, render in PAGES.items():
    with mkdocs_gen_files.open(target, "w") as page:
        page.write(render())
