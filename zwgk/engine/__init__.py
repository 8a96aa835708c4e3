"""What the data means: working-day arithmetic, deadlines, obligations and who
holds them, the status of each, and the data of reports, notices and comparisons.
Engine functions take the plan, directory, entries and calendar and return values.
"""
