"""The app's themes: dark, light and high contrast, for a laptop or a projector in daylight."""

from __future__ import annotations

from textual.theme import Theme

from osteo_tui.core.translation import N_

__all__ = ["THEMES", "THEME_LABELS", "THEME_NAMES"]

THEMES = [
    Theme(
        name="osteo-dark",
        primary="#5FA8D3",
        secondary="#8FD694",
        accent="#F4D35E",
        warning="#F4A259",
        error="#EE6352",
        success="#8FD694",
        background="#14181C",
        surface="#1C2228",
        panel="#232B33",
        dark=True,
    ),
    Theme(
        name="osteo-light",
        primary="#1D5F8A",
        secondary="#2E7D32",
        accent="#8A5A00",
        warning="#B35C00",
        error="#B00020",
        success="#2E7D32",
        background="#FAFAF7",
        surface="#FFFFFF",
        panel="#ECEFF1",
        foreground="#111111",
        dark=False,
    ),
    Theme(
        name="osteo-contrast",
        primary="#FFFF00",
        secondary="#00FFFF",
        accent="#FFFFFF",
        warning="#FFB000",
        error="#FF4040",
        success="#00FF00",
        background="#000000",
        surface="#000000",
        panel="#1A1A1A",
        foreground="#FFFFFF",
        dark=True,
        text_alpha=1.0,
        # High contrast means no faded text anywhere: "muted" and "disabled" text is white too,
        # and a footer key stands out in yellow.
        variables={
            "text-muted": "#FFFFFF",
            "text-disabled": "#D0D0D0",
            "footer-key-foreground": "#FFFF00",
        },
    ),
]
THEME_NAMES = [theme.name for theme in THEMES]
THEME_LABELS = {
    "osteo-dark": N_("dark"),
    "osteo-light": N_("light"),
    "osteo-contrast": N_("contrast"),
}
"""What the theme is called when it is switched to (translate with ``_``)."""
