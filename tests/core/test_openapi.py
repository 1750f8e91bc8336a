"""The committed contract is the generated one; operation ids are stable and unique."""

from __future__ import annotations

import ast
import inspect
import json
import re
import textwrap
import uuid
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import BaseModel

from salescrm.app import create_app
from salescrm.core.crud import SPECS
from salescrm.core.errors import Conflict
from salescrm.core.permissions.catalog import is_known
from salescrm.core.schemas import RequestModel
from salescrm.core.visibility import MARK
from tests.conftest import published_document

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "openapi.json"
#: What makes a property schema say what its values are.
TYPED = {"type", "$ref", "anyOf", "allOf", "oneOf", "enum", "const"}


def _document() -> str:
    return published_document()


def test_committed_spec_is_current() -> None:
    assert SPEC.read_text(encoding="utf-8") == _document(), (
        "openapi/openapi.json is stale: run `salescrm openapi` and commit the result"
    )


def test_operation_ids_are_unique_and_follow_the_convention() -> None:
    spec = json.loads(_document())
    operations = [op for item in spec["paths"].values() for op in item.values()]
    ids = [op["operationId"] for op in operations]
    assert len(ids) > 30
    assert len(ids) == len(set(ids))
    for operation in operations:
        assert operation["tags"], operation["operationId"]
        assert re.fullmatch(r"[a-z]+(_[a-z]+)+", operation["operationId"]), operation["operationId"]


def test_protected_operations_declare_their_credentials() -> None:
    spec = json.loads(_document())
    schemes = spec["components"]["securitySchemes"]
    assert {"OAuth2PasswordBearer", "APIKeyHeader"} <= set(schemes)
    assert "security" in spec["paths"]["/api/v1/products"]["get"]
    assert "security" not in spec["paths"]["/api/v1/auth/token"]["post"]


def test_errors_are_documented_as_problem_json() -> None:
    spec = json.loads(_document())
    create = spec["paths"]["/api/v1/products"]["post"]
    for status in ("409", "412", "413", "415", "422"):
        if status in create["responses"]:
            content = create["responses"][status]["content"]
            assert list(content) == ["application/problem+json"], status
    assert {"400", "409", "422"} <= set(create["responses"])
    assert "HTTPValidationError" not in spec["components"]["schemas"]


# ----- the meta-test: what a client generator needs is in the contract ------------------------

_TYPED_KEYS = {"type", "$ref", "enum", "const", "anyOf", "oneOf", "allOf", "properties"}
_JSON = ("application/json", "application/problem+json")


def _spec() -> dict[str, Any]:
    spec: dict[str, Any] = json.loads(_document())
    return spec


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, op) for path, item in spec["paths"].items() for method, op in item.items()
    ]


def _untyped(schema: Any) -> bool:
    """``{}`` (any value), or an object without properties that is not a typed map."""
    if not isinstance(schema, dict) or not (_TYPED_KEYS & set(schema)):
        return True
    if schema.get("type") == "object" and "properties" not in schema:
        extra = schema.get("additionalProperties")
        return not (isinstance(extra, dict) and _TYPED_KEYS & set(extra))
    return False


def test_every_component_and_json_response_is_typed() -> None:
    spec = _spec()
    components = spec["components"]["schemas"]
    untyped = {name for name, schema in components.items() if _untyped(schema)}
    assert not untyped, f"untyped schemas: {sorted(untyped)}"
    for path, method, op in _operations(spec):
        for status, response in op["responses"].items():
            for media_type, media in response.get("content", {}).items():
                if not status.startswith("2") or media_type not in _JSON:
                    continue
                schema = media.get("schema")
                ref = (schema or {}).get("$ref", "").removeprefix("#/components/schemas/")
                assert ref in components or not _untyped(schema), (path, method, status)


def test_every_operation_has_an_id_a_summary_and_a_tag() -> None:
    for path, method, op in _operations(_spec()):
        where = f"{method.upper()} {path}"
        assert op.get("operationId"), where
        assert op.get("summary"), where
        assert op.get("tags"), where


