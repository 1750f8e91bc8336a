"""Personal information (PIPL): anonymising a contact or an individual customer on request, and
the audit of exports. Everything through the API: what a reader finds afterwards in the record,
lists, search, exports, the audit trail, the event outbox and sync, and what stays."""

from __future__ import annotations

import json
from typing import Any

import httpx

from salescrm.customers.privacy import ANONYMISED
from tests.activities.support import ACTIVITIES, activity
from tests.conftest import TestDatabase, http_client
from tests.customers.support import CONTACTS, CUSTOMERS, POLICY, create_customer, mobile
from tests.integrations.support import settled
from tests.org.support import staff_member
from tests.sales.support import deal, ok

AUDIT = "/api/v1/audit-events"
EVENTS = "/api/v1/events"
SYNC = "/api/v1/sync/changes"
NOTIFICATIONS = "/api/v1/notifications"
OPPORTUNITIES = "/api/v1/opportunities"


def placeholder(record_id: str) -> str:
    return f"{ANONYMISED}-{record_id.replace('-', '')[-8:]}"


def assert_forgotten(found: Any, secrets: list[str]) -> None:
    """None of the old personal values anywhere in what an API answered."""
    text = found if isinstance(found, str) else json.dumps(found, ensure_ascii=False)
    left = [secret for secret in secrets if secret.casefold() in text.casefold()]
    assert not left, (left, text[:2000])


async def anonymise(http: httpx.AsyncClient, path: str, **headers: str) -> httpx.Response:
    return await http.post(f"{path}/anonymise", headers=headers)


async def items(http: httpx.AsyncClient, path: str, **params: Any) -> list[dict[str, Any]]:
    body = await ok(await http.get(path, params={"limit": 200, **params}))
    found: list[dict[str, Any]] = body["items"]
    return found


async def audit_of(http: httpx.AsyncClient, resource: str, record_id: str) -> list[dict[str, Any]]:
    return await items(http, AUDIT, resource=resource, record_id=record_id)


async def export(http: httpx.AsyncClient, path: str, **params: Any) -> str:
    response = await http.get(f"{path}/export", params=params)
    assert response.status_code == 200, response.text
    return response.content.decode("utf-8-sig")


async def contact(http: httpx.AsyncClient, customer_id: str, **fields: Any) -> dict[str, Any]:
    payload = {"customer_id": customer_id, "name": "联系人", **fields}
    return await ok(await http.post(CONTACTS, json=payload), 201)


PERSON = {
    "name": "王小明",
    "title": "采购总监",
    "department": "采购部",
    "mobile": mobile(51),
    "phone": "010-6552 9988 转 123",
    "email": "wang.xiaoming@huaxin.cn",
    "wechat": "wxm_2026",
    "birthday": "1985-06-01",
    "notes": "喜欢打高尔夫",
    "buying_role": "decision_maker",
    "is_primary": True,
}
#: What of PERSON must not be found anywhere afterwards (numbers as E.164 and as dialled).
PERSON_SECRETS = [
    "王小明",
    "wangxiaoming",
    "采购总监",
    "采购部",
    "13900000051",
    "65529988",
    "wang.xiaoming",
    "wxm_2026",
    "1985-06-01",
    "高尔夫",
]


