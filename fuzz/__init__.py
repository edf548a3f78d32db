"""Fuzzing of the readers and the cleaning stage (issue 13, item 6): ``python -m fuzz.run``."""