def test_no_schema_name_is_chosen_by_the_framework() -> None:
    names = _spec()["components"]["schemas"]
    leaked = [n for n in names if n.startswith(("Body_", "Page_")) or not n.isidentifier()]
    leaked += [n for n in names if n.endswith("_")]
    assert not leaked


def _is_enum(schema: dict[str, Any], components: dict[str, Any]) -> bool:
    if "enum" in schema or "const" in schema:
        return True
    if "$ref" in schema:
        return _is_enum(components[schema["$ref"].rsplit("/", 1)[-1]], components)
    return any(
        _is_enum(alt, components) for key in ("anyOf", "oneOf") for alt in schema.get(key, [])
    )


def test_response_fields_are_enums_where_their_inputs_are() -> None:
    """``XOut.field`` is an enum whenever ``XCreate``/``XUpdate`` take that field as one."""
    components = _spec()["components"]["schemas"]
    plain = []
    for name, schema in components.items():
        if not name.endswith("Out"):
            continue
        inputs = [f"{name[:-3]}{suffix}" for suffix in ("Create", "Update", "In")]
        for field, prop in schema.get("properties", {}).items():
            for input_name in inputs:
                given = components.get(input_name, {}).get("properties", {}).get(field)
                if given and _is_enum(given, components) and not _is_enum(prop, components):
                    plain.append(f"{name}.{field} (an enum in {input_name})")
    assert not plain
    customer = components["CustomerOut"]["properties"]
    for field in ("kind", "size", "source", "stage", "status"):
        assert _is_enum(customer[field], components), field


def test_uploads_are_binary_and_binary_responses_say_so() -> None:
    spec = _spec()
    components = spec["components"]["schemas"]
    uploads = 0
    for path, _method, op in _operations(spec):
        body = op.get("requestBody", {}).get("content", {}).get("multipart/form-data")
        if body is not None:
            schema = components[body["schema"]["$ref"].rsplit("/", 1)[-1]]
            text = json.dumps(schema)
            assert "contentMediaType" not in text, path
            assert schema["properties"]["file"] == schema["properties"]["file"] | {
                "type": "string",
                "format": "binary",
            }, path
            uploads += 1
        for status, response in op["responses"].items():
            for media_type, media in response.get("content", {}).items():
                if media_type not in _JSON:
                    assert media["schema"] == {"type": "string", "format": "binary"}, (path, status)
    assert uploads >= 2


def _is_record(response: dict[str, Any], spec: dict[str, Any]) -> bool:
    """Whether a response is one versioned record (its ETag is the version)."""
    schema = response.get("content", {}).get("application/json", {}).get("schema", {})
    name = schema.get("$ref", "").rsplit("/", 1)[-1]
    return "version" in spec["components"]["schemas"].get(name, {}).get("properties", {})


def test_headers_are_declared_where_they_apply() -> None:
    spec = _spec()
    for path, method, op in _operations(spec):
        where = f"{method.upper()} {path}"
        responses = op["responses"]
        for status in ("429", "503"):
            if status in responses:
                assert "Retry-After" in responses[status].get("headers", {}), (where, status)
        names = [p["name"] for p in op.get("parameters", [])]
        if method == "post":
            honoured = "`Idempotency-Key` is ignored here" not in op.get("description", "")
            assert ("Idempotency-Key" in names) == honoured, where
            for status, response in responses.items():
                if honoured and status.startswith("2"):
                    assert "Idempotent-Replayed" in response.get("headers", {}), (where, status)
        if op["operationId"].endswith("_create") and "201" in responses:
            created = set(responses["201"].get("headers", {}))
            if op.get("description", "").startswith("Requires the permission"):  # the factory's
                assert {"Location", "ETag"} <= created, where
        if op["operationId"].endswith(("_get", "_update", "_restore")) and _is_record(
            responses.get("200", {}), spec
        ):
            assert "ETag" in responses["200"].get("headers", {}), where
    token = spec["paths"]["/api/v1/auth/token"]["post"]
    assert "Idempotency-Key" not in [p["name"] for p in token.get("parameters", [])]


#: Lists whose ``sort`` is not documented as an enum; none left (the CRUD factory does it, other
#: lists use ``core.pagination.sort_enum``). Keep it empty.
FREE_SORT: frozenset[str] = frozenset()


