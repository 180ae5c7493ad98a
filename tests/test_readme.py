"""README.md's "Modules" is the one list of the machinery: every module of book/, hooks/ and bench/
in one line, each once, and no module that is not there (CONTRIBUTING.md and book/__init__.py point
to it instead of keeping lists of their own)."""

import re
from collections import Counter

from book.layout import REPO

FOLDERS = ("book", "hooks", "bench")
ROW = re.compile(r"^\| `(?P<module>[^`]+)` \| (?P<what>.*\S) \|$")
# a path of a module a document names: `book/harness.py`, tests/test_pages.py (placeholders aside)
NAMED = re.compile(r"\b(?:book|hooks|bench|tests)/[\w/]+\.py\b")


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
