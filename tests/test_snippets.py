"""Every snippet runs; what it prints and draws is what its page shows."""

import pytest

from book.harness import figure_differences, output_differences, rewrite_figures, rewrite_outputs, run_snippet
from book.layout import SNIPPETS, all_snippets


@pytest.mark.parametrize("snippet", all_snippets(), ids=lambda p: str(p.relative_to(SNIPPETS)))
def test_snippet(snippet, snippet_workdir, update_outputs):
    run = run_snippet(snippet, snippet_workdir)
    if update_outputs:
        rewrite_outputs(run)  # line numbers shift as blocks are rewritten: nothing left to compare
        rewrite_figures(run)
        return
    problems = output_differences(run) + figure_differences(run)
    assert not problems, "\n\n".join(problems)
