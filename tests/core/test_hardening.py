"""The edges (issue 15, item 4): security headers on every answer, a bound on request headers,
and odd input anywhere a client can put text is a 4xx, never a 5xx."""

from __future__ import annotations

import base64
import hashlib
import re
import uuid
from typing import Any

import httpx
import pytest

from salescrm.app import DOCS_PAGES, create_app
from salescrm.config import Environment
from salescrm.core.security.headers import API_CSP, HSTS
from tests.conftest import TestDatabase, http_client, make_settings
from tests.core.test_errors import assert_problem

CUSTOMERS = "/api/v1/customers"
PRODUCTS = "/api/v1/products"
PRODUCT = {"code": "H-1", "name": "Hardening", "list_price": "10.00"}
SECURITY = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}


def assert_secured(response: httpx.Response, csp: str | None = API_CSP) -> None:
    for name, value in SECURITY.items():
        assert response.headers.get(name) == value, (response.request.url, name)
    if csp is not None:
        assert response.headers.get("content-security-policy") == csp, response.request.url


# ----- security headers ----------------------------------------------------------------------
async def test_every_kind_of_answer_carries_the_security_headers(
    client: httpx.AsyncClient, anon: httpx.AsyncClient
) -> None:
    created = await client.post(PRODUCTS, json=PRODUCT)
    assert created.status_code == 201
    answers = [
        created,  # a write
        await client.get(PRODUCTS),  # a list
        await client.get(f"{PRODUCTS}/{created.json()['id']}"),  # a record
        await client.get("/api/v1/customers/export", params={"format": "csv"}),  # a file
        await client.post(PRODUCTS, json={}),  # a 422
        await anon.get(PRODUCTS),  # a 401
        await anon.get("/api/v1/nowhere"),  # a 404
        await anon.post(PRODUCTS, content=b"x" * (65 * 1024)),  # a 413 made by the middleware
        await anon.get("/healthz"),
        await anon.get("/openapi.json"),
        await anon.get("/docs/assets/swagger-ui.css"),
        await client.head(PRODUCTS),
    ]
    for response in answers:
        assert_secured(response)
    assert "strict-transport-security" not in answers[0].headers  # not outside production


async def test_the_docs_pages_may_run_their_own_scripts_and_no_other(
    anon: httpx.AsyncClient,
) -> None:
    for page in DOCS_PAGES:
        response = await anon.get(page)
        assert response.status_code == 200, page
        policy = response.headers["content-security-policy"]
        assert_secured(response, csp=policy)
        directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
        assert directives["default-src"] == "'none'"
        assert directives["frame-ancestors"] == "'none'"
        assert "'unsafe-inline'" not in directives["script-src"]
        assert "'unsafe-eval'" not in directives["script-src"]
        inline = re.findall(r"<script>(.*?)</script>", response.text, re.DOTALL)
        allowed = re.findall(r"'sha256-([^']+)'", directives["script-src"])
        assert len(allowed) == len(inline), page
        for script in inline:
            digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
            assert digest in allowed, page
        gzipped = await anon.get(page, headers={"Accept-Encoding": "gzip"})
        assert gzipped.headers["content-security-policy"] == policy  # the page as written


async def test_production_answers_pin_https(db: TestDatabase) -> None:
    settings = make_settings(db.url, environment=Environment.production)
    app = create_app(settings, database=db.database)
    async with http_client(app) as http:
        for response in (await http.get("/healthz"), await http.get(PRODUCTS)):
            assert response.headers["strict-transport-security"] == HSTS
            assert_secured(response)


# ----- request limits ------------------------------------------------------------------------
async def test_headers_past_the_limit_are_431(client: httpx.AsyncClient) -> None:
    big = await client.get(PRODUCTS, headers={"X-Padding": "p" * 64 * 1024})
    body = assert_problem(big, 431, "headers_too_large")
    assert "32768" in body["detail"]
    assert_secured(big)
    many = await client.get(PRODUCTS, headers={f"X-Pad-{n}": "p" * 400 for n in range(100)})
    assert_problem(many, 431, "headers_too_large")
    fine = await client.get(PRODUCTS, headers={"X-Padding": "p" * 8 * 1024})
    assert fine.status_code == 200


