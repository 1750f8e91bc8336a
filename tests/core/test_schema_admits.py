"""What the published schema admits, the server accepts; what it refuses, the server refuses.

Each case is one that the contract fuzzer (``scripts/contract-fuzz``, check
``positive_data_acceptance``) reported: the schema allowed a value the server answered 422.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from functools import cache
from typing import Annotated, Any

import httpx
import pytest
from pydantic import ValidationError
from sqlalchemy import inspect

from salescrm.app import create_app
from salescrm.core import crud
from salescrm.core.schemas import NO_NUL_PATTERN, NOT_BLANK_PATTERN, RequestModel
from tests.conftest import published_document
from tests.customers.support import credit_code
from tests.org.support import EMPLOYEES, ROLES, create, department, employee


@cache
def _components() -> dict[str, Any]:
    schemas: dict[str, Any] = json.loads(published_document())["components"]["schemas"]
    return schemas


def _nullable(prop: dict[str, Any]) -> bool:
    return prop.get("type") == "null" or {"type": "null"} in prop.get("anyOf", [])


# ----- 1. an update field that refuses null is not nullable ----------------------------------


@pytest.mark.parametrize(
    ("schema", "field"),
    [
        ("CustomerUpdate", "strategic"),
        ("ProductUpdate", "active"),
        ("RoleUpdate", "code"),
        ("EmployeeUpdate", "role_ids"),
    ],
)
def test_reported_update_fields_are_not_nullable(schema: str, field: str) -> None:
    prop = _components()[schema]["properties"][field]
    assert not _nullable(prop), prop
    assert field not in _components()[schema].get("required", [])


def test_every_update_field_of_a_required_column_is_not_nullable() -> None:
    """The meta-test: ``Repository.update`` refuses ``null`` for a column that is never empty,
    so no PATCH body published by the CRUD factory may offer ``null`` for one."""
    create_app()
    offered = []
    checked = 0
    for spec in crud.SPECS.values():
        model = getattr(getattr(spec.service, "repository", None), "model", None)
        if spec.update_schema is None or model is None:
            continue
        columns = inspect(model).columns
        published = _components()[spec.update_schema.__name__]["properties"]
        for name in spec.update_schema.model_fields:
            if name in columns and not columns[name].nullable:
                checked += 1
                if _nullable(published[name]):
                    offered.append(f"{spec.update_schema.__name__}.{name}")
            elif name in columns:
                assert _nullable(published[name]), name  # null clears it: still offered
    assert checked > 50
    assert not offered


async def test_null_is_refused_where_the_schema_refuses_it(client: httpx.AsyncClient) -> None:
    customer = await create(client, "/api/v1/customers", {"name": "上海空值测试有限公司"})
    product = await create(
        client, "/api/v1/products", {"code": "NULL-1", "name": "n", "list_price": "1.00"}
    )
    role = await create(client, ROLES, {"code": "null_test", "name": "空值"})
    dept = await department(client, "空值部", None)
    person = await employee(client, "张空值", dept["id"])
    cases = [
        (f"/api/v1/customers/{customer['id']}", "strategic", True),
        (f"/api/v1/products/{product['id']}", "active", False),
        (f"{ROLES}/{role['id']}", "code", "null_test_2"),
        (f"{EMPLOYEES}/{person['id']}", "role_ids", []),
    ]
    for url, field, value in cases:
        refused = await client.patch(url, json={field: None})
        assert refused.status_code == 422, (field, refused.text)
        assert refused.json()["errors"][0]["loc"] == ["body", field]
        accepted = await client.patch(url, json={field: value})
        assert accepted.status_code == 200, (field, accepted.text)


# ----- 5. names checked against a registry are an enum of it ---------------------------------


def test_registry_names_are_published_as_enums() -> None:
    from salescrm.core.permissions.catalog import ALL, PERMISSIONS
    from salescrm.files.targets import TARGETS
    from salescrm.org.sharing import SHAREABLE

    spec = json.loads(published_document())
    schemas = spec["components"]["schemas"]

    def query(path: str, name: str) -> dict[str, Any]:
        (found,) = [p for p in spec["paths"][path]["get"]["parameters"] if p["name"] == name]
        schema: dict[str, Any] = found["schema"]
        return schema

    assert query("/api/v1/files", "resource")["enum"] == sorted(TARGETS)
    assert schemas["FileUpload"]["properties"]["resource"]["enum"] == sorted(TARGETS)
    assert query("/api/v1/record-shares", "resource")["enum"] == sorted(SHAREABLE)
    assert schemas["RecordShareCreate"]["properties"]["resource"]["enum"] == sorted(SHAREABLE)
    for schema in ("ApiKeyCreate", "RoleCreate"):
        items = schemas[schema]["properties"]["permissions"]["items"]
        assert items["enum"] == sorted([ALL, *PERMISSIONS]), schema


async def test_a_registry_name_is_accepted_and_another_refused(
    client: httpx.AsyncClient,
) -> None:
    customer = await create(client, "/api/v1/customers", {"name": "上海枚举测试有限公司"})
    files = await client.get(
        "/api/v1/files", params={"resource": "customer", "record_id": customer["id"]}
    )
    assert files.status_code == 200, files.text
    files = await client.get(
        "/api/v1/files", params={"resource": "invoice", "record_id": customer["id"]}
    )
    assert files.status_code == 422
    assert files.json()["errors"][0]["loc"] == ["query", "resource"]

    dept = await department(client, "枚举部", None)
    person = await employee(client, "李枚举", dept["id"])
    share = {"record_id": customer["id"], "employee_id": person["id"], "access": "read"}
    refused = await client.post("/api/v1/record-shares", json={**share, "resource": "invoice"})
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["loc"] == ["body", "resource"]
    shared = await client.post("/api/v1/record-shares", json={**share, "resource": "customer"})
    assert shared.status_code == 201, shared.text

    key = {"name": "枚举"}
    refused = await client.post("/api/v1/api-keys", json={**key, "permissions": ["invoice:read"]})
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["loc"] == ["body", "permissions", 0]
    made = await client.post("/api/v1/api-keys", json={**key, "permissions": ["customer:read"]})
    assert made.status_code == 201, made.text


# ----- 3. text refuses NUL, and the schema says so -------------------------------------------

#: A character class, and what outside a class matches any character (or any but a kind).
_CLASS = re.compile(r"\[(\^?)((?:\\.|[^\]\\])*)\]")
_ANY = re.compile(r"(?<!\\)\.|\\[SWD]")


def _admits_nul(pattern: str) -> bool:
    """Whether a pattern could match NUL: a negated class without ``\\u0000``, or ``.`` /
    ``\\S`` outside a class (a conservative reading, for the patterns we write)."""
    negated = [body for caret, body in _CLASS.findall(pattern) if caret]
    return any("\\u0000" not in body for body in negated) or bool(
        _ANY.search(_CLASS.sub("", pattern))
    )


def _strings(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, list):
        return [s for item in node for s in _strings(item)]
    if not isinstance(node, dict):
        return []
    found = [node] if node.get("type") == "string" else []
    return found + [s for k, v in node.items() if k != "examples" for s in _strings(v)]


def test_every_text_input_refuses_nul_in_its_schema() -> None:
    """Every string of a query parameter or a JSON body refuses NUL through its pattern: the
    shared one (``NO_NUL_PATTERN``) or its own, which must then leave NUL out of every class
    that admits ``anything but`` (``[^|\\u0000]``)."""
    spec = json.loads(published_document())
    strings = [
        s
        for item in spec["paths"].values()
        for op in item.values()
        for p in op.get("parameters", [])
        if p["in"] == "query"
        for s in _strings(p["schema"])
    ]
    components = spec["components"]["schemas"]
    bodies = [
        op["requestBody"]["content"][media]
        for item in spec["paths"].values()
        for op in item.values()
        for media in ("application/json", "application/x-www-form-urlencoded")
        if media in op.get("requestBody", {}).get("content", {})
    ]
    pending = re.findall(r'"#/components/schemas/(\w+)"', json.dumps(bodies))
    seen: set[str] = set()
    while pending:
        name = pending.pop()
        if name not in seen:
            seen.add(name)
            pending += re.findall(r'"#/components/schemas/(\w+)"', json.dumps(components[name]))
    assert {"CustomerCreate", "TokenForm", "RuleCondition"} <= seen
    strings += [s for name in seen for s in _strings(components[name])]
    free = [s for s in strings if not {"pattern", "format", "enum", "const"} & s.keys()]
    assert not free
    for schema in strings:
        pattern = schema.get("pattern")
        if pattern is None or pattern == NO_NUL_PATTERN:
            continue
        assert not _admits_nul(pattern), pattern
        assert re.search(pattern, "a\x00b") is None, pattern


async def test_nul_is_refused_where_the_schema_says_so(client: httpx.AsyncClient) -> None:
    assert re.fullmatch(NO_NUL_PATTERN, "张伟 1")
    assert not re.fullmatch(NO_NUL_PATTERN, "a\x00")
    for params in ({"q": "张伟"}, {"tag": "vip"}):
        assert (await client.get("/api/v1/customers", params=params)).status_code == 200
        nul = {k: f"{v}\x00" for k, v in params.items()}
        refused = await client.get("/api/v1/customers", params=nul)
        assert refused.status_code == 422, refused.text
    created = await client.post(
        "/api/v1/customers", json={"name": "上海零字符有限公司", "tags": ["a\x00"]}
    )
    assert created.status_code == 422
    assert created.json()["errors"][0]["loc"][:2] == ["body", "tags"]
    created = await client.post(
        "/api/v1/customers", json={"name": "上海零字符有限公司", "tags": ["ab"]}
    )
    assert created.status_code == 201, created.text
    schemas = _components()
    assert schemas["CustomerUpdate"]["properties"]["stage_reason"]["anyOf"][0]["pattern"] == (
        NOT_BLANK_PATTERN
    )


async def test_a_blank_text_is_refused_where_the_schema_says_so(client: httpx.AsyncClient) -> None:
    """Found by the contract fuzzer: a body strips whitespace, so ``"\\u000b"`` (length 1 in
    the schema) was an empty role to the server, a 422. A non-empty body text now states that
    it needs something besides whitespace, exactly as ``str.strip`` counts it."""
    role = _components()["TeamMember"]["properties"]["role"]
    assert role["pattern"] == NOT_BLANK_PATTERN
    for text, valid in [("\x0b", False), ("\u3000 ", False), ("\x1c", False), (" 经理 ", True)]:
        assert bool(re.search(NOT_BLANK_PATTERN, text)) is valid, repr(text)
        assert bool(text.strip()) is valid, repr(text)
    created = await client.post(
        "/api/v1/products", json={"code": "BLANK-1", "name": "\x0b", "list_price": "1.00"}
    )
    assert created.status_code == 422, created.text
    assert created.json()["errors"][0]["loc"] == ["body", "name"]
    # Query parameters are not stripped, so their schema stays as it was.
    q = next(
        p
        for p in json.loads(published_document())["paths"]["/api/v1/customers"]["get"]["parameters"]
        if p["name"] == "q"
    )
    assert q["schema"]["pattern"] == NO_NUL_PATTERN


# ----- 2. a decimal's written form is in its schema ------------------------------------------


def _decimal_forms(prop: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    options = prop.get("anyOf", [prop])
    (number,) = [o for o in options if o.get("type") == "number"]
    (text,) = [o for o in options if o.get("type") == "string"]
    return number, text


@pytest.mark.parametrize(
    ("schema", "field", "accepted", "refused"),
    [
        ("PaymentCreate", "amount", ["0.01", "1500.5", "0012.30", "1.500"], ["0", "0.00", "-1"]),
        ("ProductCreate", "list_price", ["0", "99999999999999.99"], ["1.005", "-0", "1e2"]),
        ("LineItemCreate", "quantity", ["0.0001", "2.5", "12"], ["0", "0.00001", " 1", "1_0"]),
        ("LineItemCreate", "discount", ["0", "100.00", "12.5"], ["100.01", "101", ".5"]),
    ],
)
def test_decimal_patterns_say_what_is_accepted(
    schema: str, field: str, accepted: list[str], refused: list[str]
) -> None:
    from pydantic import TypeAdapter, ValidationError

    from salescrm.catalog.schemas import ProductCreate
    from salescrm.sales.schemas import LineItemCreate, PaymentCreate

    models = {"PaymentCreate": PaymentCreate, "ProductCreate": ProductCreate}
    model = models.get(schema, LineItemCreate)
    number, text = _decimal_forms(_components()[schema]["properties"][field])
    assert number["multipleOf"] in (0.01, 0.0001)
    info = model.model_fields[field]
    adapter: TypeAdapter[Any] = TypeAdapter(Annotated[info.annotation, *info.metadata])
    for value in accepted:
        assert re.fullmatch(text["pattern"], value), value
        adapter.validate_python(value)
    for value in refused:
        assert not re.fullmatch(text["pattern"], value), value
        with pytest.raises(ValidationError):
            adapter.validate_python(value)
    # A JSON number that multipleOf admits, binary noise included, is that multiple.
    step = number["multipleOf"]
    assert adapter.validate_python(3 * step) == Decimal(str(step)) * 3


async def test_decimals_the_schema_admits_are_accepted(client: httpx.AsyncClient) -> None:
    from tests.sales import support

    product = await support.product(client, price="0012.50", cost="1.500")
    assert product["list_price"] == "12.50"
    refused = await client.patch(f"/api/v1/products/{product['id']}", json={"list_price": "1.005"})
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["loc"] == ["body", "list_price"]
    for params in ({"list_price_min": "12.50"}, {"list_price_min": 12.5}):
        assert (await client.get("/api/v1/products", params=params)).status_code == 200
    for value in ("1e2", "12.505", "-1"):
        listed = await client.get("/api/v1/products", params={"list_price_min": value})
        assert listed.status_code == 422, value
        assert listed.json()["errors"][0]["loc"] == ["query", "list_price_min"]
    for value in ("1e2", "1.5e3"):
        listed = await client.get("/api/v1/opportunities", params={"amount_max": value})
        assert listed.status_code == 422, value
    assert (await client.get("/api/v1/opportunities", params={"amount_max": "99.9"})).is_success

    opportunity = await support.deal(client)
    url = support.line_items(opportunity["id"])
    line = {"product_id": product["id"]}
    for quantity in ("0.00001", "1e2", 0.00001):
        refused = await client.post(url, json={**line, "quantity": quantity})
        assert refused.status_code == 422, quantity
        assert refused.json()["errors"][0]["loc"] == ["body", "quantity"]
    added = await client.post(url, json={**line, "quantity": 3 * 0.0001})
    assert added.status_code == 201, added.text
    assert added.json()["quantity"] == "0.0003"

    contract = await support.contract(client)
    payment = {"contract_id": contract["id"], "received_on": "2026-11-20"}
    for amount in ("0.00", "10.001", "1E3"):
        refused = await client.post(support.PAYMENTS, json={**payment, "amount": amount})
        assert refused.status_code == 422, amount
    paid = await client.post(support.PAYMENTS, json={**payment, "amount": "100.10"})
    assert paid.status_code == 201, paid.text


# ----- 4. a phone number's form is in its schema; whether it exists is not --------------------


def test_phone_fields_state_their_form() -> None:
    from salescrm.customers.schemas import PHONE_PATTERN

    contact = _components()["ContactCreate"]["properties"]
    for field in ("mobile", "phone"):
        (text,) = [o for o in contact[field]["anyOf"] if o.get("type") == "string"]
        assert text["pattern"] == PHONE_PATTERN
        assert "phone_invalid" in text["description"]
    for written in (
        "138 1234 5678",
        "+86-138-1234-5678",
        "010-6552 9988 转 123",
        "１３８１２３４５６７８",
    ):
        assert re.fullmatch(PHONE_PATTERN, written), written
    for written in ("12345", "abc", "138 1234 5678 转", "tel:13812345678", "1" * 16):
        assert not re.fullmatch(PHONE_PATTERN, written), written


async def test_a_phone_in_the_stated_form_is_accepted_or_refused_as_invalid(
    client: httpx.AsyncClient,
) -> None:
    customer = await create(client, "/api/v1/customers", {"name": "上海电话测试有限公司"})
    contact = {"customer_id": customer["id"], "name": "王电话"}
    made = await client.post(
        "/api/v1/contacts",
        json={**contact, "mobile": "138 1234 5678", "phone": "（010）6552-9988 转 12"},
    )
    assert made.status_code == 201, made.text
    assert made.json()["mobile"] == "+8613812345678"
    assert made.json()["phone"] == "+861065529988"
    assert made.json()["phone_extension"] == "12"
    for field, value, kind in [
        ("mobile", "138-abcd-5678", "string_pattern_mismatch"),
        ("phone", "12345", "string_pattern_mismatch"),
        # The stated form, but no such number (CN numbers do not start 123…): not statable.
        ("phone", "123 4567 8901", "phone_invalid"),
        ("mobile", "010 6552 9988", "phone_invalid"),  # a fixed line, not a mobile
    ]:
        refused = await client.post("/api/v1/contacts", json={**contact, field: value})
        assert refused.status_code == 422, (field, value)
        (error,) = refused.json()["errors"]
        assert (error["loc"], error["type"]) == (["body", field], kind), value


async def test_an_email_whose_domain_cannot_receive_mail_is_refused_as_invalid(
    client: httpx.AsyncClient,
) -> None:
    """``format: email`` admits a reserved domain (``.test``); the server does not, and names
    it ``email_invalid`` (a rule of its own, listed for the contract fuzz), for every email
    field: contacts, customers, employees."""
    customer = await create(client, "/api/v1/customers", {"name": "上海邮件测试有限公司"})
    made = await client.post(
        "/api/v1/contacts",
        json={"customer_id": customer["id"], "name": "王邮件", "email": "Wang.Li@Example.COM"},
    )
    assert made.status_code == 201, made.text
    assert made.json()["email"] == "Wang.Li@example.com"  # the domain normalised, as before
    for path, body in [
        ("/api/v1/contacts", {"customer_id": customer["id"], "name": "王邮件"}),
        ("/api/v1/customers", {"name": "上海邮件二测试有限公司"}),
    ]:
        for value, kind in [
            ("pro@f1jbfacc.test", "email_invalid"),
            ("someone@localhost", "email_invalid"),
            ("no-at-sign", "email_invalid"),
        ]:
            refused = await client.post(path, json={**body, "email": value})
            assert refused.status_code == 422, (path, value, refused.text)
            (error,) = refused.json()["errors"]
            assert (error["loc"], error["type"]) == (["body", "email"], kind), value
    spec = json.loads(published_document())["components"]["schemas"]
    for name in ("ContactCreate", "CustomerCreate", "EmployeeCreate"):
        email = spec[name]["properties"]["email"]
        text = next(s for s in email.get("anyOf", [email]) if s.get("type") == "string")
        assert text["format"] == "email", name
        assert "email_invalid" in text["description"], name


async def test_a_null_the_schema_refuses_is_a_422_before_any_precondition(
    client: httpx.AsyncClient,
) -> None:
    """Found by the contract fuzzer: with a stale If-Match, a null for a never-empty field got
    the 412 instead of the 422 its schema states. The body is read first."""
    created = await client.post("/api/v1/loss-reasons", json={"code": "zz-null", "name": "价格"})
    assert created.status_code == 201, created.text
    url = f"/api/v1/loss-reasons/{created.json()['id']}"
    response = await client.patch(url, json={"active": None}, headers={"If-Match": '"7"'})
    assert response.status_code == 422, response.text
    assert response.json()["errors"] == [
        {"loc": ["body", "active"], "msg": "May not be null", "type": "null_not_allowed"}
    ]
    assert (await client.get(url)).json()["active"] is True


# ----- 5. true/false is not a number -----------------------------------------------------------


async def test_a_value_of_another_json_type_is_a_422(client: httpx.AsyncClient) -> None:
    """Found by the contract fuzzer: ``"position": false`` was read as 0 (Pydantic's lax int),
    although the schema says ``integer``; with a stale If-Match it got 412 instead of 422."""
    created = await client.post("/api/v1/activity-types", json={"code": "zz-bool", "name": "拜访"})
    assert created.status_code == 201, created.text
    url = f"/api/v1/activity-types/{created.json()['id']}"
    for value in (False, True):
        response = await client.patch(url, json={"position": value}, headers={"If-Match": '"7"'})
        assert response.status_code == 422, response.text
        (error,) = response.json()["errors"]
        assert (error["loc"], error["type"]) == (["body", "position"], "int_type")
    # Nor is text or a number a boolean, or text an integer, whatever Pydantic's lax mode reads.
    for field, value, kind in [
        ("active", 0, "bool_type"),
        ("active", "true", "bool_type"),
        ("position", "3", "int_type"),
    ]:
        response = await client.patch(url, json={field: value})
        assert response.status_code == 422, (field, value)
        (error,) = response.json()["errors"]
        assert (error["loc"], error["type"]) == (["body", field], kind), (field, value)
    accepted = await client.patch(url, json={"position": 3, "active": False})
    assert accepted.status_code == 200, accepted.text
    assert (accepted.json()["position"], accepted.json()["active"]) == (3, False)


def _refuses(model: type[RequestModel], name: str, value: Any) -> bool:
    try:
        model.model_validate({name: value})
    except ValidationError as refused:
        return any(error["loc"][:1] == (name,) for error in refused.errors())
    return False


def test_every_scalar_field_of_a_request_takes_only_its_json_type() -> None:
    """The meta-test: every request schema's integer or number property refuses ``true`` and
    ``"1"`` (Decimal fields, published as number or decimal text, refuse ``true``), and every
    boolean property refuses ``0`` and ``"true"``: what the schema calls another type."""
    create_app()
    checked = 0

    def subclasses(cls: type[RequestModel]) -> list[type[RequestModel]]:
        return [cls, *(s for sub in cls.__subclasses__() for s in subclasses(sub))]

    for model in subclasses(RequestModel):
        for name, prop in model.model_json_schema().get("properties", {}).items():
            kinds = {o.get("type") for o in prop.get("anyOf", [prop])} - {"null"}
            if kinds == {"boolean"}:
                wrong: list[Any] = [0, "true"]
            elif kinds in ({"integer"}, {"number"}):
                wrong = [True, "1"]
            elif kinds & {"integer", "number"} and "boolean" not in kinds:
                wrong = [True]
            else:
                continue
            checked += 1
            for value in wrong:
                assert _refuses(model, name, value), (model.__name__, name, value)
    assert checked > 50


async def test_a_credit_code_states_its_form_and_names_a_wrong_check_character(
    client: httpx.AsyncClient,
) -> None:
    """Found by the contract fuzzer: 18 characters of anything passed the schema, then NFKC
    made "½" three characters and the server refused the length. The schema now states the
    code's alphabet; the check character, arithmetic, is the refusal ``credit_code_invalid``."""
    prop = _components()["CustomerCreate"]["properties"]["credit_code"]["anyOf"][0]
    code = credit_code(7)
    assert re.fullmatch(prop["pattern"], code.lower())
    assert not re.fullmatch(prop["pattern"], "r\x19ÜÉ^½ïë\x91-nOKlê%AB")
    made = await client.post(
        "/api/v1/customers", json={"name": "信用代码测试有限公司", "credit_code": code.lower()}
    )
    assert made.status_code == 201, made.text
    assert made.json()["credit_code"] == code
    wrong = code[:17] + ("0" if code[17] != "0" else "1")
    for value, kind in [(wrong, "credit_code_invalid"), ("½" * 18, "string_pattern_mismatch")]:
        refused = await client.post(
            "/api/v1/customers", json={"name": "另一个有限公司", "credit_code": value}
        )
        assert refused.status_code == 422, refused.text
        (error,) = refused.json()["errors"]
        assert (error["loc"], error["type"]) == (["body", "credit_code"], kind)
