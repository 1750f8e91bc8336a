"""The generic CRUD contract: a resource joins by subclassing ``CrudContract`` with a few lines.

It proves, through HTTP only: create (201, Location, ETag, client id idempotent, also for
parallel repeats), get (ETag, 304,
404), list (keyset pagination without gaps or repeats for every sort, total, filters, search),
update (fields, version, stale If-Match → 412, concurrent writers → exactly one wins), delete and
restore, and the 422s (unknown field, bad values, null for a required field, limit, cursor).
After every refused write it checks that nothing was written.
"""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any, ClassVar

import httpx
from sqlalchemy import event

from tests.conftest import TestDatabase

#: Collection paths that joined the contract (checked by tests/test_meta.py).
COVERED_PATHS: set[str] = set()


class CrudContract:
    path: ClassVar[str]
    #: A child collection's path template (``/api/v1/opportunities/{parent_id}/line-items``):
    #: its tests set ``path`` to one parent's collection in a fixture.
    covers: ClassVar[str | None] = None
    #: Fields that must round-trip from create to read, compared as sent.
    echo_fields: ClassVar[tuple[str, ...]] = ()
    update_payload: ClassVar[dict[str, Any]]
    #: (payload override, field expected in the 422's errors[].loc)
    invalid_payloads: ClassVar[list[tuple[dict[str, Any], str]]] = []
    #: A required field that may not be set to null on update.
    required_field: ClassVar[str]
    sort_fields: ClassVar[tuple[str, ...]] = ("created_at", "updated_at")
    #: (query params, predicate an item must satisfy) — the filter must return exactly those.
    filter_cases: ClassVar[list[tuple[dict[str, str], Callable[[dict[str, Any]], bool]]]] = []
    #: (q, index of the payload it must find) — payload indexes as passed to make_payload.
    search_cases: ClassVar[list[tuple[str, int]]] = []

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "path" in cls.__dict__:
            COVERED_PATHS.add(cls.path)
        if cls.__dict__.get("covers"):
            COVERED_PATHS.add(cls.__dict__["covers"])

    def make_payload(self, n: int) -> dict[str, Any]:
        """A valid create payload, distinct for each ``n``."""
        raise NotImplementedError

    # ----- helpers ---------------------------------------------------------------------------
    async def create(self, client: httpx.AsyncClient, n: int, **extra: Any) -> dict[str, Any]:
        response = await client.post(self.path, json={**self.make_payload(n), **extra})
        assert response.status_code == 201, response.text
        body: dict[str, Any] = response.json()
        return body

    async def count(self, client: httpx.AsyncClient) -> int:
        response = await client.get(self.path, params={"include_total": "true", "limit": 1})
        assert response.status_code == 200, response.text
        total: int = response.json()["total"]
        return total

    async def walk(self, client: httpx.AsyncClient, params: dict[str, Any]) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        cursor = None
        for _ in range(100):
            query = {**params, **({"cursor": cursor} if cursor else {})}
            response = await client.get(self.path, params=query)
            assert response.status_code == 200, response.text
            page = response.json()
            assert len(page["items"]) <= int(params.get("limit", 50))
            items.extend(page["items"])
            cursor = page["next_cursor"]
            if cursor is None:
                return items
        raise AssertionError("pagination did not terminate")

    # ----- create ----------------------------------------------------------------------------
    async def test_create_returns_record_location_and_etag(self, client: httpx.AsyncClient) -> None:
        payload = self.make_payload(1)
        response = await client.post(self.path, json=payload)
        assert response.status_code == 201, response.text
        body = response.json()
        assert (
            response.headers["location"]
            == f"/api/v1{self.path.removeprefix('/api/v1')}/{body['id']}"
        )
        assert response.headers["etag"] == f'"{body["version"]}"'
        assert body["version"] == 1
        assert body["created_at"].endswith("Z")
        for field in self.echo_fields:
            assert body[field] == payload[field], field
        fetched = await client.get(response.headers["location"])
        assert fetched.status_code == 200
        assert fetched.json() == body

    async def test_create_with_client_id_is_idempotent(self, client: httpx.AsyncClient) -> None:
        client_id = "01890a5d-ac96-774b-bcce-b302099a8057"
        first = await client.post(self.path, json={**self.make_payload(1), "id": client_id})
        assert first.status_code == 201, first.text
        assert first.json()["id"] == client_id
        again = await client.post(self.path, json={**self.make_payload(1), "id": client_id})
        assert again.status_code == 200, again.text
        assert again.json() == first.json()
        assert await self.count(client) == 1

    async def test_parallel_creates_with_one_client_id_make_one_record(
        self, client: httpx.AsyncClient
    ) -> None:
        """A phone retrying one create on a bad network: one 201, the rest replay it (200)."""
        payload = {**self.make_payload(1), "id": "01890a5d-ac96-774b-bcce-b302099a8058"}
        responses = await asyncio.gather(*(client.post(self.path, json=payload) for _ in range(20)))
        statuses = sorted(r.status_code for r in responses)
        assert statuses == [200] * 19 + [201], [r.text for r in responses if r.status_code > 201]
        assert all(r.json() == responses[0].json() for r in responses)
        assert await self.count(client) == 1

    async def test_unknown_field_is_422_and_writes_nothing(self, client: httpx.AsyncClient) -> None:
        response = await client.post(self.path, json={**self.make_payload(1), "bogus": 1})
        assert response.status_code == 422
        problem = response.json()
        assert response.headers["content-type"].startswith("application/problem+json")
        assert problem["code"] == "validation_error"
        assert ["body", "bogus"] in [e["loc"] for e in problem["errors"]]
        assert await self.count(client) == 0

    async def test_server_fields_cannot_be_mass_assigned(self, client: httpx.AsyncClient) -> None:
        for field, value in (("version", 7), ("created_at", "2020-01-01T00:00:00Z")):
            response = await client.post(self.path, json={**self.make_payload(1), field: value})
            assert response.status_code == 422, field
            assert ["body", field] in [e["loc"] for e in response.json()["errors"]]
        record = await self.create(client, 1)
        response = await client.patch(f"{self.path}/{record['id']}", json={"id": record["id"]})
        assert response.status_code == 422

    async def test_invalid_values_are_422_naming_the_field(self, client: httpx.AsyncClient) -> None:
        for override, field in self.invalid_payloads:
            response = await client.post(self.path, json={**self.make_payload(1), **override})
            assert response.status_code == 422, (override, response.text)
            locs = [e["loc"] for e in response.json()["errors"]]
            assert any(loc[:2] == ["body", field] for loc in locs), (override, locs)
        assert await self.count(client) == 0

    async def test_wrong_json_type_and_malformed_json(self, client: httpx.AsyncClient) -> None:
        response = await client.post(self.path, json=[self.make_payload(1)])
        assert response.status_code == 422
        response = await client.post(
            self.path, content=b'{"name": ', headers={"content-type": "application/json"}
        )
        assert response.status_code == 400
        assert response.json()["code"] == "malformed_request"
        assert await self.count(client) == 0

    # ----- read ------------------------------------------------------------------------------
    async def test_get_supports_if_none_match(self, client: httpx.AsyncClient) -> None:
        record = await self.create(client, 1)
        response = await client.get(
            f"{self.path}/{record['id']}", headers={"If-None-Match": f'"{record["version"]}"'}
        )
        assert response.status_code == 304
        assert response.headers["etag"] == f'"{record["version"]}"'

    async def test_unknown_id_is_404_problem(self, client: httpx.AsyncClient) -> None:
        missing = "01890a5d-ac96-774b-bcce-b302099a8000"
        for method in ("GET", "PATCH", "DELETE"):
            kwargs: dict[str, Any] = {"json": self.update_payload} if method == "PATCH" else {}
            response = await client.request(method, f"{self.path}/{missing}", **kwargs)
            assert response.status_code == 404, method
            assert response.json()["code"] == "not_found"
        response = await client.get(f"{self.path}/not-a-uuid")
        assert response.status_code == 422

    async def test_list_paginates_every_sort_without_gaps_or_repeats(
        self, client: httpx.AsyncClient
    ) -> None:
        created = {(await self.create(client, n))["id"] for n in range(1, 8)}
        for field in self.sort_fields:
            for sort in (field, f"-{field}"):
                items = await self.walk(client, {"limit": 3, "sort": sort})
                ids = [i["id"] for i in items]
                assert len(ids) == len(set(ids)) == 7, sort
                assert set(ids) == created, sort
                keys = [i[field] for i in items]
                normalized = [_sortable(k) for k in keys]
                expected = sorted(normalized, reverse=sort.startswith("-"))
                assert normalized == expected, sort

    async def test_pagination_is_stable_under_inserts(self, client: httpx.AsyncClient) -> None:
        for n in range(1, 6):
            await self.create(client, n)
        first = (await client.get(self.path, params={"limit": 2, "sort": "created_at"})).json()
        await self.create(client, 6)  # lands after the cursor in ascending creation order
        seen = [i["id"] for i in first["items"]]
        seen += [i["id"] for i in await self._rest(client, first["next_cursor"])]
        assert len(seen) == len(set(seen)) == 6

    async def _rest(self, client: httpx.AsyncClient, cursor: str) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        while cursor:
            page = (
                await client.get(
                    self.path, params={"limit": 2, "sort": "created_at", "cursor": cursor}
                )
            ).json()
            items.extend(page["items"])
            cursor = page["next_cursor"]
        return items

    async def test_list_query_count_does_not_grow_with_the_page(
        self, client: httpx.AsyncClient, db: TestDatabase
    ) -> None:
        """No N+1: a page of six costs the same number of SQL statements as a page of one
        (the newest, so that it names the same kinds of records as the others: references
        cost one query per kind named on the page, ``core.references``)."""
        executed: list[str] = []

        def count(*args: Any) -> None:
            executed.append(args[2])

        engine = db.database.engine.sync_engine
        for n in range(1, 7):
            await self.create(client, n)
        event.listen(engine, "before_cursor_execute", count)
        try:
            one = (await client.get(self.path, params={"limit": 1})).json()
            queries_for_one = len(executed)
            executed.clear()
            six = (await client.get(self.path, params={"limit": 6})).json()
            queries_for_six = len(executed)
        finally:
            event.remove(engine, "before_cursor_execute", count)
        assert len(one["items"]) == 1
        assert len(six["items"]) == 6
        assert queries_for_one > 0  # the listener sees the statements
        assert queries_for_six == queries_for_one, executed

    async def test_references_are_named_beside_their_ids(self, client: httpx.AsyncClient) -> None:
        """Every ``<name>_id`` with a summary beside it (``core.references``) is named there,
        in the answer to the create, the get and the list alike: the administrator may open
        every record, so every name is shown."""
        created = await self.create(client, 1)
        listed = (await client.get(self.path, params={"limit": 200})).json()["items"]
        (in_list,) = [item for item in listed if item["id"] == created["id"]]
        fetched = (await client.get(f"{self.path}/{created['id']}")).json()
        for body in (created, fetched, in_list):
            for key, value in body.items():
                summary = key.removesuffix("_id")
                if not key.endswith("_id") or summary not in body:
                    continue
                if value is None:
                    assert body[summary] is None, key
                else:
                    assert body[summary]["id"] == value, key
                    assert isinstance(body[summary]["name"], str), key
                    assert body[summary]["deleted"] is False, key

    async def test_list_total_only_when_asked(self, client: httpx.AsyncClient) -> None:
        for n in range(1, 4):
            await self.create(client, n)
        plain = (await client.get(self.path)).json()
        assert plain["total"] is None
        assert len(plain["items"]) == 3
        counted = (await client.get(self.path, params={"include_total": "true", "limit": 1})).json()
        assert counted["total"] == 3
        assert len(counted["items"]) == 1

    async def test_list_filters(self, client: httpx.AsyncClient) -> None:
        created = [await self.create(client, n) for n in range(1, 7)]
        for params, predicate in self.filter_cases:
            items = await self.walk(client, {**params, "limit": 200})
            expected = {c["id"] for c in created if predicate(c)}
            assert expected, f"filter case {params} matches no fixture record"
            assert {i["id"] for i in items} == expected, params

    async def test_list_search(self, client: httpx.AsyncClient) -> None:
        created = [await self.create(client, n) for n in range(1, 7)]
        for q, index in self.search_cases:
            items = await self.walk(client, {"q": q})
            assert created[index - 1]["id"] in {i["id"] for i in items}, q
            assert len(items) < len(created), q

    async def test_list_rejects_bad_parameters(self, client: httpx.AsyncClient) -> None:
        await self.create(client, 1)
        await self.create(client, 2)
        cases: list[tuple[dict[str, Any], str]] = [
            ({"limit": 201}, "limit"),
            ({"limit": 0}, "limit"),
            ({"cursor": "garbage!!"}, "cursor"),
            ({"sort": "no_such_field"}, "sort"),
            ({"no_such_filter": "x"}, "no_such_filter"),
        ]
        for params, field in cases:
            response = await client.get(self.path, params=params)
            assert response.status_code == 422, params
            assert any(e["loc"][-1] == field for e in response.json()["errors"]), params
        # A forged cursor: well-formed, but not signed by us.
        page = (await client.get(self.path, params={"limit": 1})).json()
        body, _, signature = page["next_cursor"].partition(".")
        payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
        payload["v"][1] = "00000000-0000-0000-0000-000000000000"
        forged = base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")
        response = await client.get(
            self.path, params={"limit": 1, "cursor": f"{forged}.{signature}"}
        )
        assert response.status_code == 422
        # A cursor from another sort order.
        response = await client.get(
            self.path, params={"limit": 1, "cursor": page["next_cursor"], "sort": "updated_at"}
        )
        assert response.status_code == 422

    # ----- update ----------------------------------------------------------------------------
    async def test_update_changes_only_sent_fields(self, client: httpx.AsyncClient) -> None:
        record = await self.create(client, 1)
        response = await client.patch(f"{self.path}/{record['id']}", json=self.update_payload)
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["version"] == record["version"] + 1
        assert response.headers["etag"] == f'"{body["version"]}"'
        for key, value in self.update_payload.items():
            assert body[key] == value, key
        untouched = set(self.echo_fields) - set(self.update_payload)
        for key in untouched:
            assert body[key] == record[key], key
        assert (await client.get(f"{self.path}/{record['id']}")).json() == body

    async def test_null_for_required_field_is_422(self, client: httpx.AsyncClient) -> None:
        record = await self.create(client, 1)
        response = await client.patch(
            f"{self.path}/{record['id']}", json={self.required_field: None}
        )
        assert response.status_code == 422, response.text
        assert (await client.get(f"{self.path}/{record['id']}")).json() == record

    async def test_stale_if_match_is_412_with_current_etag(self, client: httpx.AsyncClient) -> None:
        record = await self.create(client, 1)
        url = f"{self.path}/{record['id']}"
        ok = await client.patch(url, json=self.update_payload, headers={"If-Match": '"1"'})
        assert ok.status_code == 200, ok.text
        stale = await client.patch(url, json=self.update_payload, headers={"If-Match": '"1"'})
        assert stale.status_code == 412
        assert stale.headers["etag"] == '"2"'
        assert stale.json()["code"] == "precondition_failed"
        stale_delete = await client.delete(url, headers={"If-Match": '"1"'})
        assert stale_delete.status_code == 412
        assert (await client.get(url)).status_code == 200
        # A value that names no version is a condition that fails (RFC 9110 §13.1.1), not a 422.
        garbled = await client.patch(url, json=self.update_payload, headers={"If-Match": "two"})
        assert garbled.status_code == 412, garbled.text
        assert garbled.headers["etag"] == '"2"'

    async def test_concurrent_updates_exactly_one_wins(self, client: httpx.AsyncClient) -> None:
        record = await self.create(client, 1)
        url = f"{self.path}/{record['id']}"
        responses = await asyncio.gather(
            *(
                client.patch(url, json=self.update_payload, headers={"If-Match": '"1"'})
                for _ in range(4)
            )
        )
        statuses = sorted(r.status_code for r in responses)
        assert statuses == [200, 412, 412, 412], [r.text for r in responses]
        assert (await client.get(url)).json()["version"] == 2

    # ----- delete / restore ------------------------------------------------------------------
    async def test_delete_hides_and_restore_brings_back(self, client: httpx.AsyncClient) -> None:
        record = await self.create(client, 1)
        url = f"{self.path}/{record['id']}"
        response = await client.delete(url, headers={"If-Match": f'"{record["version"]}"'})
        assert response.status_code == 204
        assert (await client.get(url)).status_code == 404
        assert await self.count(client) == 0
        assert (await client.patch(url, json=self.update_payload)).status_code == 404
        restored = await client.post(f"{url}/restore")
        assert restored.status_code == 200, restored.text
        assert restored.json()["id"] == record["id"]
        assert (await client.get(url)).status_code == 200
        again = await client.post(f"{url}/restore")
        assert again.status_code == 409


def _sortable(value: Any) -> Any:
    """Decimal strings sort as numbers and timestamps as times; everything else as given."""
    if isinstance(value, str):
        if value.replace(".", "", 1).isdigit():
            return (0, Decimal(value))
        try:
            return (1, datetime.fromisoformat(value))
        except ValueError:
            return (2, value)
    return (3, value)
