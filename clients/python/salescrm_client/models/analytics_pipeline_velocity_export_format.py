from enum import StrEnum


class AnalyticsPipelineVelocityExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"

    def __str__(self) -> str:
        return str(self.value)
