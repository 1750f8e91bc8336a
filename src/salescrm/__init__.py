"""salescrm: sales-management and CRM backend."""

__version__ = "0.1.0"
