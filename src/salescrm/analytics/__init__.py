"""Statistics and customer intelligence (requirements 1.2.3 and 1.3).

Every statistic is a ``registry.Statistic``: one SQL aggregation over the caller's data scope,
narrowed by the one shared filter set (``filters.StatFilters``), answered as a typed report at
``GET /api/v1/analytics/<name>`` and as CSV or XLSX at ``…/<name>/export``. Dashboards name
statistics with their filters; the router, the exports, the dashboards and the benchmark all
read the registry, so a later domain adds a statistic by registering it and nothing else.
"""
