"""A stick figure drawn with reportlab.graphics from a few joint angles.

Angles are in degrees: 0 points up, 90 forward (to the right, where the figure faces),
180 down, 270 backward. A pose gives the direction of the torso and of each limb segment;
the figure is then stood on the floor (its lowest point on it) unless the pose lifts it.
The limbs on the far side are drawn lighter, so the figure reads as a side view.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, PolyLine, Shape
from reportlab.lib import colors

from osteo_tui.reports.fonts import REGULAR

__all__ = ["BODY", "FAR", "FLOOR", "Joints", "Pose", "draw_pose", "point"]

BODY = colors.HexColor("#0b3a75")
FAR = colors.HexColor("#8aa4cc")
GROUND = colors.HexColor("#6b6b6b")
FLOOR = 8.0
LIMB = 6.2
TORSO, NECK, HEAD = 27.0, 4.0, 6.6
THIGH, SHIN, FOOT = 20.0, 19.0, 7.0
UPPER_ARM, FOREARM = 14.0, 13.0

Point = tuple[float, float]
Joints = dict[str, Point]
Extra = Callable[[Joints], list[Shape]]


def point(start: Point, angle: float, length: float) -> Point:
    rad = math.radians(angle)
    return (start[0] + length * math.sin(rad), start[1] + length * math.cos(rad))


@dataclass(frozen=True)
class Pose:
    torso: float = 0.0
    head: float | None = None
    near_leg: tuple[float, float] = (180.0, 180.0)
    far_leg: tuple[float, float] = (180.0, 180.0)
    near_arm: tuple[float, float] = (182.0, 178.0)
    far_arm: tuple[float, float] = (178.0, 182.0)
    near_foot: float = 90.0
    far_foot: float = 90.0
    hip_x: float = 45.0
    lift: float = 0.0
    """Height of the lowest point above the floor (a mat, a bed, a jump)."""
    behind: tuple[Extra, ...] = field(default=())
    """Drawn before the figure: furniture, walls, mats."""
    front: tuple[Extra, ...] = field(default=())
    """Drawn after it: arrows, weights, footprints."""
    facing_viewer: bool = False
    """A front view: both sides drawn alike, "near" limbs on the right, "far" on the left."""


def joints(pose: Pose) -> Joints:
    """Every joint of ``pose``, standing on the floor (or ``lift`` above it)."""
    j: Joints = {"hip": (pose.hip_x, 0.0)}
    j["shoulder"] = point(j["hip"], pose.torso, TORSO)
    j["head"] = point(j["shoulder"], pose.torso if pose.head is None else pose.head, NECK + HEAD)
    for side, (thigh, shin), foot in (
        ("near", pose.near_leg, pose.near_foot),
        ("far", pose.far_leg, pose.far_foot),
    ):
        j[f"{side}_knee"] = point(j["hip"], thigh, THIGH)
        j[f"{side}_ankle"] = point(j[f"{side}_knee"], shin, SHIN)
        j[f"{side}_toe"] = point(j[f"{side}_ankle"], foot, FOOT)
    for side, (upper, fore) in (("near", pose.near_arm), ("far", pose.far_arm)):
        j[f"{side}_elbow"] = point(j["shoulder"], upper, UPPER_ARM)
        j[f"{side}_hand"] = point(j[f"{side}_elbow"], fore, FOREARM)
    lowest = min([y for name, (_, y) in j.items() if name != "head"] + [j["head"][1] - HEAD])
    shift = FLOOR + LIMB / 2 + pose.lift - lowest
    return {name: (x, y + shift) for name, (x, y) in j.items()}


def _limb(points: list[Point], colour: colors.Color) -> PolyLine:
    flat = [value for xy in points for value in xy]
    return PolyLine(flat, strokeColor=colour, strokeWidth=LIMB, strokeLineCap=1, strokeLineJoin=1)


def _body(j: Joints, facing_viewer: bool) -> list[Shape]:
    shapes: list[Shape] = []
    for side, colour in (("far", BODY if facing_viewer else FAR), ("near", BODY)):
        leg = [j["hip"], j[f"{side}_knee"], j[f"{side}_ankle"], j[f"{side}_toe"]]
        arm = [j["shoulder"], j[f"{side}_elbow"], j[f"{side}_hand"]]
        shapes.append(_limb(leg, colour))
        if side == "far":
            shapes.append(_limb(arm, colour))
        else:
            shapes.append(_limb([j["hip"], j["shoulder"]], BODY))
            shapes.append(Circle(*j["head"], HEAD, fillColor=BODY, strokeColor=None))
            shapes.append(_limb(arm, colour))
    return shapes


def draw_pose(pose: Pose, size: float) -> Drawing:
    """``pose`` in a square drawing ``size`` points wide."""
    j = joints(pose)
    group = Group()
    group.add(Line(2, FLOOR, 98, FLOOR, strokeColor=GROUND, strokeWidth=1.5))
    for extra in pose.behind:
        for shape in extra(j):
            group.add(shape)
    for shape in _body(j, pose.facing_viewer):
        group.add(shape)
    for extra in pose.front:
        for shape in extra(j):
            group.add(shape)
    scale = size / 100
    group.transform = (scale, 0, 0, scale, 0, 0)
    drawing = Drawing(size, size, initialFontName=REGULAR)
    drawing.add(group)
    return drawing
