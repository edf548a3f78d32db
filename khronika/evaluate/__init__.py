"""Evaluation of khronika against annotated corpora (``factru``: factRuEval-2016)."""
