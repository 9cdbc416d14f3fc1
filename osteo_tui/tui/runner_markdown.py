"""What the runner shows for the current segment: key messages, exercise cards, script."""

from __future__ import annotations

from osteo_tui.core.lessons import Pack, Segment

__all__ = ["runner_segment_markdown"]


def _exercise_cards(pack: Pack, segment: Segment) -> list[str]:
    cards = []
    for use in segment.exercises:
        exercise = pack.exercise(use.exercise_id)
        lines = [f"### {exercise.name} · {use.dosage.describe()}"]
        lines += [f"- {cue}" for cue in exercise.cues]
        if exercise.needs_vertebral_change and exercise.vertebral_fracture_note:
            advice = "Avoid" if exercise.vertebral_fracture == "avoid" else "Modify"
            lines.append(f"\n**Vertebral fracture — {advice}:** {exercise.vertebral_fracture_note}")
        cards.append("\n".join(lines))
    return cards


def runner_segment_markdown(pack: Pack, segment: Segment) -> str:
    parts = [f"## {segment.title}", f"*{segment.kind} · {segment.minutes} minutes*"]
    if segment.key_messages:
        parts.append("**Key messages**\n\n" + "\n".join(f"- {m}" for m in segment.key_messages))
    if segment.exercises:
        parts.append("**Exercises**")
        parts += _exercise_cards(pack, segment)
    if segment.script:
        parts += ["---", segment.script]
    return "\n\n".join(parts)
