"""Each broken pack must be reported with the exact file, line and message."""

from __future__ import annotations

from pathlib import Path

import pytest

from osteo_tui.core.lessons import PackInvalid, check_pack, load_pack
from tests.minimeasures import MEASURED_FILES
from tests.minipack import FILES, write_minipack

KINDS = "talk, discussion, exercise, practical, goal-setting, goal-review, measurement, break"
CATEGORIES = "strength, balance, posture, impact, mobility, functional"


def edit(name: str, old: str, new: str) -> dict[str, str]:
    """The mini pack's files with one exact, unique replacement made in one file."""
    assert FILES[name].count(old) == 1, f"{old!r} must occur once in {name}"
    return {**FILES, name: FILES[name].replace(old, new)}


def without(name: str) -> dict[str, str]:
    return {key: value for key, value in FILES.items() if key != name}


S1, S2, EX, PACK = "sessions/01-first.md", "sessions/02-second.md", "exercises.yaml", "pack.yaml"

CASES = {
    "typo in a segment key": (
        edit(S1, "minutes: 10\n", "minuts: 10\n"),
        [
            f"{S1}:12: missing key 'minutes' in segment 'Welcome'",
            f"{S1}:13: unknown key 'minuts' in segment 'Welcome' (did you mean 'minutes'?)",
        ],
    ),
    "minutes are not a number": (
        edit(S1, "minutes: 20\n", "minutes: twenty\n"),
        [f"{S1}:21: 'minutes' must be a whole number, not 'twenty'"],
    ),
    "segment minutes do not add up": (
        edit(S1, "minutes: 30\n", "minutes: 35\n"),
        [f"{S1}:4: the segments add up to 30 minutes, but the session's minutes is 35"],
    ),
    "missing session title": (
        edit(S1, "title: First\n", ""),
        [f"{S1}:2: missing key 'title' in the front matter"],
    ),
    "duplicate exercise id": (
        edit(EX, "- id: small-jumps\n", "- id: sit-to-stand\n"),
        [f"{EX}:18: duplicate exercise id 'sit-to-stand' (first at line 1)"],
    ),
    "exercise not in the library": (
        edit(S2, "exercise: sit-to-stand\n", "exercise: sit-to-stnad\n"),
        [
            f"{S2}:12: exercise 'sit-to-stnad' is not in exercises.yaml (did you mean 'sit-to-stand'?)"
        ],
    ),
    "gap in session numbers": (
        edit(S2, "session: 2\n", "session: 3\n"),
        [
            f"{PACK}:6: session 2 is missing: pack.yaml declares 2 sessions",
            f"{S2}:2: session 3 is more than the 2 sessions pack.yaml declares",
        ],
    ),
    "session number used twice": (
        edit(S2, "session: 2\n", "session: 1\n"),
        [
            f"{PACK}:6: session 2 is missing: pack.yaml declares 2 sessions",
            f"{S2}:2: session 1 is also in 01-first.md",
        ],
    ),
    "front matter never closed": (
        edit(S2, "aims: [Practise.]\n---\n", "aims: [Practise.]\n"),
        [
            f"{PACK}:6: session 2 is missing: pack.yaml declares 2 sessions",
            f"{S2}:1: the front matter that starts here is never closed with a '---' line",
        ],
    ),
    "no front matter": (
        {**FILES, S2: FILES[S2].removeprefix("---\n")},
        [
            f"{PACK}:6: session 2 is missing: pack.yaml declares 2 sessions",
            f"{S2}:1: a session file must start with front matter: a line '---', the "
            "session's details (session, title, minutes, aims), and another '---'",
        ],
    ),
    "colon inside a value": (
        edit(S2, "title: Second\n", "title: Second: part two\n"),
        [
            f"{PACK}:6: session 2 is missing: pack.yaml declares 2 sessions",
            f"{S2}:3: YAML cannot be read: a ':' followed by a space inside a value; "
            "put the whole value in quotes",
        ],
    ),
    "tab indentation": (
        edit(EX, "    sets: 2\n", "\tsets: 2\n"),
        [f"{EX}:9: YAML cannot be read: a tab character; indent with spaces"],
    ),
    "unknown segment kind": (
        edit(S1, "kind: talk\n", "kind: lecture\n"),
        [f"{S1}:12: 'kind' cannot be 'lecture' (use one of: {KINDS})"],
    ),
    "exercise segment without exercises": (
        edit(S2, "exercises:\n  - exercise: sit-to-stand\n", ""),
        [f"{S2}:9: segment 'Practice' is an exercise segment but lists no 'exercises'"],
    ),
    "exercises in a discussion segment": (
        edit(S1, "kind: exercise\n", "kind: discussion\n"),
        [
            f"{S1}:22: segment 'Exercise' is a 'discussion' segment; "
            "only 'exercise' segments list exercises"
        ],
    ),
    "avoid without a note": (
        edit(EX, "  vertebral_fracture_note: March instead.\n", ""),
        [
            f"{EX}:32: 'vertebral_fracture: avoid' needs a 'vertebral_fracture_note' "
            "saying what to do instead"
        ],
    ),
    "unknown category": (
        edit(EX, "category: impact\n", "category: cardio\n"),
        [f"{EX}:20: 'category' cannot be 'cardio' (use one of: {CATEGORIES})"],
    ),
    "reps out of range": (
        edit(S1, "reps: 8\n", "reps: 80\n"),
        [f"{S1}:25: 'reps' must be between 1 and 50, not 80"],
    ),
    "rounds without work": (
        edit(
            EX,
            "    reps: 10\n  cues:\n    - Land",
            "    reps: 10\n    rounds: 3\n  cues:\n    - Land",
        ),
        [f"{EX}:26: 'rounds' goes with 'work' (seconds of work)"],
    ),
    "dosage without an amount": (
        edit(S2, "  - exercise: sit-to-stand\n", "  - exercise: sit-to-stand\n    sets: 2\n"),
        [
            f"{S2}:12: the dosage of 'sit-to-stand' needs at least one of "
            "'reps', 'hold', 'work' or 'minutes'"
        ],
    ),
    "unknown source": (
        edit(EX, "sources: [ros2019]\n", "sources: [ros2091]\n"),
        [f"{EX}:17: source 'ros2091' is not in pack.yaml's sources (did you mean 'ros2019'?)"],
    ),
    "id differs from the folder": (
        edit(PACK, "id: mini\n", "id: other\n"),
        [f"{PACK}:1: the id 'other' must equal the folder name 'mini'"],
    ),
    "duplicate key": (
        edit(PACK, "title: Mini course\n", "title: Mini course\ntitle: Again\n"),
        [f"{PACK}:3: duplicate key 'title' (first at line 2)"],
    ),
    "unclosed code fence": (
        edit(S1, "Good morning.\n", "```\nGood morning.\n"),
        [
            f"{S1}:4: the segments add up to 10 minutes, but the session's minutes is 30",
            f"{S1}:17: the code block opened here with ``` is never closed",
        ],
    ),
    "empty segment title": (
        edit(S1, "## Welcome\n", "##\n"),
        [f"{S1}:11: a segment heading needs a title after '## '"],
    ),
    "missing exercise library": (without(EX), [f"{EX}: the file is missing"]),
    "blank line before the details": (
        edit(S1, "## Welcome\nkind: talk\n", "## Welcome\n\nkind: talk\n"),
        [
            f"{S1}:11: segment 'Welcome' has no details: put 'kind:' and 'minutes:' on the "
            "lines directly under the heading, then a blank line, then the script"
        ],
    ),
    "more sessions declared than written": (
        edit(PACK, "sessions: 2\n", "sessions: 3\n"),
        [f"{PACK}:6: session 3 is missing: pack.yaml declares 3 sessions"],
    ),
    "language is not a code": (
        edit(PACK, "language: en\n", "language: English\n"),
        [f"{PACK}:3: 'language' must be a code such as en, fi or da, not 'English'"],
    ),
    "a top-level heading in a session": (
        edit(S2, "Again.\n", "# Again\n"),
        [f"{S2}:14: a '# ' heading is not used in session files: start a segment with '## '"],
    ),
    "steps written as text block of keys": (
        edit(EX, "  steps:\n    - Jump.\n", "  steps:\n    first: Jump.\n"),
        [f"{EX}:22: 'steps' must be a list, not a block of keys"],
    ),
    "yes is text, not a boolean": (
        edit(S1, "    reps: 8\n", "    reps: 8\n    sides: yes\n"),
        [f"{S1}:26: 'sides' must be true or false, not 'yes'"],
    ),
}

