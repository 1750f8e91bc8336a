"""Dashboards: the CRUD contract, privacy (another person's dashboard is a 404 whatever one's
data scope), roles' dashboards, widgets checked against their statistics, and home pages
rendered with exact figures in each caller's scope."""

from __future__ import annotations

import uuid
from typing import Any, ClassVar

import httpx
from sqlalchemy import insert

from salescrm.analytics.dashboards.defaults import BUILTINS
from salescrm.analytics.dashboards.models import Dashboard
from salescrm.analytics.dashboards.schemas import BuiltinDashboard
from salescrm.analytics.dashboards.service import check_widgets
from salescrm.analytics.registry import STATISTICS
from salescrm.core.clock import today, utcnow
from salescrm.core.db.grants import builtin_role_id
from salescrm.core.ids import new_id
from tests.conftest import TestDatabase, http_client
from tests.contract.crud import CrudContract
from tests.contract.matrix import PEOPLE, VIEWERS, Org, PermissionMatrix, build_org, holds
from tests.sales import support
from tests.sales.support import PAYMENTS, ok

PATH = "/api/v1/dashboards"
HOME = f"{PATH}/home"
REP_ROLE = str(builtin_role_id("sales_rep"))
MANAGER_ROLE = str(builtin_role_id("sales_manager"))
MISSING = "01890a5d-ac96-774b-bcce-b302099a8000"


def widget(key: str = "pay", **fields: Any) -> dict[str, Any]:
    """A payments widget, as a client sends it (every field, so that it reads back equal)."""
    return {
        "key": key,
        "title": "回款",
        "statistic": "payments",
        "filters": {"bucket": "month"},
        "position": {"x": 0, "y": 0, "w": 6, "h": 4},
        **fields,
    }


class TestDashboardContract(CrudContract):
    path = PATH
    echo_fields = ("name", "description", "role_id", "is_default", "widgets")
    update_payload: ClassVar[dict[str, Any]] = {"name": "改过的看板", "description": "新的说明"}
    required_field = "name"
    sort_fields = ("created_at", "updated_at", "name")
    invalid_payloads: ClassVar = [
        ({"name": ""}, "name"),
        ({"widgets": [widget(statistic="no-such-statistic")]}, "widgets"),
        ({"widgets": [widget("a"), widget("a")]}, "widgets"),
        ({"widgets": [widget(filters={"bogus": "1"})]}, "widgets"),
        ({"widgets": [widget(filters={"date_from": "2026-02-01", "date_to": "2026-01-01"})]},
         "widgets"),
        ({"widgets": [widget(filters={"pipeline_id": MISSING})]}, "widgets"),
        ({"widgets": [widget(position={"x": 12, "y": 0, "w": 6, "h": 4})]}, "widgets"),
        ({"widgets": [widget(f"k{i}") for i in range(31)]}, "widgets"),
        ({"widgets": [widget(filters={"bucket": 1.5})]}, "widgets"),
        ({"role_id": MISSING}, "role_id"),
    ]  # fmt: skip
    filter_cases: ClassVar = [
        ({"kind": "role"}, lambda r: r["role_id"] is not None),
        ({"kind": "personal"}, lambda r: r["role_id"] is None),
        ({"role_id": REP_ROLE}, lambda r: r["role_id"] == REP_ROLE),
        ({"is_default": "true"}, lambda r: r["is_default"]),
        ({"is_default": "false"}, lambda r: not r["is_default"]),
    ]
    search_cases: ClassVar = [("销售看板3号", 3)]

    def make_payload(self, n: int) -> dict[str, Any]:
        """Odd: personal (the third the home page); even: the sales representatives'."""
        return {
            "name": f"销售看板{n}号",
            "description": f"第{n}个看板",
            "role_id": REP_ROLE if n % 2 == 0 else None,
            "is_default": n == 3,
            "widgets": [widget(f"w{n}")],
        }


async def _insert(db: TestDatabase, owner_id: str, name: str) -> str:
    """A personal dashboard of someone who may not create one (the matrix's V), written past
    the API."""
    record_id = new_id()
    now = utcnow()
    async with db.database.engine.begin() as connection:
        await connection.execute(
            insert(Dashboard).values(
                id=record_id,
                name=name,
                created_by_id=uuid.UUID(owner_id),
                is_default=False,
                widgets=[],
                created_at=now,
                updated_at=now,
                version=1,
            )
        )
    return str(record_id)


