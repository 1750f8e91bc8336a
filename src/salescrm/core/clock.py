"""The one place that reads the wall clock, so tests and jobs agree on 'now' in UTC.

Times are stored and shown in UTC; what is "today" for due dates and overdue flags is the date
in the business time zone (``SALESCRM_TIMEZONE``, Asia/Shanghai by default), set at start-up.
"""

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

_business_zone = ZoneInfo("Asia/Shanghai")


def utcnow() -> datetime:
    return datetime.now(UTC)


def set_business_timezone(name: str) -> None:
    global _business_zone
    _business_zone = ZoneInfo(name)


def business_zone_name() -> str:
    """The IANA name of the business time zone (``Asia/Shanghai``)."""
    return _business_zone.key


def today() -> date:
    """Today's date where the business is (a due date on it is not overdue yet)."""
    return datetime.now(_business_zone).date()


def day_start(day: date) -> datetime:
    """The UTC instant at which a business day begins (its midnight where the business is)."""
    return datetime.combine(day, time.min, _business_zone).astimezone(UTC)


def wall_clock(day: date, at: time) -> datetime:
    """The UTC instant of a wall-clock time on a business day (a shift's start)."""
    return datetime.combine(day, at, _business_zone).astimezone(UTC)


def business_date(moment: datetime) -> date:
    """The business day an instant falls on."""
    return moment.astimezone(_business_zone).date()


def business_time(moment: datetime) -> datetime:
    """An instant as the business's wall clock shows it (for messages people read); in UTC
    at the very end of the calendar, where the local time would pass year 9999."""
    try:
        return moment.astimezone(_business_zone)
    except OverflowError:
        return moment.astimezone(UTC)
