"""Offline field work: records a phone captured earlier and sends later.

The mobile app records check-ins, check-outs and activities without a network and sends them
when it has one. Each then carries two times, both kept:

* ``captured_at`` — when the device recorded it (RFC 3339 with an offset): what the record is
  *about*. A check-in's ``check_in_at`` and an activity's ``captured_at`` are this time.
* the receipt — when the server got it (``check_in_received_at``; an activity's
  ``created_at``): the server's own clock, which no client sets.

Rules, checked before anything is written:

* a capture time more than ``FUTURE_TOLERANCE`` (5 minutes) after the receipt is impossible:
  422 ``captured_in_future`` naming the field;
* one older than ``SALESCRM_OFFLINE_MAX_AGE_HOURS`` (72) is a back-dated record, which needs
  ``visit:backdate`` / ``activity:backdate`` (managers): 403 otherwise.

**Clock skew** is a different question: not *how old* a record is (an old capture is normal
offline work, not an error), but whether the device's clock was wrong when it sent the
record. So the device sends its clock too (``device_now``, read when it sends): skew is
``device_now`` − receipt, in seconds, kept on the record (network latency makes it a few
seconds at most), and beyond ``SALESCRM_CLOCK_SKEW_MAX_SECONDS`` (300) the record is flagged
(``clock_skew_flagged``): a capture time read from a clock that was wrong is wrong by as much.
Without ``device_now`` the skew is unknown (null) and nothing is flagged. The capture time is
kept as the device said: correcting it by the skew would guess (the clock may have been set
between capture and sending), while the two figures let a reviewer judge.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from salescrm.core.clock import utcnow
from salescrm.core.errors import Forbidden, ValidationFailed
from salescrm.core.uow import Ctx

#: How far ahead of the server's clock a capture time may be (clocks differ a little).
FUTURE_TOLERANCE = timedelta(minutes=5)
CAPTURED_IN_FUTURE = "captured_in_future"


@dataclass(frozen=True)
class Capture:
    """When a record was captured and received, and the sending device's clock error."""

    at: datetime
    received_at: datetime
    skew_seconds: int | None
    skewed: bool


def capture(
    ctx: Ctx,
    *,
    captured_at: datetime | None,
    device_now: datetime | None,
    permission: str,
    field: str = "captured_at",
) -> Capture:
    """The capture of a record received now: ``captured_at`` checked (422 in the future, 403
    older than the offline limit without ``permission``), receipt time, skew. No capture time
    means captured as it is received (an online client)."""
    now = utcnow()
    at = now if captured_at is None else captured_at
    if at > now + FUTURE_TOLERANCE:
        raise ValidationFailed.field(
            ["body", field],
            "Lies more than 5 minutes after the server's time: is the device's clock right?",
            CAPTURED_IN_FUTURE,
        )
    max_age = timedelta(hours=ctx.settings.offline_max_age_hours)
    if now - at > max_age and not ctx.subject.can(permission):
        raise Forbidden(
            "capture_too_old",
            permission=permission,
            hours=f"{ctx.settings.offline_max_age_hours:g}",
        )
    skew = None if device_now is None else round((device_now - now).total_seconds())
    skewed = skew is not None and abs(skew) > ctx.settings.clock_skew_max_seconds
    return Capture(at=at, received_at=now, skew_seconds=skew, skewed=skewed)
