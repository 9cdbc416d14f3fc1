"""The built-in packs' measures: scheduled, taken in the measurement segments, sourced."""

from __future__ import annotations

import pytest

from osteo_tui.core.lessons import PackCatalog

PACKS = ["luustokurssi-en", "luustokurssi-fi", "osteoporoseskole-da"]


@pytest.mark.parametrize("pack_id", PACKS)
def test_session_1_takes_the_start_measures_and_the_last_session_the_end_ones(
    builtin_catalog: PackCatalog, pack_id: str
) -> None:
    pack = builtin_catalog.get(pack_id).load()  # type: ignore[union-attr]
    taken = {
        (session.number, segment.when): segment.measures
        for session in pack.sessions
        for segment in session.segments
        if segment.measures
    }
    last = pack.sessions[-1].number
    assert taken == {
        (1, "start"): tuple(m.id for m in pack.measures.at("start")),
        (last, "end"): tuple(m.id for m in pack.measures.at("end")),
    }
    assert [m.id for m in pack.measures.at("follow-up")] == ["self-ratings"]
    assert pack.measures.optional == ("grip",)
    segments = [s for session in pack.sessions for s in session.segments if s.measures]
    assert all(segment.kind == "measurement" for segment in segments)


@pytest.mark.parametrize("pack_id", PACKS)
def test_every_measure_cites_a_source_of_the_pack(
    builtin_catalog: PackCatalog, pack_id: str
) -> None:
    pack = builtin_catalog.get(pack_id).load()  # type: ignore[union-attr]
    sources = {source.id for source in pack.sources}
    cited = {m.id: m.sources for m in pack.measures.measures}
    assert cited == {
        "self-ratings": ("luustoliitto",),
        "short-fes-i": ("kempen2008",),
        "chair-stand": ("steadi",),
        "tug": ("steadi",),
        "balance": ("steadi",),
        "grip": ("ewgsop2",),
        "evaluation": ("luustoliitto",),
    }
    assert {source for ids in cited.values() for source in ids} <= sources
    assert all(measure.instructions for measure in pack.measures.measures)


def test_the_finnish_pack_speaks_finnish(builtin_catalog: PackCatalog) -> None:
    measures = builtin_catalog.get("luustokurssi-fi").load().measures  # type: ignore[union-attr]
    assert measures.phrases.decimal_mark == ","
    assert measures.measure("short-fes-i").items[0].name == "Pukeutuminen tai riisuutuminen"
    assert [b.label for b in measures.measure("short-fes-i").bands] == [
        "vähäinen huoli kaatumisesta",
        "kohtalainen huoli kaatumisesta",
        "suuri huoli kaatumisesta",
    ]
    assert measures.measure("evaluation").items[-1].text  # the free comment
