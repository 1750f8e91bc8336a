"""Training: plans and sessions with their attendees, attendance and results."""
