"""Benchmarks: python bench/run.py [--quick] runs them all (see docs/performance.md)."""
