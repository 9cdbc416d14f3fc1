"""A picture for each exercise: a pose for every exercise of the built-in packs, and one per
category for exercises a trainer adds to their own pack."""

from __future__ import annotations

from dataclasses import replace

from reportlab.graphics.shapes import Drawing

from osteo_tui.core.lessons.model import Exercise
from osteo_tui.reports.figure import Pose, draw_pose
from osteo_tui.reports.figure_props import (
    arrow,
    bag,
    band,
    bed,
    chair_ahead,
    chair_facing,
    chair_front,
    chair_seat,
    circle_marks,
    door,
    footprints,
    mat,
    pillow,
    speed_lines,
    step,
    turn_arrow,
    wall,
    weights,
)

__all__ = ["CATEGORY_POSES", "EXERCISE_POSES", "exercise_drawing"]

# -- building blocks -------------------------------------------------------------------------

SEATED = Pose(
    near_leg=(92, 180),
    far_leg=(88, 182),
    near_arm=(172, 120),
    far_arm=(168, 125),
    hip_x=40,
    behind=(chair_seat(),),
)
AT_CHAIR = Pose(near_arm=(150, 125), far_arm=(146, 128), hip_x=36, behind=(chair_ahead(),))
WALKING = Pose(
    near_leg=(158, 176),
    far_leg=(200, 214),
    far_foot=115,
    near_arm=(206, 170),
    far_arm=(152, 120),
    torso=4,
)


def seated(**changes: object) -> Pose:
    return replace(SEATED, **changes)  # type: ignore[arg-type]


def at_chair(*front: object, **changes: object) -> Pose:
    return replace(AT_CHAIR, front=tuple(front), **changes)  # type: ignore[arg-type]


def walking(*front: object, **changes: object) -> Pose:
    return replace(WALKING, front=tuple(front), **changes)  # type: ignore[arg-type]


# -- the poses ---------------------------------------------------------------------------------

