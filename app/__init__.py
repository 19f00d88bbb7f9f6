"""Orientir: roadmaps, progress and evidence for schools with low results.

The package holds the domain and services (no Qt widgets); `python -m app` runs the program.
"""

__version__ = "0.1.0"
