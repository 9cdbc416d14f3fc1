"""What to remember from the course: a short list per session, not every key message."""

from __future__ import annotations

from dataclasses import replace

import pytest

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.lessons.model import Segment, Session
from osteo_tui.core.lessons.take_home import PER_SESSION, TEACHING_KINDS, take_home_messages


def _segment(kind: str, *messages: str) -> Segment:
    return Segment(title=kind, kind=kind, minutes=10, script="", key_messages=messages)


def test_the_first_message_of_each_teaching_segment() -> None:
    session = Session(
        number=1,
        title="First",
        minutes=80,
        aims=(),
        segments=(
            _segment("talk", "Bone is living tissue.", "Said in class only."),
            _segment("goal-setting", "A good goal is small."),
            _segment("measurement", "It is not a competition."),
            _segment("break"),
            _segment("exercise", "Hold on to a chair.", "Breathe."),
            _segment("practical", "Count your calcium."),
            _segment("discussion", "You are not alone."),
        ),
    )
    assert take_home_messages([session]) == [
        (
            session,
            (
                "Bone is living tissue.",
                "Hold on to a chair.",
                "Count your calcium.",
                "You are not alone.",
            ),
        )
    ]


def test_at_most_six_per_session_each_once_in_the_course() -> None:
    many = tuple(_segment("talk", f"Point {n}.") for n in range(10))
    first = Session(1, "One", 100, (), many)
    second = Session(2, "Two", 20, (), (_segment("talk", "point  1."), _segment("talk", "New.")))
    empty = Session(3, "Three", 10, (), (_segment("break"),))
    chosen = take_home_messages([second, empty, first])  # any order in, course order out
    assert [session.number for session, _ in chosen] == [1, 2]
    assert chosen[0][1] == tuple(f"Point {n}." for n in range(PER_SESSION))
    assert chosen[1][1] == ("New.",)  # "point  1." was said in session 1 already


@pytest.mark.parametrize("pack_id", ["luustokurssi-en", "luustokurssi-fi", "osteoporoseskole-da"])
def test_every_session_of_the_built_in_packs_has_a_short_list(
    builtin_catalog: PackCatalog, pack_id: str
) -> None:
    pack = builtin_catalog.get(pack_id).load()  # type: ignore[union-attr]
    chosen = take_home_messages(pack.sessions)
    assert [session.number for session, _ in chosen] == [s.number for s in pack.sessions]
    for session, messages in chosen:
        assert 3 <= len(messages) <= PER_SESSION < len(session.key_messages)
        teaching = [s for s in session.segments if s.kind in TEACHING_KINDS and s.key_messages]
        assert messages[0] == teaching[0].key_messages[0]
    total = sum(len(messages) for _, messages in chosen)
    assert total < sum(len(s.key_messages) for s in pack.sessions) / 2  # a short list


def test_a_session_without_teaching_messages_is_left_out() -> None:
    quiet = Session(1, "Quiet", 10, (), (replace(_segment("talk"), key_messages=()),))
    assert take_home_messages([quiet]) == []
