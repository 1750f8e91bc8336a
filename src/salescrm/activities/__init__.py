"""Activities and field work: communication records, tasks and reminders, visits, timelines,
calendar feeds."""
