"""The ledger on disk: where every file lives (layout), reading YAML safely, the
readers of the plan, units, progress and calendar files, loading a whole ledger
(with its cache), and the writers that append progress and record reorganisations.
"""
