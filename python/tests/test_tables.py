"""The tables from Python hold the command's rows, with Parquet's types."""

import json

import pyarrow as pa
import pytest

import factscan
from conftest import REPO, TABLES, arrow_rows, assert_same_tables, run_command, shared

INTEGERS = {
    "start", "end", "char_start", "char_end", "sentence", "source_start",
    "source_end", "cue_start", "cue_end", "bytes", "sentences", "mentions",
    "claims", "documents",
}


@pytest.mark.parametrize("threads", [1, 2, 0])
def test_tables_equal_the_commands_csv_rows_on_data(tmp_path, threads):
    done = run_command([REPO / "data"], tmp_path / "out", "--threads", str(threads))
    assert done.returncode == 0, done.stderr
    tables = factscan.extract(REPO / "data", threads=threads)
    assert tables["documents"].num_rows == 8
    assert tables["entities"].num_rows > 20
    assert_same_tables(tables, tmp_path / "out")


def test_options_change_the_rows_as_the_commands_do(tmp_path):
    cli = ["--kinds", "country,date", "--no-claims", "--doc-date", "2020-02-03", "--date-order", "dmy"]
    done = run_command([REPO / "data"], tmp_path / "out", *cli)
    assert done.returncode == 0, done.stderr
    tables = factscan.extract(
        [REPO / "data"], kinds="country,date", claims=False, doc_date="2020-02-03", date_order="dmy"
    )
    assert tables["claims"].num_rows == 0
    assert set(tables["entities"].column("kind").to_pylist()) <= {"country", "date"}
    assert_same_tables(tables, tmp_path / "out")


def test_columns_have_the_types_parquet_writes():
    tables = factscan.extract(REPO / "data")
    for name in TABLES:
        for field in tables[name].schema:
            if field.name in INTEGERS:
                want = pa.int64()
            elif field.name == "negated":
                want = pa.bool_()
            else:
                want = pa.string()
            assert field.type == want, (name, field.name)
            assert field.nullable
    # Only a claim's missing source has null offsets.
    claims = tables["claims"]
    for name in claims.column_names:
        if name not in ("source_start", "source_end", "cue_start", "cue_end"):
            assert claims.column(name).null_count == 0, name


def test_a_bad_document_is_a_row_and_the_run_goes_on(tmp_path):
    (tmp_path / "a.txt").write_text("Kenya and Ghana signed a treaty.")
    (tmp_path / "b.txt").write_bytes(b"binary\x00data")
    (tmp_path / "c.txt").write_text("France spoke.")
    tables = factscan.extract(tmp_path)
    docs = tables["documents"].to_pylist()
    assert [d["status"] for d in docs] == ["ok", "error", "ok"]
    assert "NUL" in docs[1]["message"]
    assert docs[1]["source"].endswith("b.txt")
    assert "GHA" in tables["entities"].column("entity_id").to_pylist()


def test_a_file_of_0_bytes_is_a_document_with_no_rows(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    tables = factscan.extract(tmp_path / "empty.txt")
    (doc,) = tables["documents"].to_pylist()
    assert doc["bytes"] == 0 and doc["mentions"] == 0
    assert tables["entities"].num_rows == 0 and tables["entity_summary"].num_rows == 0


def ungdc_session():
    session = shared() / "corpora" / "ungdc" / "session-70-2015"
    if not session.is_dir():
        pytest.skip(f"the UN speeches are not here ({session}): ../shared is absent")
    return session


def test_tables_equal_the_commands_on_one_session_of_un_speeches(tmp_path):
    session = ungdc_session()
    done = run_command([session], tmp_path / "out", "--date-from-path")
    assert done.returncode == 0, done.stderr
    tables = factscan.extract(session, date_from_path=True)
    assert tables["documents"].num_rows > 150
    assert_same_tables(tables, tmp_path / "out")


def test_pandas_polars_and_duckdb_read_the_tables():
    tables = factscan.extract(REPO / "data")
    entities = tables["entities"]
    frame = entities.to_pandas()
    assert list(frame.columns) == entities.column_names
    assert len(frame) == entities.num_rows
    # With Arrow-backed columns, pandas keeps Arrow's strings as they are.
    import pandas as pd

    arrow_frame = entities.to_pandas(types_mapper=pd.ArrowDtype)
    assert str(arrow_frame["entity_id"].dtype).startswith("string")
    import polars as pl

    frame = pl.from_arrow(tables["claims"])
    assert frame.columns == tables["claims"].column_names
    assert frame["negated"].dtype == pl.Boolean and frame["start"].dtype == pl.Int64
    import duckdb

    top = duckdb.sql(
        "SELECT entity_id, count(*) AS n FROM entities WHERE entity_id <> '' "
        "GROUP BY entity_id ORDER BY n DESC, entity_id LIMIT 1"
    ).fetchall()
    summary = tables["entity_summary"].to_pylist()[0]
    assert top == [(summary["entity_id"], summary["mentions"])]


def test_records_read_as_the_command_reads_them(tmp_path):
    records = tmp_path / "r.jsonl"
    records.write_text(
        json.dumps({"doc": "x1", "body": {"t": "Kenya spoke."}, "when": "2001-02-03"}) + "\n"
    )
    options = ["--id-field", "doc", "--text-field", "body.t", "--date-field", "when"]
    done = run_command([records], tmp_path / "out", *options)
    assert done.returncode == 0, done.stderr
    tables = factscan.extract(records, id_field="doc", text_field="body.t", date_field="when")
    assert arrow_rows(tables["documents"])[1][0][:3] == ["x1", f"{records}:1", "2001-02-03"]
    assert_same_tables(tables, tmp_path / "out")


def test_globs_and_json_read_as_the_commands_options(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Kenya spoke.")
    (tmp_path / "in" / "b.md").write_text("Peru spoke.")
    (tmp_path / "in" / "c.json").write_text(json.dumps([{"id": "j1", "text": "Chile spoke."}]))
    done = run_command([tmp_path / "in"], tmp_path / "out", "-g", "!*.md")
    assert done.returncode == 0, done.stderr
    tables = factscan.extract(tmp_path / "in", globs="!*.md")
    sources = tables["documents"].column("source").to_pylist()
    assert len(sources) == 2 and not any("b.md" in s for s in sources), sources
    assert "j1" in tables["documents"].column("doc_id").to_pylist()
    assert_same_tables(tables, tmp_path / "out")