# -- tracks: pack.yaml declares them, sessions' exercise items name them ---------------------

TRACKS = """\
tracks:
  - id: general
    title: Without a vertebral fracture
    default_for: without-vertebral-fracture
  - id: vertebral
    title: With a vertebral fracture
    default_for: with-vertebral-fracture
"""
JUMPS = "  - exercise: small-jumps\n"
JUMPS_FOR = "  - exercise: small-jumps\n    track: {}\n"


def edits(*changes: tuple[str, str, str]) -> dict[str, str]:
    """The mini pack's files with several exact, unique replacements (file, old, new)."""
    files = dict(FILES)
    for name, old, new in changes:
        assert files[name].count(old) == 1, f"{old!r} must occur once in {name}"
        files[name] = files[name].replace(old, new)
    return files


def with_tracks(tracks: str = TRACKS, *changes: tuple[str, str, str]) -> dict[str, str]:
    return edits((PACK, "sources:\n", tracks + "sources:\n"), *changes)


TRACK_CASES = {
    "a track used but none declared": (
        edit(S1, JUMPS, JUMPS_FOR.format("vertebral")),
        [f"{S1}:27: track 'vertebral' is used, but pack.yaml declares no 'tracks'"],
    ),
    "a track that is not declared": (
        with_tracks(TRACKS, (S1, JUMPS, JUMPS_FOR.format("vertebrl"))),
        [f"{S1}:27: track 'vertebrl' is not in pack.yaml's tracks (did you mean 'vertebral'?)"],
    ),
    "duplicate track id": (
        with_tracks(TRACKS.replace("id: vertebral", "id: general")),
        [f"{PACK}:11: duplicate track id 'general' (first at line 8)"],
    ),
    "no default track for a vertebral fracture": (
        with_tracks(TRACKS.replace("    default_for: with-vertebral-fracture\n", "")),
        [
            f"{PACK}:7: no track is the default for participants with a vertebral fracture: "
            "give one track 'default_for: with-vertebral-fracture'"
        ],
    ),
    "two default tracks for the same people": (
        with_tracks(TRACKS.replace("for: with-vertebral-fracture", "for: everyone")),
        [
            f"{PACK}:13: tracks 'general' and 'vertebral' are both the default for participants "
            "without a vertebral fracture; only one can be"
        ],
    ),
    "a typo in default_for": (
        with_tracks(TRACKS.replace("for: with-vertebral-fracture", "for: with-vertebral")),
        [
            f"{PACK}:13: 'default_for' cannot be 'with-vertebral' "
            "(did you mean 'with-vertebral-fracture'?)"
        ],
    ),
    "a track without a title": (
        with_tracks(TRACKS.replace("    title: With a vertebral fracture\n", "")),
        [f"{PACK}:11: missing key 'title' in a track"],
    ),
    "tracks written as text": (
        with_tracks("tracks: general, vertebral\n"),
        [f"{PACK}:7: 'tracks' must be a list of tracks, each with an id and a title"],
    ),
    "a split segment leaves a track without exercises": (
        with_tracks(
            TRACKS,
            (S1, "    reps: 8\n", "    reps: 8\n    track: vertebral\n"),
            (S1, JUMPS, JUMPS_FOR.format("vertebral")),
        ),
        [
            f"{S1}:19: segment 'Exercise' has no exercises for the track 'general': add some "
            "with 'track: general', or leave 'track' out of an exercise that everyone does"
        ],
    ),
}
CASES |= TRACK_CASES

# -- measures: measures.yaml, and the measurement segments that take them --------------------

M = "measures.yaml"
WELCOME = "kind: talk\nminutes: 10\n"


def medit(name: str, old: str, new: str) -> dict[str, str]:
    """The mini pack with measures, with one exact, unique replacement made in one file."""
    assert MEASURED_FILES[name].count(old) == 1, f"{old!r} must occur once in {name}"
    return {**MEASURED_FILES, name: MEASURED_FILES[name].replace(old, new)}


def measuring(details: str) -> dict[str, str]:
    """The mini pack with measures, its Welcome segment turned into a measurement segment."""
    return medit(S1, WELCOME, "kind: measurement\nminutes: 10\n" + details)


MEASURE_CASES = {
    "unknown measure kind": (
        medit(M, "kind: seconds\n", "kind: secs\n"),
        [f"{M}:13: 'kind' cannot be 'secs' (did you mean 'seconds'?)"],
    ),
    "measure range the wrong way round": (
        medit(M, "range: [1, 300]\n", "range: [300, 1]\n"),
        [f"{M}:15: 'range' must go from low to high, not from 300 to 1"],
    ),
    "measure range of one number": (
        medit(M, "range: [1, 4]\n", "range: [4]\n"),
        [f"{M}:28: 'range' must be two numbers, low and high, such as [0, 10]"],
    ),
    "overlapping bands": (
        medit(M, "{from: 2, below: 4, label: low}", "{from: 2, below: 5, label: low}"),
        [f"{M}:35: the band 'high' overlaps 'low'"],
    ),
    "norm bands without norms": (
        medit(M, "    norms:\n      - {m: 27, f: 16}\n", ""),
        [f"{M}:41: measure 'grip' has bands with 'norm' but no 'norms'"],
    ),
    "norm age band that is not an age band": (
        medit(M, "{m: 27, f: 16}", "{age: sixty, m: 27, f: 16}"),
        [f"{M}:42: 'age' must be an age band such as 60-64, not 'sixty'"],
    ),
    "unknown measure in the schedule": (
        medit(M, "start: [tug, fes]\n", "start: [tug, fse]\n"),
        [f"{M}:2: 'start' names measure 'fse', which is not defined (did you mean 'fes'?)"],
    ),
    "a measure that is never taken": (
        medit(M, "optional: [grip]\n", ""),
        [f"{M}:1: measure 'grip' is never taken: add it to 'schedule' or 'optional'"],
    ),
    "phrase with a placeholder it cannot use": (
        medit(M, "stayed at {after}", "stayed at {before}"),
        [f"{M}:7: 'same' cannot use {{before}}; it must use {{measure}}, {{after}}"],
    ),
    "phrase without a placeholder it needs": (
        medit(M, "went from {before} to {after}", "went from {before}"),
        [f"{M}:6: 'change' must use {{measure}}, {{before}}, {{after}}; {{after}} is missing"],
    ),
    "measure without a better direction": (
        medit(M, "    better: lower\n    bands:\n", "    bands:\n"),
        [f"{M}:11: missing key 'better' in measure 'tug' (higher or lower)"],
    ),
    "decimals on a questionnaire": (
        medit(M, "    range: [1, 4]\n", "    range: [1, 4]\n    decimals: 1\n"),
        [
            f"{M}:29: measure 'fes' is a 'questionnaire' measure, which takes whole numbers: "
            "remove 'decimals'"
        ],
    ),
    "a text item outside an evaluation": (
        medit(M, "{id: bathing, name: Bathing}", "{id: bathing, name: Bathing, type: text}"),
        [f"{M}:32: only evaluation items can be 'type: text'"],
    ),
    "duplicate item id": (
        medit(M, "{id: bathing, name: Bathing}", "{id: dressing, name: Bathing}"),
        [f"{M}:32: duplicate item id 'dressing' in measure 'fes'"],
    ),
    "bands on self-ratings": (
        medit(M, "    kind: questionnaire\n", "    kind: self-rating\n"),
        [
            f"{M}:33: measure 'fes' is a 'self-rating' measure without one total score, "
            "so it has no 'bands'"
        ],
    ),
    "unknown source in measures": (
        medit(M, "sources: [ros2019]\n", "sources: [ros2091]\n"),
        [f"{M}:24: source 'ros2091' is not in pack.yaml's sources (did you mean 'ros2019'?)"],
    ),
    "measures in a talk segment": (
        medit(S1, WELCOME, WELCOME + "when: start\nmeasures: [tug]\n"),
        [
            f"{S1}:15: segment 'Welcome' is a 'talk' segment; "
            "only 'measurement' segments list measures"
        ],
    ),
    "a measurement segment without when": (
        measuring("measures: [tug]\n"),
        [
            f"{S1}:14: segment 'Welcome' lists measures but not 'when' they are taken "
            "(start, end, follow-up)"
        ],
    ),
    "when without measures": (
        measuring("when: start\n"),
        [f"{S1}:14: 'when' goes with 'measures' in segment 'Welcome'"],
    ),
    "a measure not taken at that time": (
        measuring("when: start\nmeasures: [tug, feedback]\n"),
        [f"{S1}:15: measure 'feedback' is not taken at 'start': measures.yaml schedules it at end"],
    ),
    "unknown measure in a segment": (
        measuring("when: end\nmeasures: [tgu]\n"),
        [f"{S1}:15: measure 'tgu' is not in measures.yaml (did you mean 'tug'?)"],
    ),
    "segment measures in a pack without measures.yaml": (
        edit(S1, WELCOME, "kind: measurement\nminutes: 10\nwhen: start\nmeasures: [tug]\n"),
        [f"{S1}:15: measure 'tug' is not defined: the pack has no measures.yaml"],
    ),
}
CASES |= MEASURE_CASES