def test_list_sort_values_are_an_enum() -> None:
    spec = _spec()
    customers = spec["paths"]["/api/v1/customers"]["get"]
    (sort,) = [p for p in customers["parameters"] if p["name"] == "sort"]
    values = sort["schema"]["enum"]  # absent, not null: no anyOf with null
    assert {"name", "-name", "updated_at", "-updated_at"} <= set(values)
    free = set()
    for _path, _method, op in _operations(spec):
        for param in op.get("parameters", []):
            if param["name"] == "sort" and "enum" not in param["schema"]:
                free.add(op["operationId"])
    assert free == FREE_SORT, (
        f"sort without an enum: {sorted(free - FREE_SORT)}; "
        f"an enum now, remove from FREE_SORT: {sorted(FREE_SORT - free)}"
    )


def test_problem_extensions_are_typed() -> None:
    problem = _spec()["components"]["schemas"]["Problem"]["properties"]
    assert {"code", "request_id", "errors", "duplicates"} <= set(problem)
    (errors,) = [alt for alt in problem["errors"]["anyOf"] if alt.get("type") == "array"]
    (duplicates,) = [alt for alt in problem["duplicates"]["anyOf"] if alt.get("type") == "array"]
    components = _spec()["components"]["schemas"]
    field_error = components[errors["items"]["$ref"].rsplit("/", 1)[-1]]["properties"]
    assert field_error["loc"]["items"]["anyOf"] == [{"type": "string"}, {"type": "integer"}]
    assert {"msg", "type"} <= set(field_error)
    match = components[duplicates["items"]["$ref"].rsplit("/", 1)[-1]]["properties"]
    assert set(match) == {"id", "matched_on"}


#: Operations with a business rule (they document a 403 or a 409) that lack a description of
#: it; none left. Keep it empty: a new custom action needs a description (who may call it,
#: what makes it 409 or 422).
UNDESCRIBED: frozenset[str] = frozenset()


def test_operations_with_business_rules_are_described() -> None:
    """Who may call it and what makes it 409 or 422: generated for the CRUD operations (from the
    spec's permission), written for each custom action."""
    spec = _spec()
    missing = set()
    for _path, _method, op in _operations(spec):
        responses = op["responses"]
        if ("403" in responses or "409" in responses) and not op.get("description", "").strip():
            missing.add(op["operationId"])
    assert missing == UNDESCRIBED, (
        f"undescribed: {sorted(missing - UNDESCRIBED)}; "
        f"described now, remove from UNDESCRIBED: {sorted(UNDESCRIBED - missing)}"
    )
    named = {
        (op["operationId"], permission)
        for _path, _method, op in _operations(spec)
        for permission in re.findall(r"`([a-z_]+:[a-z_]+)`", op.get("description", ""))
    }
    assert not {(op, p) for op, p in named if not is_known(p)}, "a permission that does not exist"
    create = spec["paths"]["/api/v1/customers"]["post"]["description"]
    assert "`customer:write`" in create
    assert "`customer:assign`" in create
    assert "409 `duplicate`" in create
    win = spec["paths"]["/api/v1/opportunities/{record_id}/win"]["post"]["description"]
    assert "opportunity:write" in win
    assert "409" in win
    assert "422" in win


@cache
def _components() -> dict[str, dict[str, Any]]:
    schemas: dict[str, dict[str, Any]] = json.loads(_document())["components"]["schemas"]
    return schemas


def test_every_component_schema_describes_its_fields() -> None:
    """A model whose serialization schema is erased is published as ``{}``, and a generated
    client types it as ``unknown`` (a wrap ``model_serializer`` returning ``Any`` does that)."""
    schemas = _components()
    assert len(schemas) > 30
    for name, schema in schemas.items():
        assert schema, f"{name} is an empty schema"
        assert "type" in schema or "anyOf" in schema, name  # a named union (JsonValue)
        if schema.get("type") == "object":
            assert schema.get("properties"), f"{name} has no properties"
            for field, prop in schema["properties"].items():
                assert TYPED & prop.keys(), f"{name}.{field} is untyped: {prop}"