class TestDashboardMatrix(PermissionMatrix):
    """Each person's personal dashboard is theirs alone: the administrator and the director,
    who see everyone's data, see none of them (a 404, as for a record that does not exist)."""

    path = PATH
    resource = "dashboard"
    update_payload: ClassVar[dict[str, Any]] = {"name": "矩阵改名"}

    def in_scope(self, viewer: str) -> set[str]:
        return {viewer} & set(PEOPLE)

    async def setup(
        self, app: Any, client: httpx.AsyncClient, db: TestDatabase
    ) -> tuple[Org, dict[str, str]]:
        org = await build_org(app, client, db, self.write_grants)
        records: dict[str, str] = {}
        for owner in PEOPLE:
            name = f"{owner} 的看板"
            if not holds(org, owner, "dashboard:write"):
                records[owner] = await _insert(db, org.ids[owner], name)
                continue
            async with http_client(app, org.tokens[owner]) as http:
                records[owner] = (await ok(await http.post(PATH, json={"name": name}), 201))["id"]
        return org, records

    async def test_update_and_delete_follow_scope_and_function(
        self, app: Any, client: httpx.AsyncClient, db: TestDatabase
    ) -> None:
        org, records = await self.setup(app, client, db)
        for viewer in VIEWERS:
            can_write = holds(org, viewer, "dashboard:write")
            async with http_client(app, org.tokens[viewer]) as http:
                for owner, record_id in records.items():
                    response = await http.patch(f"{PATH}/{record_id}", json=self.update_payload)
                    expected = (200 if owner == viewer else 404) if can_write else 403
                    assert response.status_code == expected, (viewer, owner, response.text)
        for viewer in ("admin", "R1", "M1", "S"):
            async with http_client(app, org.tokens[viewer]) as http:
                for owner in ("R1", "R3", "S"):
                    response = await http.delete(f"{PATH}/{records[owner]}")
                    expected = 204 if owner == viewer else 404
                    assert response.status_code == expected, (viewer, owner, response.text)
                    if expected == 204:
                        restored = await http.post(f"{PATH}/{records[owner]}/restore")
                        assert restored.status_code == 200, restored.text


