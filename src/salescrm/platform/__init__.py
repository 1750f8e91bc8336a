"""Cross-cutting platform resources: the audit trail (later webhooks, sync, imports, files)."""
