"""factscan: the entities and claims of a corpus, as Arrow tables.

Each function returns (or, for :func:`stream`, yields) a dict of four
``pyarrow.Table`` objects, ``entities``, ``claims``, ``documents`` and
``entity_summary``, with the rows, order, columns, types and values that
``factscan extract --output-format parquet`` writes (cells exactly as
found, as with ``--raw-cells``). The work runs with the GIL released, on
``threads`` workers (0: one per core), with the same rows at any thread
count. A bad option, dictionary or metadata table raises
:class:`FactscanError` (a ``ValueError``) with the command's message; a bad
document is a row of the ``documents`` table with status ``error``.

Options (keyword arguments), as the command's:

- ``format``: ``"auto"`` (by extension), ``"text"``, ``"jsonl"``, ``"json"``,
  ``"csv"``
- ``globs``: of the files found in folders, read only those these globs
  choose (``["*.txt"]``, ``["!*.csv"]``; the command's ``-g``)
- ``text_field``, ``id_field``, ``date_field``, ``speaker_field``,
  ``country_field``: the fields or columns of JSON Lines and CSV records
- ``meta``: a CSV (or .tsv) table of document metadata, joined by ``doc_id``
- ``date_from_path``: take a document's date from its path
- ``doc_date``: the date of documents with none of their own (YYYY[-MM[-DD]])
- ``date_order``: ``"auto"``, ``"dmy"``, ``"mdy"`` or ``"ymd"``
- ``prefer_dates``: which way a date that leaves its year or week open is
  read: ``"nearest"`` (the default), ``"future"`` or ``"past"``
- ``dicts``: dictionary files or folders, after the defaults
- ``no_default_dicts``: leave the built-in dictionaries out
- ``kinds``: kinds of mention to find (a list, or a comma-separated string)
- ``claims``: look for claims (default True; ``--no-claims`` is False)
- ``max_doc_bytes``: the largest document read whole
- ``threads``: worker threads, 0 for one per core
"""

import os
from typing import Any, Dict, Iterator, List, Optional, Sequence, Union

import pyarrow  # noqa: F401  (the tables are pyarrow's)

from . import _factscan
from ._factscan import FactscanError

__all__ = ["extract", "extract_texts", "stream", "FactscanError", "TABLES"]

#: The names of the tables, in the order the command writes them.
TABLES = ("entities", "claims", "documents", "entity_summary")

PathLike = Union[str, "os.PathLike[str]"]


def _paths(value: Union[PathLike, Sequence[PathLike]]) -> List[str]:
    if isinstance(value, (str, bytes, os.PathLike)):
        value = [value]
    return [os.fsdecode(v) for v in value]


def _options(options: Dict[str, Any]) -> Dict[str, Any]:
    """The options to pass on: None left out, lists made of paths."""
    out = {k: v for k, v in options.items() if v is not None}
    if "dicts" in out:
        out["dicts"] = _paths(out["dicts"])
    if "meta" in out:
        out["meta"] = os.fsdecode(out["meta"])
    if isinstance(out.get("globs"), str):
        out["globs"] = [out["globs"]]
    if isinstance(out.get("kinds"), str):
        out["kinds"] = out["kinds"].split(",")
    return out


def extract(
    inputs: Union[PathLike, Sequence[PathLike]],
    *,
    format: Optional[str] = None,
    text_field: Optional[str] = None,
    id_field: Optional[str] = None,
    date_field: Optional[str] = None,
    speaker_field: Optional[str] = None,
    country_field: Optional[str] = None,
    meta: Optional[PathLike] = None,
    globs: Union[str, Sequence[str], None] = None,
    date_from_path: bool = False,
    doc_date: Optional[str] = None,
    date_order: Optional[str] = None,
    prefer_dates: Optional[str] = None,
    dicts: Union[PathLike, Sequence[PathLike], None] = None,
    no_default_dicts: bool = False,
    kinds: Union[str, Sequence[str], None] = None,
    claims: bool = True,
    max_doc_bytes: Optional[int] = None,
    threads: int = 0,
) -> Dict[str, "pyarrow.Table"]:
    """The tables of every document of ``inputs``: files or folders
    (folders recursively, in sorted order), as ``factscan extract`` reads
    them. See the module's documentation for the options."""
    options = _options(dict(locals(), inputs=None))
    return _factscan.extract(_paths(inputs), **options)


def extract_texts(
    texts: Sequence[str],
    ids: Optional[Sequence[str]] = None,
    dates: Optional[Sequence[Optional[str]]] = None,
    speakers: Optional[Sequence[Optional[str]]] = None,
    *,
    doc_date: Optional[str] = None,
    date_order: Optional[str] = None,
    prefer_dates: Optional[str] = None,
    dicts: Union[PathLike, Sequence[PathLike], None] = None,
    no_default_dicts: bool = False,
    kinds: Union[str, Sequence[str], None] = None,
    claims: bool = True,
    max_doc_bytes: Optional[int] = None,
    threads: int = 0,
) -> Dict[str, "pyarrow.Table"]:
    """The tables of documents given as strings, one document each.

    ``ids`` names them (default: their index, ``"0"``, ``"1"``, …);
    ``dates`` (YYYY[-MM[-DD]]) and ``speakers`` (a name or an entity id)
    are what a record's date and speaker fields give, ``None`` for none.
    The ``source`` column reads ``texts[i]``. A text longer than
    ``max_doc_bytes`` is cut to it, with a warning in its row."""
    options = _options(
        dict(locals(), texts=None, ids=None, dates=None, speakers=None)
    )
    return _factscan.extract_texts(
        list(texts),
        None if ids is None else [str(i) for i in ids],
        None if dates is None else list(dates),
        None if speakers is None else list(speakers),
        **options,
    )


def stream(
    inputs: Union[PathLike, Sequence[PathLike]],
    batch_docs: int = 10_000,
    *,
    format: Optional[str] = None,
    text_field: Optional[str] = None,
    id_field: Optional[str] = None,
    date_field: Optional[str] = None,
    speaker_field: Optional[str] = None,
    country_field: Optional[str] = None,
    meta: Optional[PathLike] = None,
    globs: Union[str, Sequence[str], None] = None,
    date_from_path: bool = False,
    doc_date: Optional[str] = None,
    date_order: Optional[str] = None,
    prefer_dates: Optional[str] = None,
    dicts: Union[PathLike, Sequence[PathLike], None] = None,
    no_default_dicts: bool = False,
    kinds: Union[str, Sequence[str], None] = None,
    claims: bool = True,
    max_doc_bytes: Optional[int] = None,
    threads: int = 0,
) -> Iterator[Dict[str, "pyarrow.Table"]]:
    """The tables of ``inputs`` as ``extract`` gives them, in batches: an
    iterator of dicts of the four tables, each holding the rows of the
    next ``batch_docs`` documents in input order. Memory stays bounded:
    the run waits while a batch is held and not yet taken.

    ``entity_summary`` counts the whole corpus, so it is known only at
    the end: it is empty in every batch but the last, which holds all of
    it. Options are checked (and raise) at the call; an input error met
    later raises from the iteration."""
    options = _options(dict(locals(), inputs=None, batch_docs=None))
    return _factscan.stream(_paths(inputs), batch_docs, **options)
