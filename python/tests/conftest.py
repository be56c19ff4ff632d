"""What the tests share: the command to compare with, and how to compare.

The command is the repository's release build (`cargo build --release`),
or the one FACTSCAN_BIN names. The UN speeches are those of
`../shared/corpora/ungdc` beside the repository, or of FACTSCAN_SHARED.
"""

import csv
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TABLES = ("entities", "claims", "documents", "entity_summary")


def command() -> Path:
    path = Path(os.environ.get("FACTSCAN_BIN", REPO / "target/release/factscan")).resolve()
    if not path.exists():
        pytest.fail(f"no factscan command at {path}: run `cargo build --release` or set FACTSCAN_BIN")
    return path


def shared() -> Path:
    return Path(os.environ.get("FACTSCAN_SHARED", REPO.parent / "shared"))


def run_command(inputs, out: Path, *options: str) -> subprocess.CompletedProcess:
    """`factscan extract INPUTS -o OUT --raw-cells OPTIONS`, its tables in CSV."""
    args = [str(command()), "extract", *map(str, inputs), "-o", str(out), "--raw-cells", "-q", *options]
    return subprocess.run(args, capture_output=True, text=True)


def csv_rows(out: Path, table: str):
    """A table's header and rows as the command wrote them, as strings."""
    with open(out / f"{table}.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def cell(value) -> str:
    """A value of an Arrow table as the command's CSV writes it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def arrow_rows(table):
    """A pyarrow table's header and rows, as strings."""
    columns = [table.column(i).to_pylist() for i in range(table.num_columns)]
    return table.column_names, [[cell(v) for v in row] for row in zip(*columns)]


def assert_same_tables(tables, out: Path, skip_columns=()):
    """The four tables hold the command's CSV rows, in its order."""
    assert sorted(tables) == sorted(TABLES)
    for name in TABLES:
        header, rows = csv_rows(out, name)
        got_header, got = arrow_rows(tables[name])
        assert got_header == header, name
        keep = [i for i, c in enumerate(header) if c not in skip_columns]
        want = [[r[i] for i in keep] for r in rows]
        got = [[r[i] for i in keep] for r in got]
        assert len(got) == len(want), f"{name}: {len(got)} rows, the command {len(want)}"
        for n, (g, w) in enumerate(zip(got, want)):
            assert g == w, f"{name} row {n}"
