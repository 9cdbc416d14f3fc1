"""A tiny valid lesson pack, written to a folder, for tests that break it on purpose.

Line numbers matter: the malformed-pack tests assert them, so edit with care.
"""

from __future__ import annotations

from pathlib import Path

PACK_YAML = """\
id: mini
title: Mini course
language: en
audience: Testers
version: 1.0.0
sessions: 2
sources:
  - id: ros2019
    citation: Royal Osteoporosis Society 2019.
"""

EXERCISES_YAML = """\
- id: sit-to-stand
  name: Sit to stand
  category: strength
  start: Sit on a chair.
  steps:
    - Stand up.
    - Sit down.
  dosage:
    sets: 2
    reps: 10
  cues:
    - Nose over toes.
  easier: Use your hands.
  harder: Arms crossed.
  precautions: []
  vertebral_fracture: ok
  sources: [ros2019]
- id: small-jumps
  name: Small jumps
  category: impact
  start: Stand tall.
  steps:
    - Jump.
  dosage:
    reps: 10
  cues:
    - Land softly.
  easier: March.
  harder: Higher.
  precautions:
    - Not after a vertebral fracture.
  vertebral_fracture: avoid
  vertebral_fracture_note: March instead.
"""

SESSION_1 = """\
---
session: 1
title: First
minutes: 30
aims:
  - Learn.
---

Bring chairs.

## Welcome
kind: talk
minutes: 10
key_messages:
  - Hello.

Good morning.

## Exercise
kind: exercise
minutes: 20
exercises:
  - exercise: sit-to-stand
    sets: 1
    reps: 8
  - exercise: small-jumps

Let's move.
"""

SESSION_2 = """\
---
session: 2
title: Second
minutes: 15
aims: [Practise.]
---

## Practice
kind: exercise
minutes: 15
exercises:
  - exercise: sit-to-stand

Again.
"""

FILES = {
    "pack.yaml": PACK_YAML,
    "exercises.yaml": EXERCISES_YAML,
    "sessions/01-first.md": SESSION_1,
    "sessions/02-second.md": SESSION_2,
}


def write_minipack(root: Path, files: dict[str, str] | None = None) -> Path:
    """Write the pack (or the given variant of its files) to ``root / "mini"``."""
    folder = root / "mini"
    for name, text in (files or FILES).items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder
