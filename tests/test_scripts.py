"""The scripts of bench/ and records/ share one command line (book/scripts.py): each has a
`main(argv=None)` that parses its arguments with `command_line(__doc__)` or `arguments(__doc__,
argv)` before it measures anything, so `--help` prints its docstring and a mistyped option stops it
at once instead of after a 30-minute run; and each ends by calling `main()`."""

import ast
import subprocess
import sys

import pytest

from book.layout import RECORDS, REPO
from book.scripts import command_line

SCRIPTS = sorted(path for path in [*(REPO / "bench").glob("*.py"), *RECORDS.glob("*.py")] if path.name != "_common.py")


def convention_problems(source: str) -> list[str]:
    tree = ast.parse(source)
    main = next((node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == "main"), None)
    if main is None:
        return ["no main()"]
    problems = []
    if [argument.arg for argument in main.args.args] != ["argv"] or len(main.args.defaults) != 1:
        problems.append("main's one parameter is argv=None")
    calls = [ast.unparse(node) for node in ast.walk(main) if isinstance(node, ast.Call)]
    if not any(call in ("arguments(__doc__, argv)", "command_line(__doc__)") for call in calls):
        problems.append("main builds no parser from the docstring (book/scripts.py)")
    if "arguments(__doc__, argv)" not in calls and not any(call.endswith(".parse_args(argv)") for call in calls):
        problems.append("main does not parse argv")
    guard = tree.body[-1]
    if not (isinstance(guard, ast.If) and "__name__" in ast.unparse(guard.test) and "main()" in ast.unparse(guard)):
        problems.append('the file does not end with `if __name__ == "__main__":` calling main()')
    return problems


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda path: path.relative_to(REPO).as_posix())
def test_every_script_parses_its_arguments_the_same_way(script):
    assert not convention_problems(script.read_text()), convention_problems(script.read_text())


def test_the_convention_check_fails_a_script_that_reads_sys_argv():
    script = '"""Doc."""\nimport sys\n\n\ndef main(update):\n    pass\n\n\nif __name__ == "__main__":\n    main("--update" in sys.argv)\n'
    assert convention_problems(script) == [
        "main's one parameter is argv=None",
        "main builds no parser from the docstring (book/scripts.py)",
        "main does not parse argv",
        'the file does not end with `if __name__ == "__main__":` calling main()',
    ]


def test_help_is_the_docstring_and_an_unknown_argument_stops_the_script():
    doc = "What it measures.\n\nHow long it takes, and how to run it:\n    make something"
    parser = command_line(doc)
    assert parser.description == "What it measures." and "    make something" in parser.format_help()
    with pytest.raises(SystemExit):
        parser.parse_args(["--no-such-option"])


@pytest.mark.parametrize("script", sorted(RECORDS.glob("*.py")), ids=lambda path: path.name)
def test_a_record_script_answers_help_without_running(script):
    """Run for real (each imports the book's modules it needs, so an import that a refactoring broke
    fails here, not at the next 30-minute run): `--help` exits at once with the docstring. The
    benchmarks import the chapters at the top, which loads the data: seconds each, so only their
    convention is checked above."""
    result = subprocess.run(
        [sys.executable, str(script), "--help"], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert result.returncode == 0 and "usage:" in result.stdout, result.stderr
