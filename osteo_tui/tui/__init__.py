"""The Textual app. Screens get what they need in ``__init__``; nothing reaches for globals."""
