"""Product rules: the generic CRUD flow; permissions ``product:read|write|delete``."""

from __future__ import annotations

from salescrm.catalog.models import Product
from salescrm.catalog.repository import ProductRepository
from salescrm.core.service import CrudService


class ProductService(CrudService[Product]):
    repository = ProductRepository
    permission = "product"
