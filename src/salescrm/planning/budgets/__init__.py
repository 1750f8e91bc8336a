"""Sales expense budgets per department or territory, period and category, against the approved
expense claims.
"""
