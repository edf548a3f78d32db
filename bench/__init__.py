"""Measurements run by hand (``python -m bench.load_api``) and, time-bounded, by the tests."""
