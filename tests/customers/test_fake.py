"""The fake-data generator: what it makes is accepted by the API and looks like real data."""

from __future__ import annotations

import json
import uuid
from collections import Counter
from typing import Any

import phonenumbers
import pytest

from salescrm.customers import fake, rules
from salescrm.customers.schemas import ContactCreate, CustomerCreate

N = 500
LEGAL_ENDINGS = ("有限公司", "有限责任公司", "股份有限公司", "集团有限公司", "分公司")


@pytest.fixture(scope="module")
def generated() -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    faker = fake.CustomerFaker(2026)
    out = []
    for _ in range(N):
        customer = faker.customer()
        out.append((customer, faker.contacts(customer, str(uuid.uuid4()))))
    return out


def _number(e164: str) -> phonenumbers.PhoneNumber:
    number = phonenumbers.parse(e164)
    assert phonenumbers.is_valid_number(number), e164
    assert phonenumbers.region_code_for_number(number) == "CN", e164
    return number


def _is_mobile(e164: str) -> bool:
    kind = phonenumbers.number_type(_number(e164))
    return kind in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )


def test_customers_and_contacts_pass_the_api_schemas(
    generated: list[tuple[dict[str, Any], list[dict[str, Any]]]],
) -> None:
    for customer, contacts in generated:
        json.dumps(customer)  # sendable as it is
        parsed = CustomerCreate.model_validate(customer)
        # Nothing was normalised away: the generator already writes what the API stores.
        assert parsed.phones == customer["phones"]
        assert parsed.credit_code == customer.get("credit_code")
        assert parsed.model_dump(exclude_unset=True).keys() == customer.keys()
        for contact in contacts:
            json.dumps(contact)
            parsed_contact = ContactCreate.model_validate(contact)
            assert parsed_contact.mobile == contact.get("mobile")
            assert parsed_contact.phone == contact.get("phone")


def test_credit_codes_are_valid_and_regional(
    generated: list[tuple[dict[str, Any], list[dict[str, Any]]]],
) -> None:
    codes = [c["credit_code"] for c, _ in generated if "credit_code" in c]
    assert len(codes) > N * 0.8
    assert len(set(codes)) == len(codes)
    admin_codes = {city.admin_code: city for city in fake.CITIES}
    by_code = {c["credit_code"]: c for c, _ in generated if "credit_code" in c}
    for code in codes:
        assert rules.normalize_credit_code(code) == code
        assert code[:2] == "91"  # market regulation, enterprise
        assert admin_codes[code[2:8]].name == by_code[code]["city"]
        organisation = code[8:17]
        assert fake.org_code_check_char(organisation[:8]) == organisation[8]
    assert any(code[8:10] == "MA" for code in codes)  # issued since 2015
    assert any(code[8:10].isdigit() for code in codes)  # older organisation codes
    # A wrong character anywhere is caught by the check character.
    with pytest.raises(ValueError, match="check character"):
        rules.normalize_credit_code(
            codes[0][:5] + ("1" if codes[0][5] != "1" else "2") + codes[0][6:]
        )


def test_phone_numbers_are_real_chinese_numbers(
    generated: list[tuple[dict[str, Any], list[dict[str, Any]]]],
) -> None:
    cities = {city.name: city for city in fake.CITIES}
    for customer, contacts in generated:
        city = cities[customer["city"]]
        for phone in customer["phones"]:
            assert rules.normalize_phone(phone) == (phone, None)
        if customer["kind"] == "company":  # the switchboard, in the customer's city
            switchboard = customer["phones"][0]
            assert not _is_mobile(switchboard)
            assert switchboard.startswith(f"+86{city.area_code}")
        else:
            assert _is_mobile(customer["phones"][0])
        for contact in contacts:
            if "mobile" in contact:
                assert rules.normalize_mobile(contact["mobile"]) == contact["mobile"]
                assert contact["mobile"][3:6] in fake.MOBILE_PREFIXES.values
            if "phone" in contact:
                assert not _is_mobile(contact["phone"])
                assert contact["phone"].startswith(f"+86{city.area_code}")
    # Every city's landlines are valid (the local number length differs by area code).
    faker = fake.CustomerFaker(7)
    for city in fake.CITIES:
        for _ in range(5):
            assert not _is_mobile(faker.landline(city))


