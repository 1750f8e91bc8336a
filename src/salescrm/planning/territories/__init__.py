"""Territories: a tree of sales divisions, the people responsible for each, and the rules that
place customers in them.
"""
