"""Reading ``exercises.yaml``: the pack's exercise library."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from osteo_tui.core.lessons.dosage import DOSAGE_KEYS, read_dosage
from osteo_tui.core.lessons.fields import FieldReader
from osteo_tui.core.lessons.model import CATEGORIES, VERTEBRAL_ADVICE, Exercise
from osteo_tui.core.problems import Problem
from osteo_tui.core.translation import _
from osteo_tui.core.yaml_source import LineDict, LineList

__all__ = ["EXERCISE_KEYS", "read_library"]

EXERCISE_KEYS = (
    "id",
    "name",
    "category",
    "equipment",
    "start",
    "steps",
    "dosage",
    "cues",
    "easier",
    "harder",
    "precautions",
    "vertebral_fracture",
    "vertebral_fracture_note",
    "sources",
)
_REQUIRED = (
    "id",
    "name",
    "category",
    "start",
    "steps",
    "dosage",
    "cues",
    "easier",
    "harder",
    "precautions",
    "vertebral_fracture",
)


def read_library(
    path: Path, document: Any, problems: list[Problem]
) -> tuple[list[Exercise], dict[str, int], list[tuple[str, int]]]:
    """The exercises, the line of each id, and (source id, line) references to check later."""
    reader = FieldReader(path, problems)
    exercises: list[Exercise] = []
    id_lines: dict[str, int] = {}
    source_refs: list[tuple[str, int]] = []
    if not isinstance(document, LineList):
        reader.problem(
            1, _("exercises.yaml must be a list of exercises, each starting with '- id:'")
        )
        return exercises, id_lines, source_refs
    for index, item in enumerate(document):
        block = reader.block(item, document.line_of(index), _("an exercise"))
        if block is None:
            continue
        exercise = _read_exercise(reader, block)
        exercise_id = block.get("id")
        if isinstance(exercise_id, str):
            if exercise_id in id_lines:
                first = id_lines[exercise_id]
                reader.problem(
                    block.line_of("id"),
                    _("duplicate exercise id '{id}' (first at line {line})").format(
                        id=exercise_id, line=first
                    ),
                )
                continue
            id_lines[exercise_id] = block.line_of("id")
        source_refs.extend(_source_refs(reader, block))
        if exercise is not None:
            exercises.append(exercise)
    return exercises, id_lines, source_refs


def _source_refs(reader: FieldReader, block: LineDict) -> list[tuple[str, int]]:
    ids = reader.text_list(block, "sources")
    return [(source_id, block.line_of("sources")) for source_id in ids]


def _read_exercise(reader: FieldReader, block: LineDict) -> Exercise | None:
    before = len(reader.problems)
    if isinstance(block.get("id"), str):
        name = _("exercise '{id}'").format(id=block.get("id"))
    else:
        name = _("exercise '{id}'").format(id=_("this exercise"))
    reader.keys(block, EXERCISE_KEYS, _REQUIRED, name)
    exercise_id = reader.identifier(block, "id")
    category = reader.choice(block, "category", CATEGORIES)
    advice = reader.choice(block, "vertebral_fracture", VERTEBRAL_ADVICE)
    note = reader.text(block, "vertebral_fracture_note")
    if advice in ("modify", "avoid") and note is None and "vertebral_fracture_note" not in block:
        reader.problem(
            block.line_of("vertebral_fracture"),
            _(
                "'vertebral_fracture: {advice}' needs a 'vertebral_fracture_note' "
                "saying what to do instead"
            ).format(advice=advice),
        )
    dosage = None
    if "dosage" in block:
        dosage_block = reader.block(block["dosage"], block.line_of("dosage"), "'dosage'")
        if dosage_block is not None:
            reader.keys(dosage_block, DOSAGE_KEYS, (), "'dosage'")
            dosage = read_dosage(reader, dosage_block, "'dosage'")
    fields = {key: reader.text(block, key) for key in ("name", "start", "easier", "harder")}
    steps = reader.text_list(block, "steps")
    cues = reader.text_list(block, "cues")
    precautions = reader.text_list(block, "precautions", allow_empty=True)
    equipment = reader.text_list(block, "equipment", allow_empty=True)
    sources = reader.text_list(block, "sources", allow_empty=True)
    if len(reader.problems) > before or not (exercise_id and category and advice and dosage):
        return None
    return Exercise(
        id=exercise_id,
        name=fields["name"] or "",
        category=category,
        start=fields["start"] or "",
        steps=steps,
        dosage=dosage,
        cues=cues,
        easier=fields["easier"] or "",
        harder=fields["harder"] or "",
        precautions=precautions,
        vertebral_fracture=advice,
        vertebral_fracture_note=note,
        equipment=equipment,
        sources=sources,
    )