# -- home programme: pack.yaml lists the exercises participants take home -------------------


def home(block: str, tracks: str = "") -> dict[str, str]:
    """The mini pack with ``block`` (and ``tracks``) in pack.yaml before its sources."""
    return edit(PACK, "sources:\n", tracks + block + "sources:\n")


AVOID = (
    f"{PACK}:16: exercise 'small-jumps' is marked 'vertebral_fracture: avoid', so it cannot be "
    "in the home programme of the track 'vertebral', which is for people with a vertebral "
    "fracture"
)
HOME_CASES = {
    "home programme with an exercise not in the library": (
        home("home_programme: [sit-to-stand, sit-to-stnad]\n"),
        [
            f"{PACK}:7: exercise 'sit-to-stnad' in 'home_programme' is not in exercises.yaml "
            "(did you mean 'sit-to-stand'?)"
        ],
    ),
    "home programme lists an exercise twice": (
        home("home_programme:\n  - sit-to-stand\n  - small-jumps\n  - sit-to-stand\n"),
        [f"{PACK}:10: exercise 'sit-to-stand' is in 'home_programme' twice (first at line 8)"],
    ),
    "home programme written as text": (
        home("home_programme: sit-to-stand\n"),
        [
            f"{PACK}:7: 'home_programme' must be a list of exercise ids, or one such list for "
            "each track, not 'sit-to-stand'"
        ],
    ),
    "home programme item is a block of keys": (
        home("home_programme:\n  - exercise: sit-to-stand\n"),
        [f"{PACK}:8: each item of 'home_programme' must be an exercise id, not a block of keys"],
    ),
    "home programme is an empty list": (
        home("home_programme: []\n"),
        [f"{PACK}:7: 'home_programme' is an empty list"],
    ),
    "home programme per track in a pack without tracks": (
        home("home_programme:\n  general: [sit-to-stand]\n"),
        [
            f"{PACK}:7: 'home_programme' has a list for each track, but pack.yaml declares no "
            "'tracks'"
        ],
    ),
    "home programme names an unknown track and leaves one out": (
        home("home_programme:\n  general: [sit-to-stand]\n  vertebrl: [sit-to-stand]\n", TRACKS),
        [
            f"{PACK}:14: 'home_programme' has no list for the track 'vertebral': give every "
            "track its own list, or one list for everyone",
            f"{PACK}:16: track 'vertebrl' in 'home_programme' is not in pack.yaml's tracks "
            "(did you mean 'vertebral'?)",
        ],
    ),
    "home programme gives a vertebral-fracture track an exercise to avoid": (
        home("home_programme:\n  general: [small-jumps]\n  vertebral: [small-jumps]\n", TRACKS),
        [AVOID],
    ),
    "a track's home programme is not a list": (
        home("home_programme:\n  general: sit-to-stand\n  vertebral: [sit-to-stand]\n", TRACKS),
        [
            f"{PACK}:15: 'home_programme: general' must be a list of exercise ids, not "
            "'sit-to-stand'"
        ],
    ),
}
CASES |= HOME_CASES


