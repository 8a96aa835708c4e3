"""Plain data: the plan, the units directory, progress entries, findings and the
working-day calendar's schedules. No file I/O and no words a user reads: the layers
above choose the words.
"""
