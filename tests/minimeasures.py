"""A small valid ``measures.yaml`` for the mini pack (``tests.minipack``), for tests that break
it on purpose. Line numbers matter: the malformed-pack tests assert them."""

from __future__ import annotations

from tests.minipack import FILES

MEASURES_YAML = """\
schedule:
  start: [tug, fes]
  end: [tug, fes, feedback]
optional: [grip]
phrases:
  change: "Your {measure} went from {before} to {after}"
  same: "Your {measure} stayed at {after}"
  single: "Your {measure} was {after}"
  band: " — now {band}"
measures:
  - id: tug
    name: Timed Up and Go
    kind: seconds
    unit: s
    range: [1, 300]
    decimals: 2
    better: lower
    bands:
      - below: 12
        label: no sign of fall risk
      - from: 12
        label: a sign of fall risk
        flag: true
    sources: [ros2019]
  - id: fes
    name: Short FES-I
    kind: questionnaire
    range: [1, 4]
    better: lower
    items:
      - {id: dressing, name: Dressing}
      - {id: bathing, name: Bathing}
    bands:
      - {from: 2, below: 4, label: low}
      - {from: 4, label: high, flag: true}
  - id: grip
    name: Grip
    kind: kg
    range: [1, 100]
    better: higher
    norms:
      - {m: 27, f: 16}
    bands:
      - {below: norm, label: weak, flag: true}
      - {from: norm, label: strong}
  - id: feedback
    name: Feedback
    kind: evaluation
    range: [0, 10]
    items:
      - {id: useful, name: Useful}
      - {id: comment, name: Comment, type: text}
"""

MEASURED_FILES = {**FILES, "measures.yaml": MEASURES_YAML}
"""The mini pack with measures (its sessions take none)."""
