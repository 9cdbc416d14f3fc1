"""Plain-words comparisons, in the pack's language, for the participant's summary."""

from __future__ import annotations

from datetime import datetime

from osteo_tui.core.measures import MeasurementRecord, MeasureSet, participant_changes
from osteo_tui.core.records import Participant

ANNA = Participant("p1", "Anna Virtanen", born=1954, sex="f")  # 72 in 2026
START, END = datetime(2026, 1, 13, 10), datetime(2026, 2, 10, 10)


def record(measure_id: str, when: str, values: dict, person: Participant = ANNA):
    moment = START if when == "start" else END
    return MeasurementRecord.new(person.id, measure_id, when, values, moment=moment)


def test_the_chair_stand_sentence_of_the_issue(en: MeasureSet) -> None:
    records = [
        record("chair-stand", "start", {"chair-stand": 8}),
        record("chair-stand", "end", {"chair-stand": 11}),
    ]
    (change,) = participant_changes(en, ANNA, records)
    assert change.sentence == (
        "Your chair stand went from 8 to 11 — now in the typical range for your age."
    )
    assert (change.before, change.after, change.change, change.direction) == (8, 11, 3, "better")
    assert change.band.band is not None and not change.band.flag


def test_finnish_sentences_with_decimal_commas(fi: MeasureSet) -> None:
    records = [
        record("tug", "start", {"tug": 13.5}),
        record("tug", "end", {"tug": 11.2}),
        record("chair-stand", "start", {"chair-stand": 9}),
        record("chair-stand", "end", {"chair-stand": 9}),
    ]
    assert [change.sentence for change in participant_changes(fi, ANNA, records)] == [
        "Tuolilta nousut 30 sekunnissa: edelleen 9 – ikäisellesi keskimääräistä heikompi "
        "tulos, merkki suurentuneesta kaatumisriskistä.",
        "TUG-testin aika: ennen 13,5 s, nyt 11,2 s – alle 12 sekuntia, ei merkkiä "
        "suurentuneesta kaatumisriskistä.",
    ]


def test_lower_is_better_for_time_and_concern(en: MeasureSet) -> None:
    fes = en.measure("short-fes-i")
    before = {item.id: 3 for item in fes.items}  # 21: high
    after = {item.id: 1 for item in fes.items}  # 7: low
    records = [
        record("short-fes-i", "start", before),
        record("short-fes-i", "end", after),
        record("tug", "start", {"tug": 10}),
        record("tug", "end", {"tug": 12.5}),
    ]
    fes_change, tug_change = participant_changes(en, ANNA, records)
    assert fes_change.direction == "better" and tug_change.direction == "worse"
    assert fes_change.sentence == (
        "Your concern about falling (Short FES-I score) went from 21 to 7 — now low concern "
        "about falling."
    )
    assert tug_change.sentence == (
        "Your Timed Up and Go time went from 10 s to 12.5 s — now 12 seconds or more, a sign "
        "of increased fall risk."
    )


def test_each_self_rating_has_its_own_sentence_and_no_band(en: MeasureSet) -> None:
    items = [item.id for item in en.measure("self-ratings").items]
    records = [
        record("self-ratings", "start", dict(zip(items, [5, 4, 6, 7, 5], strict=True))),
        record("self-ratings", "follow-up", dict(zip(items, [7, 8, 6, 6, 9], strict=True))),
    ]
    assert participant_changes(en, ANNA, records) == []  # nothing at the end yet
    changes = participant_changes(en, ANNA, records, later="follow-up")
    assert [change.sentence for change in changes] == [
        "Your rating of your knowledge and skills went from 5 to 7.",
        "Your rating of your courage to move went from 4 to 8.",
        "Your rating of your physical function stayed at 6.",
        "Your rating of your personal resources went from 7 to 6.",
        "Your rating of your confidence in your own abilities went from 5 to 9.",
    ]
    assert [change.direction for change in changes] == [
        "better", "better", "same", "worse", "better",
    ]  # fmt: skip


def test_an_end_result_without_a_start_and_the_evaluation(en: MeasureSet) -> None:
    records = [
        record("balance", "end", {"feet-together": 10, "semi-tandem": 10, "tandem": 10}),
        record("evaluation", "end", {"goal-setting": 9, "comment": "Thanks"}),
        record("tug", "end", {"tug": 9}, Participant("p2", "Bo")),  # someone else's
    ]
    (change,) = participant_changes(en, ANNA, records)  # the evaluation is not a change
    assert change.sentence == (
        "Your number of balance stages held was 3 — now tandem stand held for 10 seconds."
    )
    assert change.before is None and change.direction is None


def test_no_band_without_the_year_of_birth(en: MeasureSet) -> None:
    person = Participant("p3", "Cy", sex="m")
    records = [
        record("chair-stand", "start", {"chair-stand": 8}, person),
        record("chair-stand", "end", {"chair-stand": 11}, person),
    ]
    (change,) = participant_changes(en, person, records)
    assert change.sentence == "Your chair stand went from 8 to 11."
    assert change.band.reason == "the year of birth is not recorded, and the norms depend on age"
