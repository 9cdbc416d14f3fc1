"""The pure domain core: no Textual, no reportlab.

Everything a screen can do is available here, so it can be unit-tested without a terminal.
"""
