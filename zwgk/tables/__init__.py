"""Decomposition tables (任务分解表) as offices publish them: reading and writing
xlsx/csv, unit cells, deadline phrases, and the importer that drafts a plan.
"""
