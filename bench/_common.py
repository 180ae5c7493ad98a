"""What every benchmark shares: the snippets on the import path, the data, and a results record."""

import datetime
import json
import sys
from pathlib import Path

import torch

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "snippets"))
RESULTS = REPO / "bench" / "results"

sys.path.insert(0, str(REPO / "tests"))
from dataset import prepare_fashion_mnist  # noqa: E402  (tests/dataset.py)
from reproducible import cpu_model  # noqa: E402  (tests/reproducible.py)


def data_root() -> str:
    """The prepared Fashion-MNIST folder, or an error naming the ways to get it."""
    prepare_fashion_mnist(REPO / "data")
    return str(REPO / "data")


def machine() -> str:
    if torch.cuda.is_available():
        return torch.cuda.get_device_name()
    return f"{cpu_model()}, {torch.get_num_threads()} threads"


def record(name: str, rows: list[dict], notes: str = "") -> None:
    """Write bench/results/<name>.json and the table the Training fast chapter includes, <name>.md."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    result = {
        "benchmark": name,
        "date": datetime.date.today().isoformat(),
        "machine": machine(),
        "torch": torch.__version__,
        "rows": rows,
        "notes": notes,
    }
    (RESULTS / f"{name}.json").write_text(json.dumps(result, indent=2) + "\n")
    render(name)


def render(name: str) -> None:
    """bench/results/<name>.md from its .json: a table, then where and when it was measured."""
    result = json.loads((RESULTS / f"{name}.json").read_text())
    columns = list(result["rows"][0])
    table = [
        "| " + " | ".join(column.replace("_", " ") for column in columns) + " |",
        "| " + " | ".join("---" for _ in columns) + " |",
        *("| " + " | ".join(str(row[column]) for column in columns) + " |" for row in result["rows"]),
    ]
    caption = (f"`bench/{name}.py` on {result['machine']}, torch {result['torch']}, {result['date']}. "
               f"{result['notes']}")
    (RESULTS / f"{name}.md").write_text("\n".join(table) + "\n\n" + caption.strip() + "\n")


