"""Customers and contacts: data rules, tiers, life cycle, the public pool, key accounts."""
