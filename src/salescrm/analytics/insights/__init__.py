"""Stored per-customer insights (issue 19): value (RFM, ABC, lifetime value, loyalty) computed in
one set-based pass, plus the steps other analyses register to run after it (churn risk)."""