def _unknowns(schema: Any, where: str) -> Iterator[str]:
    """Every place inside ``schema`` that a generated TypeScript client types as ``unknown``:
    a schema that says nothing of its values (no type, ``$ref``, union, enum or const), and an
    object open to members it does not describe (``additionalProperties`` true or ``{}``, what
    pydantic publishes for ``dict[str, Any]`` and ``extra="allow"``)."""
    if not isinstance(schema, dict) or not (TYPED & schema.keys()):
        yield where
        return
    extra = schema.get("additionalProperties")
    if extra is True or extra == {}:
        yield f"{where}.additionalProperties"
    elif isinstance(extra, dict):
        yield from _unknowns(extra, f"{where}.additionalProperties")
    for field, prop in schema.get("properties", {}).items():
        yield from _unknowns(prop, f"{where}.{field}")
    if "items" in schema:
        yield from _unknowns(schema["items"], f"{where}[]")
    for i, item in enumerate(schema.get("prefixItems", [])):
        yield from _unknowns(item, f"{where}[{i}]")
    for key in ("anyOf", "oneOf", "allOf"):
        for i, alternative in enumerate(schema.get(key, [])):
            yield from _unknowns(alternative, f"{where}|{i}")


def test_no_component_schema_has_an_unknown_value() -> None:
    """What a client reads is typed all the way down: no property, item, map value or union
    member of any component is ``unknown`` in a generated TypeScript client, and no object is
    open to undeclared members (``Problem`` declares its extensions)."""
    found = [place for name, schema in _components().items() for place in _unknowns(schema, name)]
    assert not found, f"untyped in the contract: {found}"


@pytest.mark.parametrize(
    ("schema", "unknowns"),
    [
        ({"type": "object", "properties": {"a": {}}}, ["S.a"]),
        ({"type": "object", "additionalProperties": True}, ["S.additionalProperties"]),
        ({"type": "object", "additionalProperties": {}}, ["S.additionalProperties"]),
        ({"type": "array", "items": {"description": "x"}}, ["S[]"]),
        ({"anyOf": [{"type": "null"}, {"title": "x"}]}, ["S|1"]),
        ({"type": "object", "additionalProperties": {"$ref": "#/x"}}, []),
        ({"type": "object", "properties": {"a": {"const": 1}}, "additionalProperties": False}, []),
    ],
)
def test_the_unknown_finder_finds_what_a_client_would_type_unknown(
    schema: dict[str, Any], unknowns: list[str]
) -> None:
    assert list(_unknowns(schema, "S")) == unknowns


@pytest.mark.parametrize(
    ("model", "field"),
    [
        ("ProductOut", "standard_cost"),
        ("LineItemOut", "cost"),
        ("ContractLineItemOut", "unit_cost"),
        ("OpportunityOut", "margin"),
        ("OpportunityOut", "margin_percent"),
        ("ContractOut", "cost"),
    ],
)
def test_a_restricted_field_is_typed_optional_and_marked(model: str, field: str) -> None:
    schema = _components()[model]
    prop = schema["properties"][field]
    assert prop[MARK] == "margin:read"
    assert field not in schema.get("required", [])
    assert {"type": "string", "examples": ["12500.00"]} in prop["anyOf"]
    assert "id" in schema["required"]


def test_marked_properties_are_never_required() -> None:
    for name, schema in _components().items():
        for field, prop in schema.get("properties", {}).items():
            if MARK in prop:
                assert field not in schema.get("required", []), f"{name}.{field}"


def _models(cls: type[BaseModel]) -> set[type[BaseModel]]:
    found = set()
    for sub in cls.__subclasses__():
        found |= {sub} | _models(sub)
    return found


def test_every_marked_output_field_is_hidden_without_its_permission() -> None:
    """``x-requires-permission`` on a response field documents ``exclude_if``; a field marked
    by hand without it would be shown to everyone (``restricted``/``restricted_property``)."""
    create_app()
    marked = 0
    for model in _models(BaseModel):
        if not model.__module__.startswith("salescrm.") or issubclass(model, RequestModel):
            continue
        for name, info in {**model.model_fields, **model.model_computed_fields}.items():
            extra = info.json_schema_extra
            if isinstance(extra, dict) and MARK in extra:
                marked += 1
                assert info.exclude_if is not None, f"{model.__name__}.{name}"
    assert marked >= 10


