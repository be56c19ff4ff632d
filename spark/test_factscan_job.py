"""The Spark job gives exactly the rows of a single-machine run.

Runs Spark in local mode (local[2]) on the project's data/ folder, with the
release binary (FACTSCAN_BIN, default target/release/factscan). Run from
the project's folder: python -m pytest spark/
"""

import csv
import glob
import os
import shutil
import subprocess

import pytest
from pyspark.sql import SparkSession

import factscan_job

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.abspath(
    os.environ.get("FACTSCAN_BIN", os.path.join(ROOT, "target/release/factscan"))
)


@pytest.fixture(scope="module")
def spark():
    # Everything stays on this machine's loopback.
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    session = (
        SparkSession.builder.master("local[2]")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .appName("factscan-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    yield session
    session.stop()


@pytest.fixture()
def corpus(tmp_path, monkeypatch):
    """A copy of data/ with a bad record and a skipped file, as cwd."""
    shutil.copytree(os.path.join(ROOT, "data"), tmp_path / "data")
    (tmp_path / "data" / "bad.jsonl").write_text(
        '{"text": "Peru and Chile"}\n{oops\n', encoding="utf-8"
    )
    (tmp_path / "data" / "image.png").write_bytes(b"\x89PNG not read")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def read_rows(paths):
    """Rows of CSV files, header first, the header kept once."""
    header, rows = None, []
    for path in paths:
        with open(path, newline="", encoding="utf-8") as f:
            reader = csv.reader(f)
            file_header = next(reader, None)
            if file_header is None:
                continue
            header = header or file_header
            assert file_header == header
            rows.extend(reader)
    return header, sorted(rows)


def single_machine(tmp_path):
    out = tmp_path / "single"
    done = subprocess.run(
        # The job's CSV holds the text as it is, as --raw-cells writes it.
        [BIN, "extract", "data", "-o", str(out), "-q", "--raw-cells"],
        capture_output=True,
    )
    # 2: the run went on past the bad record of data/bad.jsonl.
    assert done.returncode == 2, done.stderr
    return out


@pytest.mark.parametrize("table,columns", [
    ("entities", factscan_job.ENTITY_COLUMNS),
    ("claims", factscan_job.CLAIM_COLUMNS),
    ("documents", factscan_job.DOCUMENT_COLUMNS),
])
def test_csv_tables_hold_the_rows_of_a_single_machine_run(
    spark, corpus, table, columns
):
    single = single_machine(corpus)
    factscan_job.run(spark, ["data"], str(corpus / "spark"), "csv", BIN,
                     partitions=3)
    want_header, want = read_rows([single / f"{table}.csv"])
    parts = sorted(glob.glob(str(corpus / "spark" / table / "part-*.csv")))
    got_header, got = read_rows(parts)
    assert want_header == columns
    assert got_header == columns
    assert len(want) > 0
    assert got == want


def test_parquet_tables_hold_the_same_rows(spark, corpus):
    single = single_machine(corpus)
    factscan_job.run(spark, ["data"], str(corpus / "pq"), "parquet", BIN)
    _, want = read_rows([single / "documents.csv"])
    frame = spark.read.parquet(str(corpus / "pq" / "documents"))
    assert frame.columns == factscan_job.DOCUMENT_COLUMNS
    got = sorted(
        ["" if v is None else str(v) for v in row] for row in frame.collect()
    )
    assert got == want
    status = factscan_job.DOCUMENT_COLUMNS.index("status")
    statuses = {row[status] for row in want}
    assert statuses == {"ok", "error"}


def test_a_failing_command_fails_the_job(spark, corpus):
    with pytest.raises(Exception) as failure:
        factscan_job.run(spark, ["data"], str(corpus / "bad"), "csv", BIN,
                         extract_args=["--kinds", "planet"])
    assert "planet" in str(failure.value) or "exit" in str(failure.value)