# ----- roles' dashboards -----------------------------------------------------------------------
async def test_a_roles_dashboard_is_seen_by_its_holders_and_changed_by_managers_of_dashboards(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await build_org(app, client, db, ["dashboard:write"])
    body = {"name": "经理首页", "role_id": MANAGER_ROLE, "widgets": [widget()]}
    team = await ok(await client.post(PATH, json=body), 201)
    url = f"{PATH}/{team['id']}"
    assert team["role"] == {"id": MANAGER_ROLE, "name": "销售经理", "deleted": False}
    assert team["created_by_id"] == db.admin_id
    for viewer in ("M1", "M2", "R1", "D", "S"):
        async with http_client(app, org.tokens[viewer]) as http:
            holder = viewer in ("M1", "M2")
            listed = (await http.get(PATH, params={"kind": "role"})).json()["items"]
            assert [d["id"] for d in listed] == ([team["id"]] if holder else []), viewer
            assert (await http.get(url)).status_code == (200 if holder else 404), viewer
            # Holders see it but may not change it (dashboard:manage); others cannot see it.
            changed = await http.patch(url, json={"name": "改了"})
            assert changed.status_code == (403 if holder else 404), (viewer, changed.text)
            assert (await http.delete(url)).status_code == (403 if holder else 404), viewer
            refused = await http.post(PATH, json={**body, "role_id": REP_ROLE})
            assert refused.status_code == 403, (viewer, refused.text)
            assert "dashboard:manage" in refused.json()["detail"]
    assert (await client.get(url)).json()["name"] == "经理首页"
    # The administrator manages every role's dashboards, yet sees nobody's personal one.
    async with http_client(app, org.tokens["M1"]) as m1:
        own = await ok(await m1.post(PATH, json={"name": "M1 自己的"}), 201)
        assert (await m1.get(PATH, params={"kind": "personal"})).json()["items"] == [own]
    assert (await client.get(f"{PATH}/{own['id']}")).status_code == 404
    assert (await client.get(f"{PATH}/{own['id']}/render")).status_code == 404
    listed = (await client.get(PATH)).json()["items"]
    assert [d["id"] for d in listed] == [team["id"]]
    # Role dashboards are fixed to their role.
    moved = await client.patch(url, json={"role_id": REP_ROLE})
    assert moved.status_code == 422, moved.text


async def test_one_home_page_per_person_and_per_role(client: httpx.AsyncClient) -> None:
    first = await ok(await client.post(PATH, json={"name": "一", "is_default": True}), 201)
    second = await ok(await client.post(PATH, json={"name": "二", "is_default": True}), 201)
    role_home = {"name": "代表首页", "role_id": REP_ROLE, "is_default": True}
    role_first = await ok(await client.post(PATH, json=role_home), 201)
    role_second = await ok(await client.post(PATH, json=role_home), 201)

    async def defaults() -> set[str]:
        items = (await client.get(PATH, params={"is_default": "true"})).json()["items"]
        return {d["id"] for d in items}

    assert await defaults() == {second["id"], role_second["id"]}
    assert (await client.get(f"{PATH}/{first['id']}")).json()["version"] == 2  # demoted
    changed = await client.patch(f"{PATH}/{first['id']}", json={"is_default": True})
    assert changed.status_code == 200, changed.text
    assert await defaults() == {first["id"], role_second["id"]}
    # A deleted home page restored after another took its place is not the home page again.
    assert (await client.delete(f"{PATH}/{first['id']}")).status_code == 204
    await ok(await client.patch(f"{PATH}/{second['id']}", json={"is_default": True}))
    restored = await ok(await client.post(f"{PATH}/{first['id']}/restore"))
    assert restored["is_default"] is False
    assert await defaults() == {second["id"], role_second["id"]}
    assert role_first["is_default"] is True


# ----- widgets are checked against their statistics --------------------------------------------
async def test_widgets_are_checked_against_their_statistic(client: httpx.AsyncClient) -> None:
    async def errors(widgets: list[dict[str, Any]]) -> list[tuple[list[Any], str]]:
        response = await client.post(PATH, json={"name": "坏的", "widgets": widgets})
        assert response.status_code == 422, response.text
        return [(e["loc"], e["type"]) for e in response.json()["errors"]]

    assert await errors([widget(statistic="no-such")]) == [
        (["body", "widgets", 0, "statistic"], "enum")
    ]
    assert await errors([widget("a"), widget("b"), widget("a")]) == [
        (["body", "widgets", 2, "key"], "duplicate_key")
    ]
    assert await errors([widget(filters={"bogus": "x", "bucket": "fortnight"})]) == [
        (["body", "widgets", 0, "filters", "bucket"], "filter_invalid"),
        (["body", "widgets", 0, "filters", "bogus"], "filter_invalid"),
    ]
    assert await errors([widget(filters={"date_from": "2026-02-01", "date_to": "2026-01-01"})]) == [
        (["body", "widgets", 0, "filters"], "range_reversed")
    ]
    assert await errors([widget(filters={"pipeline_id": MISSING, "currency": "USD"})]) == [
        (["body", "widgets", 0, "filters", "pipeline_id"], "filter_not_supported")
    ]
    assert (await client.get(PATH, params={"include_total": "true"})).json()["total"] == 0
    # Filters are saved as the statistic reads them: defaults left out, values normalised.
    saved = await ok(
        await client.post(
            PATH,
            json={
                "name": "好的",
                "widgets": [
                    {"key": "p", "statistic": "payments", "filters": {"currency": "USD"}},
                    widget("q", filters={"date_from": "2026-01-01", "date_to": "2026-03-31"}),
                ],
            },
        ),
        201,
    )
    assert saved["widgets"] == [
        {
            "key": "p",
            "title": None,
            "statistic": "payments",
            "filters": {"currency": "USD"},
            "position": {"x": 0, "y": 0, "w": 6, "h": 4},
        },
        widget("q", filters={"date_from": "2026-01-01", "date_to": "2026-03-31"}),
    ]
    changed = await client.patch(
        f"{PATH}/{saved['id']}", json={"widgets": [widget("a"), widget("a")]}
    )
    assert changed.status_code == 422, changed.text


def test_every_builtin_widget_of_a_registered_statistic_is_valid() -> None:
    """What the built-in pages name must hold for the statistics as they are registered now;
    an unregistered one is left out (``Builtin.available``)."""
    for builtin in BUILTINS.values():
        widgets = [w.stored() for w in builtin.available()]
        assert widgets, builtin.kind
        assert all(w["statistic"] in STATISTICS for w in widgets)
        check_widgets(widgets)


# ----- home pages ------------------------------------------------------------------------------
async def _paid(http: httpx.AsyncClient, org: Org, who: str, amount: str) -> None:
    customer_id = await support.customer(http, owner_id=org.ids[who])
    won = await support.won_deal(http, customer_id=customer_id, owner_id=org.ids[who])
    signed = await support.contract(http, won["id"], owner_id=org.ids[who])
    body = {
        "contract_id": signed["id"],
        "amount": amount,
        "received_on": today().isoformat(),
        "overpayment": True,
    }
    await ok(await http.post(PAYMENTS, json=body), 201)


def _payments(page: dict[str, Any], key: str) -> list[tuple[Any, ...]]:
    (found,) = [w for w in page["widgets"] if w["key"] == key]
    assert found["error"] is None, found
    assert found["result"]["statistic"] == "payments"
    return [
        (r["period_start"], r["currency"], r["payments"], r["amount"])
        for r in found["result"]["rows"]
    ]


async def test_home_pages_render_each_callers_figures(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await build_org(app, client, db, ["dashboard:write"])
    await _paid(client, org, "R1", "100.00")
    await _paid(client, org, "M1", "20.00")
    await _paid(client, org, "R3", "3.00")
    month = today().replace(day=1).isoformat()

    async def home(who: str) -> dict[str, Any]:
        async with http_client(app, org.tokens[who]) as http:
            return await ok(await http.get(HOME))

    rep, manager = await home("R1"), await home("M1")
    director, agent = await home("D"), await home("S")
    for page, kind in ((rep, "rep"), (manager, "manager"), (director, "director"), (agent, "rep")):
        builtin = BUILTINS[BuiltinDashboard(kind)]
        assert page["dashboard"] == {
            "id": None,
            "name": builtin.name,
            "source": "builtin",
            "builtin": kind,
        }
        assert [w["key"] for w in page["widgets"]] == [w.key for w in builtin.available()]
    assert [w["key"] for w in rep["widgets"]] != [w["key"] for w in manager["widgets"]]
    assert _payments(rep, "my-payments") == [(month, "CNY", 1, "100.00")]
    assert _payments(manager, "team-payments") == [(month, "CNY", 2, "120.00")]
    async with http_client(app, org.tokens["M2"]) as m2:
        assert _payments(await ok(await m2.get(HOME)), "team-payments") == [
            (month, "CNY", 1, "3.00")
        ]
    # A service agent may not read payments: that widget says so, the page still renders.
    (refused,) = [w for w in agent["widgets"] if w["key"] == "my-payments"]
    assert refused["result"] is None
    assert (refused["error"]["status"], refused["error"]["code"]) == (403, "forbidden")
    assert "payment:read" in refused["error"]["detail"]

    # A person's own home page comes first; then their role's; the built-in one last.
    team = {
        "name": "经理首页",
        "role_id": MANAGER_ROLE,
        "is_default": True,
        "widgets": [widget("cny", title=None, filters={"currency": "CNY"})],
    }
    team_page = await ok(await client.post(PATH, json=team), 201)
    async with http_client(app, org.tokens["M2"]) as m2:
        page = await ok(await m2.get(HOME))
    assert page["dashboard"] == {
        "id": team_page["id"],
        "name": "经理首页",
        "source": "role",
        "builtin": None,
    }
    assert page["widgets"][0]["title"] == STATISTICS["payments"].title
    assert _payments(page, "cny") == [(None, "CNY", 1, "3.00")]
    async with http_client(app, org.tokens["R1"]) as r1:
        assert (await ok(await r1.get(HOME)))["dashboard"]["source"] == "builtin"
        mine = {
            "name": "我的首页",
            "is_default": True,
            "widgets": [
                widget("usd", filters={"currency": "USD"}),
                widget("all", filters={}, position={"x": 6, "y": 0, "w": 6, "h": 4}),
            ],
        }
        own = await ok(await r1.post(PATH, json=mine), 201)
        page = await ok(await r1.get(HOME))
        assert page["dashboard"]["id"] == own["id"]
        assert page["dashboard"]["source"] == "personal"
        assert _payments(page, "usd") == []
        assert _payments(page, "all") == [(None, "CNY", 1, "100.00")]
        assert page["widgets"][1]["position"] == {"x": 6, "y": 0, "w": 6, "h": 4}
        rendered = await ok(await r1.get(f"{PATH}/{own['id']}/render"))
        assert rendered["dashboard"] == page["dashboard"]
        assert _payments(rendered, "all") == [(None, "CNY", 1, "100.00")]
        assert (await r1.get(f"{PATH}/{team_page['id']}/render")).status_code == 404
    async with http_client(app, org.tokens["M1"]) as m1:
        assert (await m1.get(f"{PATH}/{own['id']}/render")).status_code == 404
        page = await ok(await m1.get(f"{PATH}/{team_page['id']}/render"))
        assert _payments(page, "cny") == [(None, "CNY", 2, "120.00")]
    # A saved widget the caller may not run renders as its problem.
    async with http_client(app, org.tokens["S"]) as s:
        saved = await ok(await s.post(PATH, json={"name": "客服", "widgets": [widget()]}), 201)
        page = await ok(await s.get(f"{PATH}/{saved['id']}/render"))
        assert page["dashboard"]["source"] == "personal"
        (only,) = page["widgets"]
        assert only["result"] is None
        assert (only["error"]["status"], only["error"]["code"]) == (403, "forbidden")