async def test_a_contact_is_anonymised_everywhere_and_its_business_stays(
    client: httpx.AsyncClient,
) -> None:
    company = await create_customer(client, "华信科技有限公司")
    person = await contact(client, company["id"], **PERSON)
    url = f"{CONTACTS}/{person['id']}"
    changed = await client.patch(url, json={"notes": "爱好:高尔夫、王小明的女儿在上海"})
    assert changed.status_code == 200, changed.text
    call = await activity(
        client, company["id"], contact_id=person["id"], contact_ids=[person["id"]]
    )

    response = await anonymise(client, url)

    assert response.status_code == 200, response.text
    body = response.json()
    assert response.headers["ETag"] == f'"{body["version"]}"'
    assert body["name"] == placeholder(person["id"])
    for field in ("title", "department", "mobile", "phone", "phone_extension", "email"):
        assert body[field] is None, field
    assert (body["wechat"], body["birthday"], body["notes"]) == (None, None, None)
    assert body["anonymised_at"] is not None
    # Business facts stay: the role in the deal, the primary flag, the customer.
    assert (body["buying_role"], body["is_primary"]) == ("decision_maker", True)
    assert body["customer_id"] == company["id"]
    assert (await ok(await client.get(url))) == body

    # Nothing of the person in lists, search, exports, the trail or the outbox.
    for q in ("王小明", "wangxiaoming", "wxm", "13900000051", "wang.xiaoming", "采购总监"):
        assert await items(client, CONTACTS, q=q) == [], q
    assert [c["id"] for c in await items(client, CONTACTS, q=ANONYMISED)] == [person["id"]]
    listed = await items(client, CONTACTS, customer_id=company["id"])
    assert_forgotten(listed, PERSON_SECRETS)
    exported = await export(client, CONTACTS)
    assert_forgotten(exported, PERSON_SECRETS)
    assert placeholder(person["id"]) in exported
    trail = await audit_of(client, "contact", person["id"])
    assert_forgotten(trail, PERSON_SECRETS)
    assert [e["action"] for e in reversed(trail)] == ["create", "update", "anonymise"]
    # The trail still says which columns changed, when and by whom; not to what.
    (entry,) = [e for e in trail if e["action"] == "anonymise"]
    assert entry["changes"]["name"] == [ANONYMISED, placeholder(person["id"])]
    assert entry["changes"]["mobile"] == [ANONYMISED, None]
    assert entry["changes"]["anonymised_at"][0] is None
    assert trail[-1]["changes"]["buying_role"] == [None, "decision_maker"]  # not personal
    published = await items(client, EVENTS, record_id=person["id"])
    assert [e["type"] for e in reversed(published)] == [
        "contact.created",
        "contact.updated",
        "contact.updated",
        "contact.anonymised",
    ]
    assert_forgotten(published, PERSON_SECRETS)
    assert all(e["data"]["name"] == placeholder(person["id"]) for e in published)

    # The activity that names the contact is kept and still points at it.
    kept = await ok(await client.get(f"{ACTIVITIES}/{call['id']}"))
    assert (kept["contact_id"], kept["contact_ids"]) == (person["id"], [person["id"]])


async def test_an_anonymised_contact_stays_editable_but_refuses_personal_data(
    client: httpx.AsyncClient,
) -> None:
    company = await create_customer(client, "华信科技有限公司")
    person = await contact(client, company["id"], **PERSON)
    url = f"{CONTACTS}/{person['id']}"
    done = await ok(await anonymise(client, url))

    for change in ({"name": "王小明"}, {"mobile": mobile(52)}, {"notes": "又来了"}):
        refused = await client.patch(url, json=change)
        assert refused.status_code == 409, refused.text
        assert refused.json()["code"] == "anonymised"
    # Sent back as they are (a client saving the whole record): nothing to refuse.
    same = await client.patch(url, json={"name": done["name"], "mobile": None, "notes": None})
    assert same.status_code == 200, same.text
    assert same.json()["version"] == done["version"]
    business = await client.patch(url, json={"buying_role": "influencer", "is_primary": False})
    assert business.status_code == 200, business.text
    trail = await audit_of(client, "contact", person["id"])
    assert trail[0]["action"] == "update"
    assert trail[0]["changes"]["buying_role"] == ["decision_maker", "influencer"]