def test_the_header_limit_is_documented_on_every_operation(app: Any) -> None:
    for path, item in app.openapi()["paths"].items():
        for method, operation in item.items():
            assert "431" in operation["responses"], (method, path)


# ----- odd input -----------------------------------------------------------------------------
def _nested(depth: int) -> Any:
    value: Any = "leaf"
    for _ in range(depth):
        value = {"a": value}
    return value


@pytest.mark.parametrize("depth", [100, 30_000])
async def test_deeply_nested_json_is_refused(client: httpx.AsyncClient, depth: int) -> None:
    """100 levels parse, and the schema refuses them (422); far deeper JSON cannot even be
    parsed (400). Never a 500, nothing written."""
    if depth <= 1000:
        response = await client.post(CUSTOMERS, json={"name": _nested(depth)})
        assert_problem(response, 422, "validation_error")
        response = await client.post(CUSTOMERS, json=_nested(depth))
        assert_problem(response, 422, "validation_error")
    else:
        raw = b'{"name": ' + b"[" * depth + b"]" * depth + b"}"
        response = await client.post(
            CUSTOMERS, content=raw, headers={"Content-Type": "application/json"}
        )
        assert_problem(response, 400, "malformed_request")
    listed = await client.get(CUSTOMERS, params={"include_total": "true"})
    assert listed.json()["total"] == 0


LONE_SURROGATES = [b'"\\ud800"', b'"a\\udfffb"', b'"\\udc00\\ud800"']


@pytest.mark.parametrize("raw", LONE_SURROGATES)
async def test_a_lone_surrogate_in_text_is_422(client: httpx.AsyncClient, raw: bytes) -> None:
    body = b'{"name": ' + raw + b"}"
    response = await client.post(
        CUSTOMERS, content=body, headers={"Content-Type": "application/json"}
    )
    assert_problem(response, 422, "validation_error")
    assert [e["type"] for e in response.json()["errors"]] == ["string_surrogate"]
    # Inside a list and a nested object too.
    body = b'{"name": "ok", "tags": [' + raw + b"]}"
    response = await client.post(
        CUSTOMERS, content=body, headers={"Content-Type": "application/json"}
    )
    assert_problem(response, 422, "validation_error")
    listed = await client.get(CUSTOMERS, params={"include_total": "true"})
    assert listed.json()["total"] == 0


async def test_a_surrogate_pair_is_an_ordinary_character(client: httpx.AsyncClient) -> None:
    """``\\ud83d\\ude00`` is one character (😀), written as two escapes: stored and read back."""
    body = '{"name": "笑脸客户 \\ud83d\\ude00"}'.encode()
    created = await client.post(
        CUSTOMERS, content=body, headers={"Content-Type": "application/json"}
    )
    assert created.status_code == 201, created.text
    assert created.json()["name"] == "笑脸客户 😀"


ODD_TEXT = [
    "\u202eRTL override\u202c",  # bidirectional controls
    "zero\u200bwidth\u200djoiner\ufeff",  # invisible characters
    "e\u0301\u0301\u0301 combining",  # a pile of combining marks
    "\U0001f468\u200d\U0001f469\u200d\U0001f467 family",  # a ZWJ emoji sequence
    "𠀀𪚥 astral CJK",  # characters outside the BMP
    "\x7f\x1b[31m control",  # DEL and an ANSI escape
    "\uffff\ufffe noncharacters",
]


@pytest.mark.parametrize("text", ODD_TEXT)
async def test_odd_unicode_is_stored_as_sent_or_refused_never_a_500(
    client: httpx.AsyncClient, text: str
) -> None:
    created = await client.post(CUSTOMERS, json={"name": f"客户 {text}", "remarks": text})
    assert created.status_code in (201, 422), created.text
    if created.status_code == 201:
        got = await client.get(f"{CUSTOMERS}/{created.json()['id']}")
        assert got.json()["remarks"] == text
        search = await client.get(CUSTOMERS, params={"q": text})
        assert search.status_code == 200, search.text


