"""What the runner shows for the current segment: key messages, exercise cards, script."""

from __future__ import annotations

from osteo_tui.core.lessons import ExerciseUse, Pack, Segment
from osteo_tui.core.lessons.labels import kind_label
from osteo_tui.core.translation import _

__all__ = ["runner_segment_markdown"]


def _exercise_cards(pack: Pack, uses: tuple[ExerciseUse, ...]) -> list[str]:
    cards = []
    for use in uses:
        exercise = pack.exercise(use.exercise_id)
        lines = [f"### {exercise.name} · {use.dosage.describe()}"]
        lines += [f"- {cue}" for cue in exercise.cues]
        if exercise.needs_vertebral_change and exercise.vertebral_fracture_note:
            heading = (
                _("Vertebral fracture — Avoid:")
                if exercise.vertebral_fracture == "avoid"
                else _("Vertebral fracture — Modify:")
            )
            lines.append(f"\n**{heading}** {exercise.vertebral_fracture_note}")
        cards.append("\n".join(lines))
    return cards


def runner_segment_markdown(pack: Pack, segment: Segment) -> str:
    about = _("{kind} · {minutes} minutes").format(
        kind=kind_label(segment.kind), minutes=segment.minutes
    )
    if segment.taught_by:
        about += f" · {segment.taught_by}"
    parts = [f"## {segment.title}", f"*{about}*"]
    if segment.key_messages:
        parts.append(
            "**" + _("Key messages") + "**\n\n" + "\n".join(f"- {m}" for m in segment.key_messages)
        )
    if segment.split_by_track and pack.tracks:
        shared = tuple(use for use in segment.exercises if not use.tracks)
        if shared:
            parts.append("**" + _("Exercises for everyone") + "**")
            parts += _exercise_cards(pack, shared)
        for track in pack.tracks:
            own = tuple(use for use in segment.exercises if use.tracks and track.id in use.tracks)
            parts.append("**" + _("Track: {track}").format(track=track.title) + "**")
            parts += _exercise_cards(pack, own)
    elif segment.exercises:
        parts.append("**" + _("Exercises") + "**")
        parts += _exercise_cards(pack, segment.exercises)
    if segment.script:
        parts += ["---", segment.script]
    return "\n\n".join(parts)
