"""The key messages a participant takes home: a short list per session, not every message.

A session of the built-in packs has 15-25 key messages, most of them for the trainer to say
in class ("What is said in the group stays in the group", "Bring a resistance band next
time"). The take-home summary keeps, for each session, the first key message of each segment
that teaches (a talk, discussion, practical or exercise segment; not the goal setting and
reviews, the measurements or the breaks), at most ``PER_SESSION`` of them, each only once in
the whole course. So a pack author puts the message a participant should remember first.
"""

from __future__ import annotations

from collections.abc import Iterable

from osteo_tui.core.lessons.model import Session

__all__ = ["PER_SESSION", "TEACHING_KINDS", "take_home_messages"]

PER_SESSION = 6
TEACHING_KINDS = ("talk", "discussion", "practical", "exercise")


def take_home_messages(sessions: Iterable[Session]) -> list[tuple[Session, tuple[str, ...]]]:
    """Each session (in number order) with the messages to take home; a session without
    any is left out."""
    seen: set[str] = set()
    found: list[tuple[Session, tuple[str, ...]]] = []
    for session in sorted(sessions, key=lambda session: session.number):
        messages: list[str] = []
        for segment in session.segments:
            if segment.kind not in TEACHING_KINDS or not segment.key_messages:
                continue
            message = segment.key_messages[0]
            key = " ".join(message.split()).casefold()
            if key in seen:
                continue
            seen.add(key)
            messages.append(message)
            if len(messages) == PER_SESSION:
                break
        if messages:
            found.append((session, tuple(messages)))
    return found
