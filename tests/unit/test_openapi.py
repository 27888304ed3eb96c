"""The OpenAPI document: stable operation ids, and the SPA's client generated from it kept in step
with the code (frontend/openapi.json and frontend/src/api/schema.d.ts are committed)."""

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI

from app.api.app import create_application
from app.core.config import PROJECT_ROOT, Settings

FRONTEND = PROJECT_ROOT / "frontend"
OPENAPI_JSON = FRONTEND / "openapi.json"
SCHEMA_TS = FRONTEND / "src" / "api" / "schema.d.ts"
REGENERATE = "cd frontend && npm run openapi:dump && npm run gen:api, then commit both files"


@pytest.fixture(scope="module")
def application() -> FastAPI:
    # Built without a server, a database or key files: the document needs none of them.
    return create_application(Settings(environment="test", log_level="WARNING", _env_file=None))


@pytest.fixture(scope="module")
def document(application: FastAPI) -> dict[str, Any]:
    return application.openapi()


def _operations(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [operation for item in document["paths"].values() for operation in item.values()]


def test_operation_ids_are_tag_dash_function_name(document: dict[str, Any]) -> None:
    for operation in _operations(document):
        tag, _, name = operation["operationId"].partition("-")
        assert operation["tags"], operation["operationId"]
        assert tag == re.sub(r"[^a-z0-9]+", "_", operation["tags"][0].lower()).strip("_")
        assert re.fullmatch(r"[a-z0-9_]+", name), operation["operationId"]
        # FastAPI titles the summary after the route function's name.
        assert name.replace("_", " ").title() == operation["summary"]


def test_operation_ids_are_unique(document: dict[str, Any]) -> None:
    ids = [operation["operationId"] for operation in _operations(document)]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    # Paths and methods are not part of an id: moving a route keeps its name.
    assert {"budgets-list_budgets", "category_rules-apply_rules", "system-read_health"} <= set(ids)


def test_every_json_response_is_described(document: dict[str, Any]) -> None:
    """A route without a response model shows up as `unknown` in the generated client."""
    untyped = [
        f"{operation['operationId']} {status}"
        for operation in _operations(document)
        for status, response in operation["responses"].items()
        if status.startswith("2")
        and "application/json" in response.get("content", {})
        and not response["content"]["application/json"]["schema"]
    ]
    assert untyped == []


def _refs(node: Any) -> set[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        return {ref.rsplit("/", 1)[-1]} if ref else {n for v in node.values() for n in _refs(v)}
    if isinstance(node, list):
        return {n for v in node for n in _refs(v)}
    return set()


def test_response_fields_are_all_required(document: dict[str, Any]) -> None:
    """Every field is in every answer, defaults included (app.schemas.common.ResponseModel);
    a field the document leaves optional would be optional in the generated client too."""
    schemas = document["components"]["schemas"]
    seen: set[str] = set()
    pending = {name for op in _operations(document) for name in _refs(op["responses"])}
    while pending:
        name = pending.pop()
        seen.add(name)
        pending |= _refs(schemas[name]) - seen
    optional = {
        name: sorted(
            set(schemas[name].get("properties", {})) - set(schemas[name].get("required", []))
        )
        for name in seen
    }
    assert {name: fields for name, fields in optional.items() if fields} == {}


def test_committed_openapi_json_is_current(document: dict[str, Any]) -> None:
    committed = json.loads(OPENAPI_JSON.read_text())
    assert committed == document, f"frontend/openapi.json is stale: {REGENERATE}"


def test_committed_client_types_are_generated_from_it(tmp_path: Path) -> None:
    """The same generation as `npm run gen:api`, into a temporary file."""
    node = shutil.which("node")
    if node is None or not (FRONTEND / "node_modules" / "openapi-typescript").is_dir():
        pytest.skip("needs node and frontend/node_modules (make frontend-install)")
    generated = tmp_path / "schema.d.ts"
    subprocess.run(
        [node, "scripts/gen-api.mjs", "openapi.json", str(generated)],
        cwd=FRONTEND,
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert generated.read_text() == SCHEMA_TS.read_text(), (
        f"frontend/src/api/schema.d.ts is stale: {REGENERATE}"
    )