def test_a_pack_with_a_home_programme_loads_it(tmp_path: Path) -> None:
    listed = home("home_programme: [small-jumps, sit-to-stand]\n")
    plain = load_pack(write_minipack(tmp_path, listed))
    assert plain.home_list(None) == ("small-jumps", "sit-to-stand")
    assert plain.home_list("anything") == ("small-jumps", "sit-to-stand")  # one list for all
    per_track = "home_programme:\n  general: [small-jumps]\n  vertebral: [sit-to-stand]\n"
    tracked = load_pack(write_minipack(tmp_path / "tracked", home(per_track, TRACKS)))
    assert tracked.home_list("general") == ("small-jumps",)
    assert tracked.home_list("vertebral") == ("sit-to-stand",)
    assert load_pack(write_minipack(tmp_path / "none")).home_list(None) is None


def test_a_pack_with_measures_loads_them_and_the_segment_that_takes_them(
    tmp_path: Path,
) -> None:
    pack = load_pack(write_minipack(tmp_path, measuring("when: start\nmeasures: [tug, fes]\n")))
    assert pack.measures.ids() == ["tug", "fes", "grip", "feedback"]
    assert [m.id for m in pack.measures.at("end")] == ["tug", "fes", "feedback"]
    assert pack.measures.times_of("grip") == ("start", "end", "follow-up")  # optional
    welcome = pack.session(1).segments[0]
    assert (welcome.kind, welcome.when) == ("measurement", "start")
    assert welcome.measures == ("tug", "fes")
    assert load_pack(write_minipack(tmp_path / "plain")).measures.ids() == []  # no measures.yaml


