"""Reviewing changes in git: the repository, what changed, history and blame,
who may change which file, the merge driver and `zwgk diff`.
"""