def test_statuses_found_by_the_contract_fuzzer_are_documented() -> None:
    """What schemathesis (scripts/contract-fuzz) reported as undocumented or as a 400 for a
    schema-valid request: ``If-Match`` states no syntax a value could fail (any value is a
    condition), a child list and ``/errors/{code}`` document their 404."""
    spec = json.loads(published_document())
    if_match = [
        parameter
        for item in spec["paths"].values()
        for operation in item.values()
        for parameter in operation.get("parameters", [])
        if parameter["name"] == "If-Match"
    ]
    assert if_match
    for parameter in if_match:
        assert "pattern" not in parameter["schema"], parameter
        assert parameter["schema"]["examples"] == ['"3"']
    for item in spec["paths"].values():
        for operation in item.values():
            for parameter in operation.get("parameters", []):
                assert {"type": "null"} not in parameter["schema"].get("anyOf", []), parameter
    paths = spec["paths"]
    assert "404" in paths["/api/v1/opportunities/{parent_id}/line-items"]["get"]["responses"]
    assert "404" in paths["/errors/{code}"]["get"]["responses"]

    def names(path: str) -> set[str]:
        return {parameter["name"] for parameter in paths[path]["get"]["parameters"]}

    assert "q" in names("/api/v1/customers")
    assert "q" not in names("/api/v1/payments")  # no text search: not offered


async def test_if_match_is_a_condition_as_rfc_9110_reads_it(client: httpx.AsyncClient) -> None:
    """A list of tags matches when any strong tag names the current version; a value naming
    none (a foreign tag, a bare number, a weak tag, "01", no tag at all) is the condition false:
    412 with the ETag, and the record unchanged. Empty list elements are skipped."""
    created = await client.post(
        "/api/v1/products", json={"code": "IFM-1", "name": "n", "list_price": "1.00"}
    )
    url = f"/api/v1/products/{created.json()['id']}"
    for header in ("", "3", '"3", "4"', '"abc"', "W/", '"1', 'W/"1"', '"01"', '"3", W/"1"'):
        response = await client.patch(url, json={"name": "x"}, headers={"If-Match": header})
        assert response.status_code == 412, (header, response.text)
        assert response.headers["etag"] == '"1"'
        assert response.json()["code"] == "precondition_failed"
    assert (await client.get(url)).json()["name"] == "n"
    listed = await client.patch(url, json={"name": "x"}, headers={"If-Match": ', "7", , "1" '})
    assert listed.status_code == 200, listed.text
    assert listed.headers["etag"] == '"2"'
    assert (await client.patch(url, json={"name": "y"}, headers={"If-Match": "*"})).is_success
    # If-None-Match compares weakly, element by element: W/"3" names version 3, "03" does not.
    for header, status in (('W/"3"', 304), ('"9", , W/"3"', 304), ('"03"', 200), ("*", 304)):
        response = await client.get(url, headers={"If-None-Match": header})
        assert response.status_code == status, header
    missing = await client.get(f"/api/v1/opportunities/{uuid.uuid4()}/line-items")
    assert missing.status_code == 404
    assert (await client.get("/errors/no_such_code")).status_code == 404
    refused = await client.get("/api/v1/payments", params={"q": "x"})
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["loc"] == ["query", "q"]


#: The methods of a generic operation that may raise, besides itself: its hooks.
_HOOKS = {
    "list": ("list",),
    "get": ("get",),
    "create": ("create", "prepare_create", "after_write"),
    "update": ("update", "prepare_update", "after_write"),
    "delete": ("delete", "prepare_delete", "after_write"),
    "restore": ("restore", "prepare_restore", "after_write"),
}
_CRUD_METHODS = {"list": "get", "create": "post", "get": "get"}