INDIVIDUAL = {
    "kind": "individual",
    "short_name": "娜姐",
    "phones": [mobile(61), "021-6888 1234"],
    "email": "li.na@qq.com",
    "website": "https://lina-home.cn",
    "address": "上海市浦东新区世纪大道100号",
    "latitude": 31.2397,
    "longitude": 121.4998,
    "remarks": "住在陆家嘴,周末方便拜访",
    "industry": "个人消费",
    "city": "上海",
    "tags": ["高净值"],
}
INDIVIDUAL_SECRETS = [
    "李娜",
    "lina",
    "娜姐",
    "13900000061",
    "68881234",
    "li.na@qq.com",
    "lina-home",
    "世纪大道",
    "31.2397",
    "陆家嘴",
]


async def test_an_individual_customer_and_its_contacts_are_anonymised_together(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    start = await ok(await client.get(SYNC))
    person = await create_customer(client, "李娜", **INDIVIDUAL)
    url = f"{CUSTOMERS}/{person['id']}"
    spouse = await contact(client, person["id"], name="李娜的爱人", mobile=mobile(62))
    former = await contact(client, person["id"], name="李娜的助理", wechat="lina_assistant")
    assert (await client.delete(f"{CONTACTS}/{former['id']}")).status_code == 204
    followed = await client.post(
        f"{url}/follow-ups", json={"method": "phone", "note": "李娜下月签约"}
    )
    assert followed.status_code == 200, followed.text
    assert (await client.patch(url, json={"remarks": "李娜:VIP"})).status_code == 200
    opportunity = await deal(client, person["id"])
    visit_note = await activity(client, person["id"], contact_id=spouse["id"])
    rep, rep_token = await staff_member(
        app, client, "销售小赵", db.root_department_id, username="rep.zhao", roles=("sales_rep",)
    )
    moved = await client.post(
        f"{CUSTOMERS}/transfer", json={"customer_ids": [person["id"]], "to_employee_id": rep["id"]}
    )
    assert moved.status_code == 200, moved.text

    response = await anonymise(client, url)

    assert response.status_code == 200, response.text
    body = response.json()
    name = placeholder(person["id"])
    assert body["name"] == name
    assert body["phones"] == []
    for field in ("short_name", "credit_code", "email", "website", "address", "remarks"):
        assert body[field] is None, field
    assert (body["latitude"], body["longitude"]) == (None, None)
    assert body["anonymised_at"] is not None
    # The business stays: kind, owner, industry, region, tags.
    assert (body["kind"], body["owner_id"], body["industry"]) == (
        "individual",
        rep["id"],
        "个人消费",
    )
    assert (body["city"], body["tags"]) == ("上海", ["高净值"])
    # Its contacts went with it, the deleted one too.
    spouse_now = await ok(await client.get(f"{CONTACTS}/{spouse['id']}"))
    assert spouse_now["name"] == placeholder(spouse["id"])
    assert spouse_now["mobile"] is None
    assert spouse_now["anonymised_at"] is not None
    former_trail = await audit_of(client, "contact", former["id"])
    assert former_trail[0]["action"] == "anonymise"
    assert_forgotten(former_trail, ["李娜", "lina_assistant"])

    secrets = [*INDIVIDUAL_SECRETS, "13900000062", "lina_assistant"]
    for q in ("李娜", "lina", "13900000061", "68881234", "li.na", "娜姐"):
        assert await items(client, CUSTOMERS, q=q) == [], q
        assert await items(client, CONTACTS, q=q) == [], q
    assert_forgotten(await items(client, CUSTOMERS), secrets)
    assert_forgotten(await export(client, CUSTOMERS), secrets)
    assert_forgotten(await export(client, CONTACTS), secrets)
    assert_forgotten(await audit_of(client, "customer", person["id"]), secrets)
    for record_id in (person["id"], spouse["id"], former["id"]):
        assert_forgotten(await items(client, EVENTS, record_id=record_id), secrets)
    types = [e["type"] for e in await items(client, EVENTS, record_id=person["id"])]
    assert types[:2] == ["customer.anonymised", "customer.updated"]  # newest first
    # Sync hands out the payloads /events showed. (On PostgreSQL a pull reads below the oldest
    # transaction running anywhere on the server, which other test runs may hold open: what it
    # brings is checked, that it brings the customer only where nothing else can hold it.)
    await settled(db)
    pulled = await ok(await client.get(SYNC, params={"since": start["next_cursor"]}))
    assert_forgotten(pulled, secrets)
    synced = {c["id"]: c["data"] for c in pulled["changes"]}
    if db.engine_name == "sqlite" or synced:
        assert synced[person["id"]]["name"] == name
    # The timeline keeps its entries, not the words people wrote about the person.
    timeline = await items(client, f"{url}/events")
    (follow_up,) = [e for e in timeline if e["kind"] == "follow_up"]
    assert follow_up["reason"] == ANONYMISED
    assert_forgotten(timeline, secrets)
    # The new owner's notification about it no longer names the person.
    async with http_client(app, rep_token) as as_rep:
        inbox = await items(as_rep, NOTIFICATIONS)
    assert [n["title"] for n in inbox] == [f"Customer {name} was transferred to you"]
    # Duplicate detection no longer matches it: the same phone is a new customer now.
    again = await client.post(CUSTOMERS, json={"name": "李娜", "phones": [mobile(61)]})
    assert again.status_code == 201, again.text
    # Deals and activities stay and still point at it.
    kept = await ok(await client.get(f"{OPPORTUNITIES}/{opportunity['id']}"))
    assert kept["customer_id"] == person["id"]
    noted = await ok(await client.get(f"{ACTIVITIES}/{visit_note['id']}"))
    assert (noted["customer_id"], noted["contact_id"]) == (person["id"], spouse["id"])


async def test_a_company_is_refused(client: httpx.AsyncClient) -> None:
    company = await create_customer(client, "华信科技有限公司", phones=[mobile(70)])
    response = await anonymise(client, f"{CUSTOMERS}/{company['id']}")
    assert response.status_code == 409, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["code"] == "not_individual"
    assert (await ok(await client.get(f"{CUSTOMERS}/{company['id']}"))) == company


async def test_anonymising_is_idempotent_and_honours_if_match_and_idempotency_keys(
    client: httpx.AsyncClient,
) -> None:
    person = await create_customer(client, "赵磊", kind="individual", phones=[mobile(80)])
    url = f"{CUSTOMERS}/{person['id']}"
    stale = await anonymise(client, url, **{"If-Match": '"7"'})
    assert stale.status_code == 412, stale.text
    assert stale.headers["ETag"] == f'"{person["version"]}"'

    first = await anonymise(client, url, **{"If-Match": f'"{person["version"]}"'})
    assert first.status_code == 200, first.text
    events_after = len(await items(client, EVENTS, record_id=person["id"]))
    trail_after = len(await audit_of(client, "customer", person["id"]))

    second = await anonymise(client, url)
    assert second.status_code == 200, second.text
    assert second.json() == first.json()
    assert second.headers["ETag"] == first.headers["ETag"]
    assert len(await items(client, EVENTS, record_id=person["id"])) == events_after
    assert len(await audit_of(client, "customer", person["id"])) == trail_after

    # A contact added to the anonymised customer since is anonymised by the next call.
    later = await contact(client, person["id"], name="赵磊的秘书")
    third = await anonymise(client, url, **{"Idempotency-Key": "pipl-request-42"})
    assert third.status_code == 200, third.text
    assert third.json()["version"] == first.json()["version"]
    assert (await ok(await client.get(f"{CONTACTS}/{later['id']}")))["name"] == placeholder(
        later["id"]
    )
    replayed = await anonymise(client, url, **{"Idempotency-Key": "pipl-request-42"})
    assert replayed.status_code == 200, replayed.text
    assert replayed.headers["Idempotent-Replayed"] == "true"
    assert replayed.json() == third.json()


async def test_an_anonymised_customer_stays_workable_but_takes_no_personal_data(
    client: httpx.AsyncClient,
) -> None:
    policy = await ok(await client.get(POLICY))
    required = await client.patch(
        POLICY,
        json={"required_fields": {"individual": ["phones", "address"]}},
        headers={"If-Match": f'"{policy["version"]}"'},
    )
    assert required.status_code == 200, required.text
    person = await create_customer(
        client, "孙丽", kind="individual", phones=[mobile(90)], address="北京市朝阳区"
    )
    url = f"{CUSTOMERS}/{person['id']}"
    done = await ok(await anonymise(client, url))

    # Its personal fields stay empty although the policy requires them: business goes on.
    staged = await client.patch(url, json={"stage": "active", "remarks": None})
    assert staged.status_code == 200, staged.text
    for change in ({"name": "孙丽"}, {"phones": [mobile(90)]}, {"address": "北京"}):
        refused = await client.patch(url, json=change)
        assert refused.status_code == 409, refused.text
        assert refused.json()["code"] == "anonymised"
    assert (await client.patch(url, json={"name": done["name"], "phones": []})).status_code == 200

    # Nothing is merged into it (that would fill its fields); it may be merged into another.
    other = await create_customer(
        client, "孙丽(新)", kind="individual", phones=[mobile(91)], address="北京市海淀区"
    )
    into = await client.post(f"{url}/merge", json={"source_id": other["id"]})
    assert into.status_code == 409, into.text
    assert into.json()["code"] == "anonymised"
    away = await client.post(f"{CUSTOMERS}/{other['id']}/merge", json={"source_id": person["id"]})
    assert away.status_code == 200, away.text
    assert (away.json()["phones"], away.json()["address"]) == (["+8613900000091"], "北京市海淀区")


async def test_a_customer_merged_away_is_anonymised_in_its_target_timeline_too(
    client: httpx.AsyncClient,
) -> None:
    target = await create_customer(client, "周杰", kind="individual", phones=[mobile(95)])
    source = await create_customer(client, "周杰伦", kind="individual", phones=[mobile(96)])
    merged = await client.post(
        f"{CUSTOMERS}/{target['id']}/merge", json={"source_id": source["id"]}
    )
    assert merged.status_code == 200, merged.text

    # The source is deleted (merged away): its tombstone is anonymised all the same.
    response = await anonymise(client, f"{CUSTOMERS}/{source['id']}")
    assert response.status_code == 200, response.text
    timeline = await items(client, f"{CUSTOMERS}/{target['id']}/events", kind="merged")
    assert timeline[0]["details"]["source_name"] == placeholder(source["id"])
    assert_forgotten(await audit_of(client, "customer", source["id"]), ["周杰伦", "13900000096"])


async def test_anonymising_needs_its_permission(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    _, director_token = await staff_member(
        app, client, "总监", db.root_department_id, username="pipl.director",
        roles=("sales_director",),
    )  # fmt: skip
    person = await create_customer(client, "钱多多", kind="individual")
    company = await create_customer(client, "钱氏集团有限公司")
    someone = await contact(client, company["id"], name="钱经理")
    async with http_client(app, director_token) as director:
        # The director sees and changes every customer here but may not anonymise.
        assert (await director.get(f"{CUSTOMERS}/{person['id']}")).status_code == 200
        for path in (f"{CUSTOMERS}/{person['id']}", f"{CONTACTS}/{someone['id']}"):
            refused = await anonymise(director, path)
            assert refused.status_code == 403, refused.text
            assert "customer:anonymise" in refused.json()["detail"]
    assert (await ok(await client.get(f"{CUSTOMERS}/{person['id']}")))["anonymised_at"] is None


async def test_the_event_catalogue_names_the_anonymisations(client: httpx.AsyncClient) -> None:
    catalogue = (await ok(await client.get("/api/v1/event-types")))["resources"]
    assert "customer.anonymised" in catalogue["customer"]
    assert "contact.anonymised" in catalogue["contact"]
