"""zwgk: a plain-text ledger for county government openness work (政务公开)."""

__version__ = "0.1.0"
