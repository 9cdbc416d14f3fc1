"""What goes around a stick figure: chairs, walls, mats, bands, arrows and footprints.

Each maker returns a function of the figure's joints, so a chair stands where the figure
sits or holds it, whatever the pose.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Ellipse, Line, Path, Polygon, Rect, Shape
from reportlab.lib import colors

from osteo_tui.reports.figure import FLOOR, LIMB, Extra, Joints, Point, point

__all__ = [
    "arrow",
    "bag",
    "band",
    "bed",
    "chair_ahead",
    "chair_facing",
    "chair_front",
    "chair_seat",
    "circle_marks",
    "door",
    "footprints",
    "mat",
    "pillow",
    "speed_lines",
    "step",
    "turn_arrow",
    "wall",
    "weights",
]

WOOD = colors.HexColor("#7a5a32")
SOFT = colors.HexColor("#d9cbb0")
MOVE = colors.HexColor("#c2410c")
SEAT = FLOOR + 25


def _chair(back_x: float, seat_y: float, depth: float, back_top: float) -> list[Shape]:
    """A chair in side view: backrest at ``back_x``, seat ``depth`` long (negative: the seat
    lies to the left of the backrest)."""
    front_x = back_x + depth
    style = {"strokeColor": WOOD, "strokeWidth": 2.6, "strokeLineCap": 1}
    return [
        Line(back_x, FLOOR, back_x, back_top, **style),
        Line(back_x, seat_y, front_x, seat_y, **{**style, "strokeWidth": 3.4}),
        Line(front_x, FLOOR, front_x, seat_y, **style),
    ]


def chair_seat(shift: float = 0.0) -> Extra:
    """A chair the figure sits on, backrest behind it; ``shift`` moves it back (a figure
    rising from it)."""

    def make(j: Joints) -> list[Shape]:
        hip_x, hip_y = j["hip"]
        seat_y = min(hip_y - LIMB / 2 - 1.2, SEAT) if not shift else SEAT
        back = hip_x - 9 - shift
        return _chair(back, seat_y, 22, seat_y + 27)

    return make


def chair_ahead(hand: str = "near_hand") -> Extra:
    """A chair the figure stands behind, holding the top of its backrest."""

    def make(j: Joints) -> list[Shape]:
        x, y = j[hand]
        return _chair(x + 1.5, SEAT, 18, y - 1)

    return make


def chair_facing(hand: str = "near_hand") -> Extra:
    """A chair facing the figure, its seat under the figure's hands."""

    def make(j: Joints) -> list[Shape]:
        x, y = j[hand]
        seat = y - LIMB / 2 - 1
        return _chair(x + 16, seat, -18, seat + 27)

    return make


def chair_front(hand: str = "far_hand") -> Extra:
    """A chair seen from the front beside the figure, held at the top of its backrest."""

    def make(j: Joints) -> list[Shape]:
        x, y = j[hand]
        style = {"strokeColor": WOOD, "strokeWidth": 2.6, "strokeLineCap": 1}
        return [
            Line(x - 7, FLOOR, x - 7, y - 1, **style),
            Line(x + 7, FLOOR, x + 7, y - 1, **style),
            Line(x - 8, y - 1, x + 8, y - 1, **{**style, "strokeWidth": 3.4}),
            Line(x - 7, SEAT, x + 7, SEAT, **{**style, "strokeWidth": 3.4}),
        ]

    return make


def wall(hand: str = "near_hand") -> Extra:
    def make(j: Joints) -> list[Shape]:
        x = j[hand][0] + LIMB / 2 + 1.5
        return [Rect(x, FLOOR, 6, 90, fillColor=SOFT, strokeColor=WOOD, strokeWidth=1.2)]

    return make


def door(hand: str = "near_hand") -> Extra:
    def make(j: Joints) -> list[Shape]:
        x = j[hand][0] + LIMB / 2 + 0.5
        return [
            Rect(x, FLOOR, 4, 86, fillColor=SOFT, strokeColor=WOOD, strokeWidth=1.2),
            Rect(x, FLOOR + 86, 20, 4, fillColor=SOFT, strokeColor=WOOD, strokeWidth=1.2),
        ]

    return make


def mat(left: float = 6, right: float = 94) -> Extra:
    def make(j: Joints) -> list[Shape]:
        return [Rect(left, FLOOR, right - left, 3, fillColor=SOFT, strokeColor=WOOD)]

    return make


def bed(height: float = 24) -> Extra:
    def make(j: Joints) -> list[Shape]:
        style = {"strokeColor": WOOD, "strokeWidth": 2.6}
        return [
            Rect(4, FLOOR + height - 7, 84, 7, fillColor=SOFT, strokeColor=WOOD),
            Line(7, FLOOR, 7, FLOOR + height - 7, **style),
            Line(85, FLOOR, 85, FLOOR + height - 7, **style),
        ]

    return make


def pillow() -> Extra:
    def make(j: Joints) -> list[Shape]:
        x, y = j["hip"]
        return [Ellipse(x + 4, y - 4, 9, 3.5, fillColor=SOFT, strokeColor=WOOD)]

    return make


