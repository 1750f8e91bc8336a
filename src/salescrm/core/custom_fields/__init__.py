"""Custom fields: extra fields administrators define per resource (``docs/custom-fields.md``).

``models`` holds the definitions table and the ``HasCustomFields`` mixin a resource declares
itself with; ``values`` checks values on every write and builds the list filters and sort
keys; ``repository``, ``service``, ``schemas`` and ``router`` are the definitions resource
(``/api/v1/custom-fields``).
"""
