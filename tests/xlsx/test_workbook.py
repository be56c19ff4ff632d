"""tables.xlsx holds the rows of the CSV tables, as a spreadsheet reads it.

factscan writes data/ and tests/data/xlsx/corpus.jsonl (formula-like ids,
every script, emoji, tabs and line breaks, dates of each precision and
before 1900) twice: as xlsx, and as CSV with --raw-cells (text exactly as
found, as xlsx keeps it). Then:

- LibreOffice (headless) converts each sheet to CSV, and its rows equal
  the CSV table's, value for value;
- pandas (openpyxl) reads each sheet, with the same values and types.

Values are compared as text, except: a CR LF in LibreOffice's cells is LF
(LibreOffice keeps line breaks so); openpyxl's text is decoded of OOXML's
`_xHHHH_` escapes as Excel decodes it (openpyxl leaves them); integers by their value (LibreOffice
writes them as shown, in its General format), `negated` without case
(LibreOffice shows TRUE), and a date cell by the day it shows
(`yyyy-mm-dd`, LibreOffice) or holds (pandas), which must be the CSV's
text. Needs a factscan built with the xlsx feature (FACTSCAN_BIN, default
target/debug/factscan). Outside CI (CI unset) a missing LibreOffice,
pandas or openpyxl skips its test with the reason; in CI it fails.
Run from the project's folder: python -m pytest tests/xlsx/
"""

import csv
import datetime
import math
import os
import shutil
import subprocess

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.abspath(
    os.environ.get("FACTSCAN_BIN", os.path.join(ROOT, "target/debug/factscan"))
)
INPUTS = ["data", "tests/data/xlsx/corpus.jsonl"]
TABLES = ["entities", "claims", "documents", "entity_summary"]
INTEGERS = {
    "start", "end", "char_start", "char_end", "sentence", "source_start",
    "source_end", "cue_start", "cue_end", "bytes", "sentences", "mentions",
    "claims", "documents",
}
DATES = {"date", "first_date", "last_date"}


def missing(what):
    """Fails in CI, skips elsewhere, saying what is missing."""
    if os.environ.get("CI"):
        pytest.fail(f"{what} is missing, and CI must run this test")
    pytest.skip(f"{what} is missing (CI installs it)")


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    """The xlsx and the CSV tables of the inputs: (workbook, csv folder)."""
    tmp = tmp_path_factory.mktemp("out")
    for args in (["--output-format", "xlsx"], ["--raw-cells"]):
        folder = tmp / args[-1].lstrip("-")
        subprocess.run(
            [BIN, "extract", *INPUTS, "-o", str(folder), "-q", *args],
            cwd=ROOT,
            check=True,
        )
    workbook = tmp / "xlsx" / "tables.xlsx"
    assert workbook.exists()
    return workbook, tmp / "raw-cells"


def same_cell(column, got, want, crlf=True):
    """Whether a cell read back from the workbook is the CSV's; where not
    `crlf`, a CR LF line break is read back as LF."""
    if column in INTEGERS and want != "":
        return got != "" and float(got) == int(want)
    if column == "negated":
        return got.lower() == want
    return got == (want if crlf else want.replace("\r\n", "\n"))


def assert_same_table(name, got_rows, want_rows, crlf=True):
    assert got_rows[0] == want_rows[0], f"{name}: header"
    assert len(got_rows) == len(want_rows), f"{name}: rows"
    header = want_rows[0]
    for i, (got, want) in enumerate(zip(got_rows[1:], want_rows[1:]), 2):
        got = got + [""] * (len(header) - len(got))
        for column, g, w in zip(header, got, want):
            assert same_cell(column, g, w, crlf), f"{name} row {i} {column}: {g!r} != {w!r}"


def test_libreoffice_reads_the_rows_of_the_csv_tables(out, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        missing("LibreOffice (soffice; Debian's libreoffice-calc-nogui)")
    workbook, csv_dir = out
    # Comma, '"', UTF-8, from line 1, ..., cells as shown, every sheet
    # (-1) to its own file, tables-SHEET.csv.
    options = "44,34,76,1,,0,false,true,true,false,false,-1"
    done = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            f"csv:Text - txt - csv (StarCalc):{options}",
            "--outdir",
            str(tmp_path / "sheets"),
            str(workbook),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    # soffice exits 0 on a file it cannot load, saying so on stderr.
    assert (tmp_path / "sheets").is_dir(), done.stderr.decode()
    sheets = sorted(os.listdir(tmp_path / "sheets"))
    assert sheets == sorted(f"tables-{t}.csv" for t in TABLES)
    for table in TABLES:
        got = read_csv(tmp_path / "sheets" / f"tables-{table}.csv")
        want = read_csv(csv_dir / f"{table}.csv")
        # LibreOffice keeps a line break in a cell as LF alone.
        assert_same_table(table, got, want, crlf=False)


def test_pandas_reads_the_rows_and_types_of_the_csv_tables(out):
    try:
        import openpyxl
        import pandas as pd
    except ImportError as e:
        missing(f"pandas or openpyxl ({e})")
    workbook, csv_dir = out
    frames = pd.read_excel(workbook, sheet_name=None, engine="openpyxl")
    assert list(frames) == TABLES

    from openpyxl.utils.escape import unescape

    def text(v):
        if isinstance(v, float) and math.isnan(v):
            return ""
        if isinstance(v, datetime.datetime):  # pd.Timestamp too
            assert v.time() == datetime.time(0), "a date, no time"
            return v.strftime("%Y-%m-%d")
        if isinstance(v, bool):
            return str(v).lower()
        if isinstance(v, str):
            # openpyxl leaves OOXML's escapes (_x000D_ for CR; _x005F_
            # before a literal _xHHHH_) in text, which Excel decodes.
            return unescape(v)
        return str(v)

    for table in TABLES:
        frame = frames[table]
        want = read_csv(csv_dir / f"{table}.csv")
        got = [list(frame.columns)] + [
            [text(v) for v in row] for row in frame.itertuples(index=False)
        ]
        assert_same_table(table, got, want)

    entities, claims, documents = (frames[t] for t in TABLES[:3])
    assert entities["start"].dtype == "int64"
    assert claims["negated"].dtype == bool
    # Dates at day precision are dates, from 1900-03-01 on; others text.
    for _, doc in documents.iterrows():
        want_date = doc["date_precision"] == "day" and doc["doc_id"] not in ("old", "leap")
        assert isinstance(doc["date"], datetime.datetime) == want_date, doc["doc_id"]

    # Text stays text: never a formula, whatever it starts with.
    book = openpyxl.load_workbook(workbook, read_only=False)
    sheet = book["documents"]
    ids = {c.value: c for c in sheet["A"][1:]}
    for formula_like in ['=HYPERLINK("http://x")', "+scripts", "-year", "@no-date"]:
        assert ids[formula_like].data_type == "s", formula_like
    for table in TABLES:
        sheet = book[table]
        assert sheet.freeze_panes == "A2", table
        last = openpyxl.utils.get_column_letter(sheet.max_column)
        assert sheet.auto_filter.ref == f"A1:{last}{max(sheet.max_row, 2)}", table
        widths = [sheet.column_dimensions[openpyxl.utils.get_column_letter(c)].width
                  for c in range(1, sheet.max_column + 1)]
        assert all(6 <= w <= 61 for w in widths), (table, widths)
