"""Integrations: webhooks over the event outbox (later: delta sync, the task queue)."""
