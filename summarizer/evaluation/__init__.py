"""Evaluation: gold data, matching, metrics, runner, report."""