def test_the_data_looks_like_a_real_customer_base(
    generated: list[tuple[dict[str, Any], list[dict[str, Any]]]],
) -> None:
    customers = [c for c, _ in generated]
    companies = [c for c in customers if c["kind"] == "company"]
    individuals = [c for c in customers if c["kind"] == "individual"]
    assert 0.03 < len(individuals) / N < 0.15
    assert len({c["name"] for c in companies}) > len(companies) * 0.98
    for company in companies:
        assert company["name"].endswith(LEGAL_ENDINGS), company["name"]
        assert company["short_name"][:2] in company["name"]
        assert company["industry"]
    for person in individuals:
        assert 2 <= len(person["name"]) <= 4
        assert "credit_code" not in person
    tiers = Counter(c["tier"] for c in customers)
    assert set(tiers) == {"A", "B", "C", "D"}
    assert tiers["A"] < tiers["B"] < tiers["C"]  # few top customers, many ordinary ones
    assert tiers["A"] / N < 0.12
    assert set(Counter(c["stage"] for c in customers)) == {
        "prospect",
        "new",
        "active",
        "loyal",
        "at_risk",
        "churned",
    }
    assert {c["region"] for c in customers} == set(fake.REGIONS)
    assert len({c["source"] for c in customers}) >= 8
    assert any(c["tags"] for c in customers)
    assert any(not c["tags"] for c in customers)
    strategic = [c for c in customers if c["strategic"]]
    assert strategic
    assert all(c["tier"] in ("A", "B") for c in strategic)
    for customer in customers:
        city = next(x for x in fake.CITIES if x.name == customer["city"])
        assert customer["province"] == city.province
        assert customer["region"] == city.region
        assert customer["district"] in city.districts


def test_contacts_one_primary_each(
    generated: list[tuple[dict[str, Any], list[dict[str, Any]]]],
) -> None:
    counts = Counter(len(contacts) for _, contacts in generated)
    assert set(counts) == {1, 2, 3}
    for customer, contacts in generated:
        assert [c["is_primary"] for c in contacts].count(True) == 1
        assert contacts[0]["is_primary"]
        if customer["kind"] == "individual":
            assert contacts[0]["name"] == customer["name"]
    people = [c for _, contacts in generated for c in contacts]
    assert len({c["title"] for c in people if "title" in c}) >= 10
    assert {c["buying_role"] for c in people} == {
        "decision_maker",
        "influencer",
        "user",
        "gatekeeper",
    }
    surnames = Counter(c["name"][0] for c in people)
    assert surnames.most_common(1)[0][0] in "王李张刘陈"  # the commonest surnames lead
    company_domains = {
        c["email"].split("@")[1] for c, _ in generated if c["kind"] == "company" and "email" in c
    }
    assert any(c.get("email", "").split("@")[-1] in company_domains for c in people)


def test_the_same_seed_gives_the_same_data() -> None:
    def draw(seed: int) -> list[Any]:
        faker = fake.CustomerFaker(seed)
        out: list[Any] = []
        for _ in range(50):
            customer = faker.customer()
            out.append(customer)
            out.extend(faker.contacts(customer, "id"))
        return out

    assert draw(1) == draw(1)
    assert draw(1) != draw(2)


def test_territory_and_kind_can_be_chosen() -> None:
    faker = fake.CustomerFaker(3)
    south = [faker.customer(provinces=["广东省", "海南省"]) for _ in range(50)]
    assert {c["province"] for c in south} <= {"广东省", "海南省"}
    assert all(faker.customer(kind="individual")["kind"] == "individual" for _ in range(10))
    with pytest.raises(ValueError, match="no city"):
        faker.customer(provinces=["火星"])