POSES: dict[str, Pose] = {
    "sit-to-stand": Pose(
        torso=38,
        near_leg=(112, 196),
        far_leg=(108, 198),
        near_arm=(118, 96),
        far_arm=(112, 100),
        hip_x=34,
        behind=(chair_seat(shift=5),),
        front=(arrow("shoulder", 0, 14, dx=-16, dy=-8),),
    ),
    "seated": SEATED,
    "seated-knee-extension": seated(
        near_leg=(92, 96),
        near_arm=(188, 190),
        far_arm=(184, 188),
        front=(turn_arrow("near_knee", 21, 160, 112),),
    ),
    "band-row": seated(
        near_arm=(205, 94),
        far_arm=(200, 96),
        front=(band(), arrow("near_elbow", 270, 13, dx=-4, dy=6)),
    ),
    "overhead-press": seated(
        near_arm=(62, 8),
        far_arm=(56, 12),
        front=(weights(), arrow("near_hand", 0, 11, dx=9, dy=-8)),
    ),
    "shoulder-blade-squeeze": seated(
        near_arm=(200, 110),
        far_arm=(196, 112),
        front=(arrow("shoulder", 270, 12, dx=-6, dy=-6),),
    ),
    "chin-tuck": seated(front=(arrow("head", 270, 12, dx=-9, dy=2),)),
    "seated-back-extension": seated(
        torso=-4,
        near_arm=(152, 330),
        far_arm=(150, 336),
        front=(arrow("head", 0, 12, dx=-13, dy=-2),),
    ),
    "shoulder-rolls": seated(
        front=(
            circle_marks("shoulder", 7, dx=-1, dy=-6),
            turn_arrow("shoulder", 7, 200, 330, dx=-1, dy=-6),
        )
    ),
    "heel-raise": at_chair(arrow("near_ankle", 0, 12, dx=-8, dy=2), near_foot=138, far_foot=140),
    "toe-raise": at_chair(arrow("near_toe", 0, 12, dx=5), near_foot=52, far_foot=55),
    "mini-squat": at_chair(
        arrow("hip", 180, 12, dx=-12),
        torso=22,
        near_leg=(150, 208),
        far_leg=(146, 210),
        near_arm=(130, 110),
        far_arm=(126, 112),
        hip_x=32,
    ),
    "back-knee-bend": at_chair(
        turn_arrow("near_knee", 15, 200, 290), near_leg=(182, 300), near_foot=210
    ),
    "side-leg-raise": Pose(
        facing_viewer=True,
        near_leg=(142, 180),
        far_leg=(184, 180),
        near_foot=120,
        far_foot=240,
        near_arm=(160, 190),
        far_arm=(222, 200),
        hip_x=58,
        behind=(chair_front(),),
        front=(arrow("near_ankle", 90, 12, dx=4, dy=6),),
    ),
    "feet-together-stand": at_chair(footprints("together")),
    "semi-tandem-stand": at_chair(footprints("semi-tandem")),
    "tandem-stand": at_chair(footprints("tandem")),
    "one-leg-stand": at_chair(footprints("one-leg"), far_leg=(128, 182)),
    "weight-shift": Pose(
        facing_viewer=True,
        near_leg=(164, 180),
        far_leg=(196, 180),
        near_foot=120,
        far_foot=240,
        near_arm=(150, 185),
        far_arm=(210, 175),
        hip_x=50,
        front=(arrow("hip", 270, 11, dx=-9, dy=6), arrow("hip", 90, 11, dx=9, dy=6)),
    ),
    "heel-drop": at_chair(arrow("near_ankle", 180, 11, dx=-9, dy=14), near_foot=140, far_foot=142),
    "small-jumps": at_chair(
        arrow("hip", 0, 11, dx=-14, dy=-6),
        arrow("hip", 180, 11, dx=-14, dy=-10),
        near_leg=(165, 195),
        far_leg=(162, 197),
        near_foot=130,
        far_foot=132,
        lift=5,
    ),
    "marching": Pose(
        near_leg=(92, 180),
        near_arm=(210, 175),
        far_arm=(140, 110),
        front=(arrow("near_knee", 0, 11, dx=4, dy=3),),
    ),
    "brisk-walking": walking(speed_lines()),
    "tandem-walk": walking(footprints("tandem"), near_leg=(168, 184), far_leg=(194, 204)),
    "heel-toe-walk": walking(footprints("tandem"), near_foot=60, far_foot=135),
    "backwards-walk": walking(arrow("hip", 270, 16, dx=-12, dy=-16)),
    "sideways-walk": Pose(
        facing_viewer=True,
        near_leg=(158, 180),
        far_leg=(188, 180),
        near_foot=120,
        far_foot=240,
        near_arm=(146, 185),
        far_arm=(214, 175),
        hip_x=42,
        front=(arrow("hip", 90, 16, dx=16, dy=14),),
    ),
    "walk-and-turn": walking(turn_arrow("hip", 8, 60, 330, dx=-20, dy=14)),
    "step-up": Pose(
        near_leg=(128, 184),
        far_leg=(190, 186),
        near_arm=(160, 110),
        far_arm=(150, 120),
        torso=8,
        behind=(step(),),
        front=(arrow("hip", 0, 14, dx=-14, dy=-2),),
    ),
    "wall-press-up": Pose(
        torso=28,
        near_leg=(206, 205),
        far_leg=(204, 203),
        near_arm=(94, 88),
        far_arm=(88, 86),
        hip_x=30,
        behind=(wall(),),
        front=(arrow("hip", 90, 12, dx=4, dy=-4),),
    ),
    "chest-opener": Pose(
        torso=6,
        near_leg=(166, 180),
        far_leg=(192, 186),
        near_arm=(90, 0),
        far_arm=(86, 4),
        hip_x=38,
        behind=(door(),),
    ),
    "prone-back-extension": Pose(
        torso=78,
        head=70,
        near_leg=(270, 270),
        far_leg=(268, 270),
        near_foot=180,
        far_foot=180,
        near_arm=(262, 268),
        far_arm=(258, 266),
        hip_x=52,
        lift=3,
        behind=(mat(), pillow()),
        front=(arrow("head", 0, 10, dx=2, dy=8),),
    ),
    "arm-leg-reach": Pose(
        torso=90,
        head=80,
        near_leg=(180, 270),
        far_leg=(272, 270),
        near_foot=270,
        far_foot=270,
        near_arm=(180, 180),
        far_arm=(86, 88),
        hip_x=38,
        lift=3,
        behind=(mat(),),
    ),
    "hip-hinge": at_chair(
        arrow("shoulder", 90, 12, dx=-10, dy=10),
        torso=58,
        near_leg=(166, 192),
        far_leg=(163, 194),
        near_arm=(150, 140),
        far_arm=(146, 142),
        hip_x=28,
    ),
    "safe-lifting": Pose(
        torso=28,
        near_leg=(112, 200),
        far_leg=(122, 206),
        near_arm=(160, 178),
        far_arm=(156, 176),
        hip_x=36,
        front=(bag(), arrow("hip", 0, 13, dx=-14, dy=4)),
    ),
    "bed-get-up": Pose(
        torso=272,
        head=275,
        near_leg=(50, 150),
        far_leg=(45, 152),
        near_foot=100,
        far_foot=100,
        near_arm=(120, 80),
        far_arm=(262, 268),
        hip_x=52,
        lift=24,
        behind=(bed(),),
        front=(turn_arrow("hip", 13, 330, 420, dy=4),),
    ),
    "floor-get-up": Pose(
        torso=22,
        near_leg=(108, 180),
        far_leg=(180, 270),
        far_foot=270,
        near_arm=(148, 150),
        far_arm=(144, 152),
        hip_x=34,
        lift=3,
        behind=(mat(), chair_facing()),
    ),
}

EXERCISE_POSES: dict[str, str] = {name: name for name in POSES}
CATEGORY_POSES: dict[str, str] = {
    "strength": "sit-to-stand",
    "balance": "one-leg-stand",
    "posture": "seated-back-extension",
    "impact": "marching",
    "mobility": "shoulder-rolls",
    "functional": "hip-hinge",
}


def exercise_drawing(exercise: Exercise, size: float) -> Drawing:
    """The picture for ``exercise``: its own pose, else its category's, else a seated one."""
    name = EXERCISE_POSES.get(exercise.id) or CATEGORY_POSES.get(exercise.category, "seated")
    return draw_pose(POSES[name], size)
