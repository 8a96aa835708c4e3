"""Everything made for a reader: text filters and wording shared by templates,
Word and spreadsheets; the template sandbox; Word, spreadsheet, iCalendar and JSON
writers; the terminal's safe printing; output files that never overwrite a ledger.
"""