def step(foot: str = "near") -> Extra:
    """A low step under one foot."""

    def make(j: Joints) -> list[Shape]:
        ankle_x, ankle_y = j[f"{foot}_ankle"]
        top = ankle_y - LIMB / 2
        return [Rect(ankle_x - 7, FLOOR, 24, top - FLOOR, fillColor=SOFT, strokeColor=WOOD)]

    return make


def band(to_x: float = 97) -> Extra:
    def make(j: Joints) -> list[Shape]:
        x, y = j["near_hand"]
        return [
            Line(x, y, to_x, y + 1, strokeColor=MOVE, strokeWidth=1.8),
            Rect(to_x - 1, y - 4, 3, 10, fillColor=WOOD, strokeColor=None),
        ]

    return make


def weights() -> Extra:
    def make(j: Joints) -> list[Shape]:
        return [
            Circle(*j[hand], 3.6, fillColor=WOOD, strokeColor=None)
            for hand in ("far_hand", "near_hand")
        ]

    return make


def bag() -> Extra:
    def make(j: Joints) -> list[Shape]:
        x, y = j["near_hand"]
        return [
            Rect(x - 6, y - 16, 12, 12, fillColor=SOFT, strokeColor=WOOD, strokeWidth=1.5),
            Line(x - 3, y - 4, x, y, strokeColor=WOOD, strokeWidth=1.5),
            Line(x + 3, y - 4, x, y, strokeColor=WOOD, strokeWidth=1.5),
        ]

    return make


def _head(tip: Point, angle: float, size: float = 5.5) -> Polygon:
    left = point(tip, angle + 180 - 28, size)
    right = point(tip, angle + 180 + 28, size)
    return Polygon([*tip, *left, *right], fillColor=MOVE, strokeColor=None)


def arrow(at: str, angle: float, length: float = 13, dx: float = 0, dy: float = 0) -> Extra:
    """A straight arrow pointing in ``angle``, starting ``(dx, dy)`` from joint ``at``."""

    def make(j: Joints) -> list[Shape]:
        start = (j[at][0] + dx, j[at][1] + dy)
        tip = point(start, angle, length)
        shaft_end = point(start, angle, length - 3)
        return [
            Line(*start, *shaft_end, strokeColor=MOVE, strokeWidth=2.2, strokeLineCap=1),
            _head(tip, angle),
        ]

    return make


def turn_arrow(
    at: str, radius: float, start: float, end: float, dx: float = 0, dy: float = 0
) -> Extra:
    """A curved arrow around joint ``at``, from angle ``start`` to ``end`` (clockwise when
    ``end`` > ``start``)."""

    def make(j: Joints) -> list[Shape]:
        centre = (j[at][0] + dx, j[at][1] + dy)
        steps = 18
        angles = [start + (end - start) * n / steps for n in range(steps + 1)]
        points = [point(centre, a, radius) for a in angles]
        path = Path(strokeColor=MOVE, strokeWidth=2.2, fillColor=None, strokeLineCap=1)
        path.moveTo(*points[0])
        for xy in points[1:-1]:
            path.lineTo(*xy)
        tangent = angles[-1] + (90 if end > start else -90)
        return [path, _head(points[-1], tangent)]

    return make


def speed_lines() -> Extra:
    def make(j: Joints) -> list[Shape]:
        x, y = j["hip"]
        return [
            Line(x - 20, y + dy, x - 13 + abs(dy) / 3, y + dy, strokeColor=MOVE, strokeWidth=1.6)
            for dy in (-8, 2, 12)
        ]

    return make


_STANCES: dict[str, list[tuple[float, float]]] = {
    # foot centres (x across, y forward) in the inset, left foot first
    "together": [(-3.2, 0), (3.2, 0)],
    "semi-tandem": [(-3.2, -5), (3.2, 5)],
    "tandem": [(0, -7.5), (0, 7.5)],
    "one-leg": [(0, 0)],
    "apart": [(-6, 0), (6, 0)],
}


def footprints(stance: str) -> Extra:
    """Where the feet go, seen from above, in a small box at the top right."""

    def make(j: Joints) -> list[Shape]:
        cx, cy = 86.0, 82.0
        shapes: list[Shape] = [
            Rect(
                cx - 11,
                cy - 15,
                22,
                30,
                rx=3,
                ry=3,
                fillColor=colors.white,
                strokeColor=colors.HexColor("#5a6b85"),
                strokeWidth=1,
            )
        ]
        for fx, fy in _STANCES[stance]:
            shapes.append(
                Ellipse(
                    cx + fx,
                    cy + fy,
                    2.7,
                    6.2,
                    fillColor=colors.HexColor("#0b3a75"),
                    strokeColor=None,
                )
            )
        return shapes

    return make


def circle_marks(at: str, radius: float, dx: float = 0, dy: float = 0) -> Extra:
    """A dashed ring around a joint (shoulder rolls)."""

    def make(j: Joints) -> list[Shape]:
        x, y = j[at][0] + dx, j[at][1] + dy
        return [
            Circle(
                x,
                y,
                radius,
                fillColor=None,
                strokeColor=MOVE,
                strokeWidth=1.8,
                strokeDashArray=[2.5, 2],
            )
        ]

    return make
