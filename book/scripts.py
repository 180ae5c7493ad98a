"""The one command line of the scripts in bench/ and records/: `python <script> --help` prints the
script's docstring, and an argument it does not know stops it before it measures anything.

Each script ends the same way:

    def main(argv: list[str] | None = None) -> None:
        args = arguments(__doc__, argv)  # or: parser = command_line(__doc__); add options; parse
        ...

    if __name__ == "__main__":
        main()

No torch here: the records' scripts parse their arguments before they import torch.
"""

from __future__ import annotations

import argparse


def command_line(doc: str) -> argparse.ArgumentParser:
    """A parser whose help is the script's docstring: its first paragraph as the description, the
    rest (usage notes, how long it takes) after the options, as written."""
    summary, _, rest = doc.strip().partition("\n\n")
    return argparse.ArgumentParser(
        description=summary, epilog=rest or None, formatter_class=argparse.RawDescriptionHelpFormatter
    )


def arguments(doc: str, argv: list[str] | None = None) -> argparse.Namespace:
    """The arguments of a script that takes none but --help."""
    return command_line(doc).parse_args(argv)
