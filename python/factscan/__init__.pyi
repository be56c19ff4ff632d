import os
from typing import Dict, Iterator, Optional, Sequence, Tuple, Union

import pyarrow

PathLike = Union[str, os.PathLike[str]]
Paths = Union[PathLike, Sequence[PathLike]]
Tables = Dict[str, pyarrow.Table]

TABLES: Tuple[str, str, str, str]

class FactscanError(ValueError):
    """A bad option, dictionary or metadata table, with the command's message."""

def extract(
    inputs: Paths,
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
    dicts: Optional[Paths] = None,
    no_default_dicts: bool = False,
    kinds: Union[str, Sequence[str], None] = None,
    claims: bool = True,
    max_doc_bytes: Optional[int] = None,
    threads: int = 0,
) -> Tables: ...
def extract_texts(
    texts: Sequence[str],
    ids: Optional[Sequence[str]] = None,
    dates: Optional[Sequence[Optional[str]]] = None,
    speakers: Optional[Sequence[Optional[str]]] = None,
    *,
    doc_date: Optional[str] = None,
    date_order: Optional[str] = None,
    prefer_dates: Optional[str] = None,
    dicts: Optional[Paths] = None,
    no_default_dicts: bool = False,
    kinds: Union[str, Sequence[str], None] = None,
    claims: bool = True,
    max_doc_bytes: Optional[int] = None,
    threads: int = 0,
) -> Tables: ...
def stream(
    inputs: Paths,
    batch_docs: int = 10000,
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
    dicts: Optional[Paths] = None,
    no_default_dicts: bool = False,
    kinds: Union[str, Sequence[str], None] = None,
    claims: bool = True,
    max_doc_bytes: Optional[int] = None,
    threads: int = 0,
) -> Iterator[Tables]: ...
