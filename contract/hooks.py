"""schemathesis hooks for scripts/contract-fuzz: the few failures whose check is wrong for a
documented reason, each dropped by its check *and* the exact problem the server answered,
never by operation or check alone.

Only ``positive_data_acceptance`` (ST202, "schema-valid request rejected") is narrowed: a 422
whose errors are all of a type below, or whose problem code is below, where validity depends on
state (a record, an earlier request, the clock, a file's content) or on a rule that JSON Schema
cannot state (two fields compared). Each type names that one rule and nothing else, so no shape
error hides behind it. The reasons, one per type, are the table in docs/contract-testing.md.
"""

from __future__ import annotations

import json
from typing import Any

import schemathesis

#: Error types (``errors[].type``) that depend on state or on rules no schema states, not on the
#: request's shape (each explained in docs/contract-testing.md).
STATEFUL_ERRORS = {
    "bad_cursor",
    "not_found",
    "range_reversed",
    "period_too_long",
    "pipeline_stages",
    "date_out_of_window",
    "coordinates_pair",
    "stage_missing",
    "self_merge",
    "not_key_account",
    "unsupported_file",
    "empty_file",
    "unknown_column",
    "unknown_field",
    "duplicate_column",
    "missing_column",
    "unknown_tier",
    "phone_invalid",
    "email_invalid",
    "credit_code_invalid",
    "parent_required",
    "wrong_customer",
    "plan_total",
    "money_bounds",
    "wrong_password",
    "is_owner",
    "captured_in_future",
    "captured_before_check_in",
    "not_for_type",
    "options_required",
    "custom_field_type",
    "custom_field_unknown",
    "custom_field_archived",
    "custom_field_required",
    "custom_field_option",
    "custom_field_range",
    "reason_required",
    "bad_option",
    "approver_required",
    "role_required",
    "year_not_published",
    "form_type",
    "tier_overlap",
    "tier_gap",
    "tier_empty",
    "period_start_misaligned",
    "period_outside_plan",
    "subject_required",
    "subject_not_allowed",
    "whole_units",
    "parent_mismatch",
    "level_order",
    "owner_fixed",
    "duplicate_subject",
    "no_weights",
    "weight_required",
    "value_required",
    "product_required",
    "territory_cycle",
    "member_one_of",
    "holder_required",
    "trainer_ambiguous",
    "title_required",
    "not_own",
    "too_many_buckets",
    "filter_not_supported",
    "thresholds_out_of_order",
    "duplicate_key",
    "filter_invalid",
}
#: Problem codes that depend on earlier requests.
STATEFUL_PROBLEMS = {"idempotency_key_reused"}


def _problem(response: Any) -> dict[str, Any]:
    try:
        body = json.loads(response.content)
    except (ValueError, TypeError):
        return {}
    return body if isinstance(body, dict) else {}


@schemathesis.hook
def filter_failure(ctx: Any, failure: Any, case: Any, response: Any) -> bool:
    """Keep every failure except an ST202 whose 422 is one of the stateful refusals above."""
    if failure.code != "ST202" or response.status_code != 422:
        return True
    problem = _problem(response)
    if problem.get("code") in STATEFUL_PROBLEMS:
        return False
    errors = problem.get("errors") or []
    if errors and all(_null_from_a_link(error, case) for error in errors):
        return False
    return not (errors and all(error.get("type") in STATEFUL_ERRORS for error in errors))


def _null_from_a_link(error: dict[str, Any], case: Any) -> bool:
    """The stateful phase filled a path parameter from a response field that was null (a
    task's ``activity_id`` before it has one, a root territory's ``parent_id``) and sent the
    text ``None`` or ``null``: not a value the schema admits, so the 422 is right."""
    loc = error.get("loc") or []
    if len(loc) != 2 or loc[0] != "path" or error.get("type") != "uuid_parsing":
        return False
    value = (getattr(case, "path_parameters", None) or {}).get(loc[1])
    return str(value) in ("None", "null")
