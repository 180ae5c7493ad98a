"""README.md's "Modules" is the one list of the machinery: every module of book/, hooks/ and bench/
in one line, each once, and no module that is not there (CONTRIBUTING.md and book/__init__.py point
to it instead of keeping lists of their own)."""

import re
from collections import Counter

from book.layout import REPO

FOLDERS = ("book", "hooks", "bench", "records")
ROW = re.compile(r"^\| `(?P<module>[^`]+)` \| (?P<what>.*\S) \|$")
# a path of a module a document names: `book/harness.py`, tests/test_pages.py (placeholders aside)
NAMED = re.compile(r"\b(?:book|hooks|bench|records|tests)/[\w/]+\.py\b")


def listed_modules(readme: str) -> list[str]:
    """The first column of the table under README's "## Modules", in order."""
    parts = re.split(r"^## Modules\n", readme, maxsplit=1, flags=re.M)
    assert len(parts) == 2, 'README.md has no "## Modules" section'
    section = re.split(r"^## ", parts[1], maxsplit=1, flags=re.M)[0]
    return [row["module"] for line in section.splitlines() if (row := ROW.match(line))]


def modules() -> set[str]:
    """Every module of the machinery's folders (a package's __init__.py is the package, not one)."""
    return {
        path.relative_to(REPO).as_posix()
        for folder in FOLDERS
        for path in (REPO / folder).glob("*.py")
        if path.name != "__init__.py"
    }


def differences(listed: list[str], present: set[str]) -> list[str]:
    problems = [f"README.md's Modules does not list {module}" for module in sorted(present - set(listed))]
    problems += [
        f"README.md's Modules lists {module}, which does not exist" for module in listed if module not in present
    ]
    problems += [f"README.md's Modules lists {module} {n} times" for module, n in Counter(listed).items() if n > 1]
    return problems


def test_the_readme_lists_every_module_once_and_nothing_else():
    problems = differences(listed_modules((REPO / "README.md").read_text()), modules())
    assert not problems, "\n".join(problems) + "\n(one row each: | `folder/module.py` | what it is |)"


def test_the_check_finds_a_missing_and_an_extra_module():
    readme = "# Book\n\n## Modules\n\n| module | what it is |\n| --- | --- |\n| `book/a.py` | a |\n| `book/c.py` | c |\n\n## Next\n"
    assert listed_modules(readme) == ["book/a.py", "book/c.py"]
    assert differences(listed_modules(readme), {"book/a.py", "book/b.py"}) == [
        "README.md's Modules does not list book/b.py",
        "README.md's Modules lists book/c.py, which does not exist",
    ]


def test_every_module_the_readme_and_contributing_name_exists():
    missing = [
        f"{document} names {path}, which does not exist"
        for document in ("README.md", "CONTRIBUTING.md")
        for path in sorted(set(NAMED.findall((REPO / document).read_text())))
        if not (REPO / path).is_file()
    ]
    assert not missing, "\n".join(missing)


# ---- durations: each stated once, with the machine and date it was measured on -----------------

# "about 8 minutes", "20 to 30 min", "~5 min": a duration in minutes (seconds are the tests' own)
DURATION = re.compile(r"\b\d+(?:\.\d+)?\s*(?:(?:to|-|–)\s*\d+\s*)?(?:minutes?|min)\b")
# Where a duration is stated: CONTRIBUTING.md's "Which to run when" for the make targets, the
# scripts' tables in bench/README.md and records/README.md; the pages say what a reader must know.


def durations_outside_their_homes() -> list[str]:
    places = [
        "Makefile",
        "README.md",
        *(f"{folder}/{path.name}" for folder in FOLDERS for path in (REPO / folder).glob("*.py")),
    ]
    return [
        f"{place}:{number}: {line.strip()}"
        for place in places
        for number, line in enumerate((REPO / place).read_text().splitlines(), start=1)
        if DURATION.search(line)
    ]


def test_a_duration_is_stated_only_where_it_was_measured():
    """A duration written in a Makefile comment, a docstring and the README drifts three ways (they
    said `make check` takes a minute when it took 150 s): each is stated once, in a table with the
    machine and date, and the rest point there."""
    found = durations_outside_their_homes()
    assert not found, "durations outside CONTRIBUTING.md, bench/README.md and records/README.md:\n" + "\n".join(found)


def test_the_duration_check_finds_minutes_in_every_spelling():
    assert [bool(DURATION.search(text)) for text in ("about 8 minutes", "20 to 30 min", "(~5 min)", "1 minute")] == [
        True
    ] * 4
    assert not DURATION.search("the minimum of 3 runs") and not DURATION.search("150 s")
