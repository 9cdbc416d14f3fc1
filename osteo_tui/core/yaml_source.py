"""Read YAML while remembering the line of every key and list item.

Lesson packs are edited by hand, so every complaint about them must name a line. PyYAML's
``compose`` step keeps the position of each node; we turn the nodes into plain dicts and lists
that also carry those lines (``LineDict``, ``LineList``).

Only ``true`` and ``false`` are booleans here: YAML 1.1 would read Finnish or Danish words such
as ``no``/``on``/``yes`` as booleans, and dates as ``datetime.date``; we keep both as text.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from osteo_tui.core.translation import N_, _

__all__ = ["LineDict", "LineList", "YamlProblem", "read_yaml"]

try:  # the C parser is much faster and keeps the same marks
    _BaseLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - libyaml missing
    _BaseLoader = yaml.SafeLoader


class _PlainLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """A safe loader whose only booleans are true/false and which has no timestamps."""


_PlainLoader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_PlainLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


class LineDict(dict[str, Any]):
    """A mapping read from YAML: ``line`` is where it starts, ``key_lines`` where each key is."""

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.key_lines: dict[str, int] = {}

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list[Any]):
    """A list read from YAML: ``line`` is where it starts, ``item_lines`` where each item is."""

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.item_lines: list[int] = []

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if index < len(self.item_lines) else self.line


class YamlProblem(Exception):
    """YAML that could not be read, with the 1-based line in the file and a plain message."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


_COLON = N_("a ':' followed by a space inside a value; put the whole value in quotes")
_HINTS = {
    "mapping values are not allowed here": _COLON,
    "mapping values are not allowed in this context": _COLON,
    "could not find expected ':'": N_("a line that is neither 'key: value' nor a list item"),
    "expected <block end>, but found '-'": N_("a list item at the wrong indentation"),
    "did not find expected key": N_("a line at the wrong indentation"),
    "did not find expected '-' indicator": N_("a list item at the wrong indentation"),
    "found undefined alias": N_("a '*' at the start of a value; put the value in quotes"),
    "found unknown escape character": N_(
        "a backslash inside double quotes; use single quotes"
    ),
}
"""PyYAML's words for a problem → what the person who typed it most likely did (English,
translated where used)."""


def _explain(error: yaml.YAMLError, text: str, first_line: int) -> YamlProblem:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    problem = (getattr(error, "problem", None) or str(error)).strip()
    lines = text.splitlines()
    # At the end of a file without a final newline the mark points one line past the text.
    offset = min(mark.line if mark is not None else 0, max(len(lines) - 1, 0))
    hint = _HINTS.get(problem)
    if offset < len(lines) and "\t" in lines[offset]:
        hint = N_("a tab character; indent with spaces")
    line = first_line + offset
    reason = _(hint) if hint else problem
    return YamlProblem(line, _("YAML cannot be read: {reason}").format(reason=reason))


def read_yaml(text: str, first_line: int = 1) -> tuple[Any, list[YamlProblem]]:
    """Parse ``text`` (which starts at ``first_line`` of its file) into line-aware values.

    Returns the value (``None`` for an empty document) and the problems that did not stop the
    reading, such as duplicate keys. Raises ``YamlProblem`` when the text is not YAML.
    """
    loader = _PlainLoader(text)
    try:
        node = loader.get_single_node()
        problems: list[YamlProblem] = []
        value = None if node is None else _convert(loader, node, first_line, problems)
    except yaml.YAMLError as error:
        raise _explain(error, text, first_line) from None
    finally:
        loader.dispose()
    return value, problems


def _convert(loader: Any, node: yaml.Node, first: int, problems: list[YamlProblem]) -> Any:
    line = first + node.start_mark.line
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)  # resolve '<<' merge keys
        mapping = LineDict(line)
        for key_node, value_node in node.value:
            key_line = first + key_node.start_mark.line
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append(YamlProblem(key_line, _("a key must be a plain word")))
                continue
            key = str(loader.construct_object(key_node))
            if key in mapping:
                duplicate = _("duplicate key '{key}' (first at line {line})").format(
                    key=key, line=mapping.key_lines[key]
                )
                problems.append(YamlProblem(key_line, duplicate))
                continue
            mapping.key_lines[key] = key_line
            mapping[key] = _convert(loader, value_node, first, problems)
        return mapping
    if isinstance(node, yaml.SequenceNode):
        items = LineList(line)
        for item in node.value:
            items.item_lines.append(first + item.start_mark.line)
            items.append(_convert(loader, item, first, problems))
        return items
    return loader.construct_object(node, deep=True)
