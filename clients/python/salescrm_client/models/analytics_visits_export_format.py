from enum import StrEnum


class AnalyticsVisitsExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"

    def __str__(self) -> str:
        return str(self.value)
