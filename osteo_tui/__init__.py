"""osteo-tui: run group osteoporosis rehabilitation courses from the terminal."""

__version__ = "0.1.0"
