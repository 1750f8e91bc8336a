"""Attachments: files uploaded to any record, readable and changeable through that record."""
