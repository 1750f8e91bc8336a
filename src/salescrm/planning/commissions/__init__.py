"""Commissions: plans with rules and tiers, statements per employee and period, approval and
lock.
"""
