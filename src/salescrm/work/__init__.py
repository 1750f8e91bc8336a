"""Work management: approvals (and later journals, statuses, schedules and attendance)."""