def test_a_pack_with_tracks_loads_and_marks_the_split_segment(tmp_path: Path) -> None:
    pack = load_pack(
        write_minipack(tmp_path, with_tracks(TRACKS, (S1, JUMPS, JUMPS_FOR.format("vertebral"))))
    )
    assert [(t.id, t.default_for) for t in pack.tracks] == [
        ("general", "without-vertebral-fracture"),
        ("vertebral", "with-vertebral-fracture"),
    ]
    exercise_segment = pack.session(1).segments[1]
    assert exercise_segment.split_by_track and not pack.session(2).segments[0].split_by_track
    assert [use.tracks for use in exercise_segment.exercises] == [(), ("vertebral",)]


def test_a_pack_without_tracks_has_none_and_no_split_segments(tmp_path: Path) -> None:
    pack = load_pack(write_minipack(tmp_path))
    assert pack.tracks == () and pack.default_track(vertebral_fracture=True) is None
    assert not any(s.split_by_track for session in pack.sessions for s in session.segments)


def rendered(problems: list, folder: Path) -> list[str]:
    return [
        f"{p.path.relative_to(folder).as_posix()}:{p.line}: {p.message}"
        if p.line is not None
        else f"{p.path.relative_to(folder).as_posix()}: {p.message}"
        for p in problems
    ]


def test_the_mini_pack_itself_is_valid(tmp_path: Path) -> None:
    pack = load_pack(write_minipack(tmp_path))
    assert [session.number for session in pack.sessions] == [1, 2]
    uses = pack.session(1).segments[1].exercises
    assert uses[0].dosage.reps == 8  # the session's own dosage
    assert uses[1].dosage == pack.exercise("small-jumps").dosage  # the library default


def test_there_are_at_least_twenty_distinct_cases() -> None:
    assert len(CASES) >= 20
    assert len({tuple(expected) for _, expected in CASES.values()}) == len(CASES)


@pytest.mark.parametrize("case", sorted(CASES))
def test_malformed_pack_is_reported_exactly(case: str, tmp_path: Path) -> None:
    files, expected = CASES[case]
    folder = write_minipack(tmp_path, files)
    assert rendered(check_pack(folder), folder) == expected
    with pytest.raises(PackInvalid) as raised:
        load_pack(folder)
    assert rendered(raised.value.problems, folder) == expected


def test_a_file_that_is_not_utf8_names_the_line(tmp_path: Path) -> None:
    folder = write_minipack(tmp_path)
    data = FILES[EX].replace("easier: Use your hands.", "easier: K\xe4yt\xe4 k\xe4si\xe4.")
    (folder / EX).write_bytes(data.encode("latin-1"))
    assert rendered(check_pack(folder), folder) == [
        f"{EX}:13: the file is not UTF-8 text: save it as UTF-8"
    ]


def test_a_missing_folder_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    problems = check_pack(tmp_path / "nowhere")
    assert [p.message for p in problems] == ["no such pack folder"]


def test_windows_line_endings_and_byte_order_mark_are_fine(tmp_path: Path) -> None:
    files = {name: "\ufeff" + text.replace("\n", "\r\n") for name, text in FILES.items()}
    assert check_pack(write_minipack(tmp_path, files)) == []
