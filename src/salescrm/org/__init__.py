"""Organisation: departments (a tree), positions, employees, roles, sharing and staff changes."""
