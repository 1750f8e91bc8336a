"""schemathesis hooks for scripts/contract-fuzz: the few failures whose check is wrong for a
documented reason (docs/contract-testing.md), each dropped by its check *and* the exact problem
the server answered, never by operation or check alone.

Only ``positive_data_acceptance`` (ST202, "schema-valid request rejected") is narrowed, where
validity depends on state that no schema can state:

- ``bad_cursor``: ``cursor`` is an opaque, signed token that only a previous page hands out; any
  other string is rightly refused (422).
- ``idempotency_key_reused``: the fuzzer sends one ``Idempotency-Key`` with different bodies; the
  key's first request fixed what it means, so a different one is refused (422, as the IETF
  Idempotency-Key draft says).
- a reference to a record that does not exist (or is outside the caller's scope) in a body: 422
  naming the field, the documented rule; a schema says a field is a UUID, not that it exists.
- rules JSON Schema cannot state, each with an error type of its own: a period whose end is
  before its start or that is too long (``range_reversed``, ``period_too_long``: a schema cannot
  compare two fields); the shape of a pipeline's stages (``pipeline_stages``: one won, one
  lost, an open one, names unique without regard to case); a date within a window around
  today or after now (``date_out_of_window``: the schema is static, the clock is not); a
  customer's latitude without its longitude, or one null and the other not
  (``coordinates_pair``: the schema states that both are sent together, not that both are
  null together); a customer merged
  into itself (``self_merge``: the body against the path); a key-account plan for a customer
  that is not a key account (``not_key_account``: another record's state); an import file
  that is neither a workbook nor text (``unsupported_file``: a schema types a file as bytes),
  or whose column mapping names a header the file does not have, a field its target does not
  have, one field twice or leaves out the name column (``unknown_column``, ``unknown_field``,
  ``duplicate_column``, ``missing_column``: the headers are the file's content, the fields the
  target's); a customer tier that no tier record has (``unknown_tier``: tiers are records an
  administrator keeps under ``/customer-tiers``, named by code).
- ``phone_invalid``: a phone number in the form the schema states (``PHONE_PATTERN``) that does
  not exist in its country's numbering plan (or is not a mobile number where one is asked for).
  Which digit ranges are assigned is phone-plan data (libphonenumber's), not a pattern.
"""

from __future__ import annotations

import json
from typing import Any

import schemathesis

#: Error types (``errors[].type``) that depend on state or on rules no schema states, not on the
#: request's shape (each explained above and in docs/contract-testing.md).
STATEFUL_ERRORS = {
    "bad_cursor",
    "not_found",
    "range_reversed",
    "period_too_long",
    "pipeline_stages",
    "date_out_of_window",
    "coordinates_pair",
    "self_merge",
    "not_key_account",
    "unsupported_file",
    "unknown_column",
    "unknown_field",
    "duplicate_column",
    "missing_column",
    "unknown_tier",
    "phone_invalid",
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
    return not (errors and all(error.get("type") in STATEFUL_ERRORS for error in errors))