async def test_overlong_text_is_422_in_every_text_field_of_a_create(
    client: httpx.AsyncClient,
) -> None:
    """Each string property of the customer create, one at a time, far past its maxLength
    (or 60,000 characters where it states none, under the body limit): a 422, never a 500."""
    spec = client._transport.app.openapi()  # type: ignore[attr-defined]
    schema = spec["components"]["schemas"]["CustomerCreate"]["properties"]
    tried = []
    for name, prop in schema.items():
        options = prop.get("anyOf", [prop])
        strings = [o for o in options if o.get("type") == "string" and "format" not in o]
        if not strings or "enum" in strings[0]:
            continue
        limit = strings[0].get("maxLength")
        value = "长" * ((limit or 60_000) + 1)
        tried.append(name)
        body = {"name": "超长字段客户", name: value}
        response = await client.post(CUSTOMERS, json=body)
        if limit is None:
            assert response.status_code in (201, 422), (name, response.text)
        else:
            assert response.status_code == 422, (name, response.text)
    assert len(tried) >= 10, tried  # name, short_name, address, remarks, website …
    assert (await client.get(CUSTOMERS)).status_code == 200


def _string_properties(spec: dict[str, Any], schema: dict[str, Any]) -> list[str]:
    """The properties of a request body that take text (directly or as an option)."""
    if "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    names = []
    for name, prop in schema.get("properties", {}).items():
        options = prop.get("anyOf", [prop])
        if any(o.get("type") == "string" and "enum" not in o for o in options):
            names.append(name)
    return names


@pytest.mark.parametrize(
    ("bad", "error_type"),
    [
        (b'"\\ud800"', "string_surrogate"),
        (b'"\\u0000"', "string_nul"),
        (b'"' + "长".encode() * 10_000 + b'"', None),
    ],
    ids=["lone-surrogate", "nul", "overlong"],
)
async def test_bad_text_in_every_text_field_of_every_json_body_is_a_4xx(
    client: httpx.AsyncClient, app: Any, bad: bytes, error_type: str | None
) -> None:
    """Every operation that reads JSON, every text property of its body at once holding the
    bad text: a 4xx (the path's record does not exist either), never a 5xx; where the answer
    is a 422 about the text, the error names what is wrong with it."""
    spec = app.openapi()
    filler = str(uuid.uuid4())
    tried = 0
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            content = operation.get("requestBody", {}).get("content", {})
            if "application/json" not in content:
                continue
            names = _string_properties(spec, content["application/json"]["schema"])
            if not names:
                continue
            tried += 1
            raw = b"{" + b", ".join(b'"%s": %s' % (n.encode(), bad) for n in names) + b"}"
            response = await client.request(
                method,
                re.sub(r"\{[^}]+\}", filler, path),
                content=raw,
                headers={"Content-Type": "application/json"},
            )
            assert 400 <= response.status_code < 500, (method, path, response.text)
            if error_type and response.status_code == 422:
                types = {e["type"] for e in response.json()["errors"]}
                assert error_type in types, (method, path, types)
    assert tried > 50


def _patterns(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["pattern"]] if isinstance(node.get("pattern"), str) else []
        return found + [p for value in node.values() for p in _patterns(value)]
    if isinstance(node, list):
        return [p for value in node for p in _patterns(value)]
    return []


def test_no_pattern_in_the_contract_means_different_things_to_different_engines(
    app: Any,
) -> None:
    """``\\s``, ``\\w``, ``\\d`` and ``\\b`` mean other characters to the validator's regex
    engine than to an ECMA client: the website pattern's ``\\s`` admitted U+0085 for clients while
    the API refused it (found by the contract fuzz, ST202). Published patterns spell classes out."""
    patterns = _patterns(app.openapi())
    assert len(patterns) > 100
    ambiguous = sorted({p for p in patterns if re.search(r"(?<!\\)\\[sSwWdDbB]", p)})
    assert ambiguous == []