def _raised_conflicts(service: type, name: str, seen: set[str]) -> set[str]:
    """The ``Conflict`` subclasses raised by ``service.<name>`` and by the methods of the
    service it calls as ``self.<method>(…)``, read from their source. Only the service's own
    code is read (the generic flow in ``core.service`` documents its statuses itself); what a
    repository or a helper function raises is not followed."""
    if name in seen or not hasattr(service, name):
        return set()
    seen.add(name)
    function = getattr(service, name)
    if getattr(function, "__module__", "").startswith("salescrm.core."):
        return set()
    tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            callee = node.exc.func
            if isinstance(callee, ast.Name):
                raised = function.__globals__.get(callee.id)
                if isinstance(raised, type) and issubclass(raised, Conflict):
                    found.add(raised.__name__)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            target = node.func.value
            if isinstance(target, ast.Name) and target.id == "self":
                found |= _raised_conflicts(service, node.func.attr, seen)
    return found


#: Conflicts the generic create, update and restore describe themselves.
GENERIC_CONFLICTS = {"Duplicate", "IdConflict"}


def test_an_operation_whose_service_raises_a_conflict_documents_409() -> None:
    """A 409 a service's own rules raise (``raise Conflict(…)`` or a subclass, in the
    operation's method, its hooks, or the service methods they call) is documented on that
    operation, with the reason in its description (``ReadService.refusals``). Found missing
    by schemathesis on ``DELETE /pipelines/{id}`` and ``DELETE /roles/{id}`` (ST103)."""
    create_app()  # the routers, and so every spec, are made on import
    spec = _spec()
    operations = {op["operationId"]: op for _path, _method, op in _operations(spec)}
    missing = []
    checked = 0
    for crud in SPECS.values():
        for operation in crud.operations:
            raised: set[str] = set()
            for hook in _HOOKS[operation]:
                raised |= _raised_conflicts(crud.service, hook, set())
            if not raised:
                continue
            checked += 1
            documented = operations[f"{crud.name}_{operation}"]
            explained = 409 in crud.service.refusals.get(operation, {})
            if raised <= GENERIC_CONFLICTS:  # the generic description names these
                explained = "409" in documented.get("description", "")
            if "409" not in documented["responses"] or not explained:
                missing.append((documented["operationId"], sorted(raised)))
    assert not missing, f"409 raised but not documented in the service's refusals: {missing}"
    assert checked >= 10  # the check sees the services it is about
    for operation_id in ("pipelines_delete", "roles_delete", "departments_delete"):
        assert "409" in operations[operation_id]["responses"], operation_id
    read_all = operations["notifications_read_all"]
    assert "422" in read_all["responses"]
    assert "idempotency_key_reused" in read_all["description"]


async def test_the_fuzzers_undocumented_statuses_are_answered_as_documented(
    client: httpx.AsyncClient, app: Any
) -> None:
    """Each answer schemathesis found undocumented (ST103) is now in the served contract of
    its operation: 409 for the default pipeline and a built-in role, 422 for a read-all whose
    ``Idempotency-Key`` was sent before with another query."""
    served = app.openapi()["paths"]

    def documented(path: str, method: str, status: int) -> None:
        operation = served[path][method]
        assert str(status) in operation["responses"], (path, method, status)
        assert str(status) in operation["description"], (path, method, status)

    pipelines = (await client.get("/api/v1/pipelines")).json()["items"]
    default = next(p for p in pipelines if p["is_default"])
    answer = await client.delete(f"/api/v1/pipelines/{default['id']}")
    assert answer.status_code == 409
    assert answer.json()["code"] == "pipeline_is_default"
    documented("/api/v1/pipelines/{record_id}", "delete", 409)

    roles = (await client.get("/api/v1/roles", params={"builtin": "true"})).json()["items"]
    answer = await client.delete(f"/api/v1/roles/{roles[0]['id']}")
    assert answer.status_code == 409
    documented("/api/v1/roles/{record_id}", "delete", 409)

    key = {"Idempotency-Key": str(uuid.uuid4())}
    first = await client.post("/api/v1/notifications/read-all", headers=key)
    assert first.status_code == 200
    again = await client.post("/api/v1/notifications/read-all?x=1", headers=key)
    assert again.status_code == 422
    assert again.json()["code"] == "idempotency_key_reused"
    documented("/api/v1/notifications/read-all", "post", 422)
