"""Pack content as Markdown for the browser and runner panes."""

from __future__ import annotations

from osteo_tui.core.lessons.model import CATEGORIES, Exercise, Pack, Segment, Session

__all__ = [
    "exercise_markdown",
    "library_markdown",
    "pack_markdown",
    "segment_markdown",
    "session_markdown",
]

_VERTEBRAL = {
    "ok": "Safe as written after a vertebral fracture.",
    "modify": "**After a vertebral fracture: modify.**",
    "avoid": "**After a vertebral fracture: avoid.**",
}


def _bullets(items: tuple[str, ...]) -> str:
    return "\n".join(f"- {item}" for item in items)


def pack_markdown(pack: Pack) -> str:
    minutes = sum(session.minutes for session in pack.sessions)
    lines = [
        f"# {pack.title}",
        f"*{pack.id} · version {pack.version} · language {pack.language} · "
        f"{len(pack.sessions)} sessions, {minutes} minutes in all*",
        "",
        f"**For:** {pack.audience}",
        "",
        pack.description,
        "",
        "## Sessions",
        "",
        _bullets(tuple(f"{s.number}. {s.title} ({s.minutes} min)" for s in pack.sessions)),
        "",
        "## Sources",
        "",
        _bullets(tuple(f"**{source.id}**: {source.citation}" for source in pack.sources)),
    ]
    return "\n".join(lines)


def session_markdown(session: Session) -> str:
    rows = ["| from | min | segment | kind |", "|---:|---:|---|---|"]
    elapsed = 0
    for segment in session.segments:
        rows.append(f"| {elapsed} | {segment.minutes} | {segment.title} | {segment.kind} |")
        elapsed += segment.minutes
    parts = [
        f"# Session {session.number}: {session.title}",
        f"*{session.minutes} minutes, {len(session.segments)} segments*",
        "## Aims",
        _bullets(session.aims),
    ]
    if session.preparation:
        parts += ["## Preparation", session.preparation]
    parts += ["## Plan", "\n".join(rows)]
    return "\n\n".join(parts)


def segment_markdown(pack: Pack, segment: Segment) -> str:
    parts = [f"# {segment.title}", f"*{segment.kind} · {segment.minutes} minutes*"]
    if segment.key_messages:
        parts += ["## Key messages", _bullets(segment.key_messages)]
    if segment.exercises:
        rows = ["| exercise | dosage | vertebral fracture |", "|---|---|---|"]
        for use in segment.exercises:
            exercise = pack.exercise(use.exercise_id)
            rows.append(
                f"| {exercise.name} | {use.dosage.describe()} | {exercise.vertebral_fracture} |"
            )
        parts += ["## Exercises", "\n".join(rows)]
    if segment.script:
        parts += ["## Script", segment.script]
    if segment.sources:
        parts += [f"*Sources: {', '.join(segment.sources)}*"]
    return "\n\n".join(parts)


def exercise_markdown(exercise: Exercise) -> str:
    steps = "\n".join(f"{number}. {step}" for number, step in enumerate(exercise.steps, 1))
    parts = [
        f"# {exercise.name}",
        f"*{exercise.category} · default dosage: {exercise.dosage.describe()}*",
    ]
    if exercise.equipment:
        parts += ["**Equipment:**", _bullets(exercise.equipment)]
    parts += [
        f"**Start position:** {exercise.start}",
        "## Steps",
        steps,
        "## Coaching cues",
        _bullets(exercise.cues),
        f"**Easier:** {exercise.easier}",
        f"**Harder:** {exercise.harder}",
    ]
    if exercise.precautions:
        parts += ["## Precautions", _bullets(exercise.precautions)]
    vertebral = _VERTEBRAL[exercise.vertebral_fracture]
    if exercise.vertebral_fracture_note:
        vertebral += f" {exercise.vertebral_fracture_note}"
    parts += ["## Vertebral fracture", vertebral]
    if exercise.sources:
        parts += [f"*Sources: {', '.join(exercise.sources)}*"]
    return "\n\n".join(parts)


def library_markdown(pack: Pack, category: str | None = None) -> str:
    """The library (or one category of it) as a table, in the order of the categories."""
    chosen = [e for e in pack.exercises if category in (None, e.category)]
    chosen.sort(key=lambda exercise: CATEGORIES.index(exercise.category))
    rows = ["| exercise | category | default dosage | vertebral fracture |", "|---|---|---|---|"]
    rows += [
        f"| {e.name} | {e.category} | {e.dosage.describe()} | {e.vertebral_fracture} |"
        for e in chosen
    ]
    title = f"Exercise library: {category}" if category else "Exercise library"
    return "\n\n".join([f"# {title}", f"*{len(chosen)} exercises*", "\n".join(rows)])
