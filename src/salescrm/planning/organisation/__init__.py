"""Organisation planning: headcount plans per department and period, recruitment requisitions
approved through the approval mechanism, branch offices and sales partners.
"""
