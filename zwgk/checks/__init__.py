"""Every finding code `zwgk validate` can report, in one registry grouped by subject;
`zwgk record` runs the same entry checks before it writes.
"""
