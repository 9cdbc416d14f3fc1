"""Pack content as Markdown for the browser and runner panes."""

from __future__ import annotations

from osteo_tui.core import counts
from osteo_tui.core.lessons.labels import category_label, kind_label, vertebral_label
from osteo_tui.core.lessons.model import CATEGORIES, Exercise, Pack, Segment, Session
from osteo_tui.core.translation import N_, _, ngettext

__all__ = [
    "exercise_markdown",
    "library_markdown",
    "pack_markdown",
    "segment_markdown",
    "session_markdown",
]

_VERTEBRAL = {
    "ok": N_("Safe as written after a vertebral fracture."),
    "modify": N_("**After a vertebral fracture: modify.**"),
    "avoid": N_("**After a vertebral fracture: avoid.**"),
}


def _bullets(items: tuple[str, ...]) -> str:
    return "\n".join(f"- {item}" for item in items)


def pack_markdown(pack: Pack) -> str:
    minutes = sum(session.minutes for session in pack.sessions)
    about = _(
        "{id} · version {version} · language {language} · {sessions}, {minutes} minutes in all"
    ).format(
        id=pack.id,
        version=pack.version,
        language=pack.language,
        sessions=counts.sessions(len(pack.sessions)),
        minutes=minutes,
    )
    lines = [
        f"# {pack.title}",
        f"*{about}*",
        "",
        _("**For:** {audience}").format(audience=pack.audience),
        "",
        pack.description,
        "",
        "## " + _("Sessions"),
        "",
        _bullets(
            tuple(
                _("{number}. {title} ({minutes} min)").format(
                    number=s.number, title=s.title, minutes=s.minutes
                )
                for s in pack.sessions
            )
        ),
        "",
        *_tracks(pack),
        "## " + _("Sources"),
        "",
        _bullets(tuple(f"**{source.id}**: {source.citation}" for source in pack.sources)),
    ]
    return "\n".join(lines)


_DEFAULT_FOR = {
    "with-vertebral-fracture": N_("the default after a vertebral fracture"),
    "without-vertebral-fracture": N_("the default without a vertebral fracture"),
    "everyone": N_("the default for everyone"),
}


def _tracks(pack: Pack) -> list[str]:
    """The pack's tracks (a section and a blank line), or nothing when it has none."""
    items = []
    for track in pack.tracks:
        default = f" ({_(_DEFAULT_FOR[track.default_for])})" if track.default_for else ""
        about = f": {track.description}" if track.description else ""
        items.append(f"**{track.title}** `{track.id}`{default}{about}")
    return ["## " + _("Tracks"), "", _bullets(tuple(items)), ""] if items else []


def session_markdown(session: Session) -> str:
    heads = (_("from"), _("min"), _("segment"), _("kind"))
    rows = ["| {} | {} | {} | {} |".format(*heads), "|---:|---:|---|---|"]
    elapsed = 0
    for segment in session.segments:
        kind = kind_label(segment.kind)
        rows.append(f"| {elapsed} | {segment.minutes} | {segment.title} | {kind} |")
        elapsed += segment.minutes
    parts = [
        "# "
        + _("Session {number}: {title}").format(number=session.number, title=session.title),
        "*"
        + ngettext(
            "{minutes} minutes, {count} segment",
            "{minutes} minutes, {count} segments",
            len(session.segments),
        ).format(minutes=session.minutes, count=len(session.segments))
        + "*",
        "## " + _("Aims"),
        _bullets(session.aims),
    ]
    if session.preparation:
        parts += ["## " + _("Preparation"), session.preparation]
    parts += ["## " + _("Plan"), "\n".join(rows)]
    return "\n\n".join(parts)


def segment_markdown(pack: Pack, segment: Segment) -> str:
    about = _("{kind} · {minutes} minutes").format(
        kind=kind_label(segment.kind), minutes=segment.minutes
    )
    if segment.taught_by:
        about += f" · {segment.taught_by}"
    parts = [f"# {segment.title}", f"*{about}*"]
    if segment.key_messages:
        parts += ["## " + _("Key messages"), _bullets(segment.key_messages)]
    if segment.exercises:
        heads = [_("exercise"), _("dosage"), _("vertebral fracture")]
        if segment.split_by_track:
            heads.append(_("track"))
        rows = ["| " + " | ".join(heads) + " |", "|---" * len(heads) + "|"]
        for use in segment.exercises:
            exercise = pack.exercise(use.exercise_id)
            advice = vertebral_label(exercise.vertebral_fracture)
            cells = [exercise.name, use.dosage.describe(), advice]
            if segment.split_by_track:
                cells.append(", ".join(use.tracks) or _("everyone"))
            rows.append("| " + " | ".join(cells) + " |")
        parts += ["## " + _("Exercises"), "\n".join(rows)]
    if segment.script:
        parts += ["## " + _("Script"), segment.script]
    if segment.sources:
        parts += ["*" + _("Sources: {sources}").format(sources=", ".join(segment.sources)) + "*"]
    return "\n\n".join(parts)


def exercise_markdown(exercise: Exercise) -> str:
    steps = "\n".join(f"{number}. {step}" for number, step in enumerate(exercise.steps, 1))
    about = _("{category} · default dosage: {dosage}").format(
        category=category_label(exercise.category), dosage=exercise.dosage.describe()
    )
    parts = [f"# {exercise.name}", f"*{about}*"]
    if exercise.equipment:
        parts += [_("**Equipment:**"), _bullets(exercise.equipment)]
    parts += [
        _("**Start position:** {start}").format(start=exercise.start),
        "## " + _("Steps"),
        steps,
        "## " + _("Coaching cues"),
        _bullets(exercise.cues),
        _("**Easier:** {easier}").format(easier=exercise.easier),
        _("**Harder:** {harder}").format(harder=exercise.harder),
    ]
    if exercise.precautions:
        parts += ["## " + _("Precautions"), _bullets(exercise.precautions)]
    vertebral = _(_VERTEBRAL[exercise.vertebral_fracture])
    if exercise.vertebral_fracture_note:
        vertebral += f" {exercise.vertebral_fracture_note}"
    parts += ["## " + _("Vertebral fracture"), vertebral]
    if exercise.sources:
        parts += ["*" + _("Sources: {sources}").format(sources=", ".join(exercise.sources)) + "*"]
    return "\n\n".join(parts)


def library_markdown(pack: Pack, category: str | None = None) -> str:
    """The library (or one category of it) as a table, in the order of the categories."""
    chosen = [e for e in pack.exercises if category in (None, e.category)]
    chosen.sort(key=lambda exercise: CATEGORIES.index(exercise.category))
    heads = (_("exercise"), _("category"), _("default dosage"), _("vertebral fracture"))
    rows = ["| {} | {} | {} | {} |".format(*heads), "|---|---|---|---|"]
    rows += [
        f"| {e.name} | {category_label(e.category)} | {e.dosage.describe()} "
        f"| {vertebral_label(e.vertebral_fracture)} |"
        for e in chosen
    ]
    title = (
        _("Exercise library: {category}").format(category=category_label(category))
        if category
        else _("Exercise library")
    )
    return "\n\n".join([f"# {title}", f"*{counts.exercises(len(chosen))}*", "\n".join(rows)])
