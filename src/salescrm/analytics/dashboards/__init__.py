"""Dashboards: saved definitions (which statistics, with which filters, where on the page) per
user and per role, the built-in defaults of a representative's, a manager's and a director's
home page, and one call that renders a dashboard with every widget's report."""
