"""``osteo-tui backup list|restore``, also for a damaged course file."""

from __future__ import annotations

from osteo_tui.core.store import CourseRepository
from tests.unit.cli.conftest import fails, ok, ok_json


def _names(repo: CourseRepository, course: str) -> list[str]:
    return [backup.name for backup in repo.backup_shelf(course).list()]


def test_list_shows_name_time_reason_and_size(people: str, repo: CourseRepository) -> None:
    backups = repo.backup_shelf(people).list()
    assert len(backups) == 2  # one before each command that changed the course
    out = ok("backup", "list", "Spring group").stdout
    assert f"Backups of course {people} (2)" in out
    for backup in backups:
        row = next(line for line in out.splitlines() if backup.name in line)
        assert backup.taken.strftime("%Y-%m-%d %H:%M:%S") in row
        assert "before-changes" in row and f"{backup.size} B" in row


def test_list_without_backups(course: str) -> None:
    assert ok("backup", "list", course).stdout == f"No backups of course {course} yet.\n"


def test_restore_puts_an_older_state_back(people: str, repo: CourseRepository) -> None:
    ok("participant", "add", people, "Cy")
    newest_first = _names(repo, people)
    before_cy = newest_first[0]  # taken just before Cy was added
    out = ok("backup", "restore", people, before_cy).stdout
    [saved] = [name for name in _names(repo, people) if name.endswith("-before-restore.json")]
    assert out == (
        f"Restored course {people} from {before_cy}; the state before the restore was kept as "
        f"backup {saved}.\n"
    )
    assert [p["name"] for p in ok_json("participant", "list", people)] == [
        "Anna Virtanen",
        "Bo Nielsen",
    ]
    ok("backup", "restore", people, saved)  # and forward again
    assert len(ok_json("participant", "list", people)) == 3


def test_restore_refuses_a_missing_or_unusable_backup(people: str, repo: CourseRepository) -> None:
    newest = _names(repo, people)[0]
    assert fails("backup", "restore", people, "nope.json").startswith(
        f"osteo-tui: no backup 'nope.json' (newest: {newest}"
    )
    before = repo.course_file(people).read_bytes()
    (repo.backup_shelf(people).folder / newest).write_bytes(b'{"meta": ')
    assert fails("backup", "restore", people, newest).startswith(
        f"osteo-tui: the backup {newest} cannot be used: it is not valid JSON"
    )
    assert repo.course_file(people).read_bytes() == before


def test_restore_over_a_damaged_file_keeps_a_copy_of_it(
    people: str, repo: CourseRepository
) -> None:
    path = repo.course_file(people)
    newest = _names(repo, people)[0]
    path.write_bytes(b'{"meta": {"1": {"schema": 2}}, "course": ')
    message = fails("course", "show", people)
    assert f"restore it with: osteo-tui backup restore {people} {newest}" in message
    out = ok("backup", "restore", people, newest).stdout  # what the message says to do
    [kept] = [name for name in _names(repo, people) if name.endswith("-damaged.json")]
    assert out == (
        f"Restored course {people} from {newest}; the damaged file was kept as backup {kept}.\n"
    )
    assert (repo.backup_shelf(people).folder / kept).read_bytes() == (
        b'{"meta": {"1": {"schema": 2}}, "course": '
    )
    assert [p["name"] for p in ok_json("participant", "list", people)] == ["Anna Virtanen"]
