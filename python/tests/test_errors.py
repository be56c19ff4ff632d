"""Bad options and dictionaries raise FactscanError with the command's message."""

import pytest

import factscan
from conftest import REPO, run_command

# (keyword arguments, the command's options for the same, or None where
# the command's parser refuses it in words of its own; what the message
# says)
CASES = [
    ({"kinds": ["country", "planet"]}, ["--kinds", "country,planet"], "--kinds: unknown kind `planet`"),
    ({"doc_date": "yesterday"}, ["--doc-date", "yesterday"], "--doc-date: `yesterday` is not a date"),
    ({"dicts": ["no/such/dict.tsv"]}, ["--dict", "no/such/dict.tsv"], "no/such/dict.tsv"),
    ({"meta": "no/such/meta.csv"}, ["--meta", "no/such/meta.csv"], "no/such/meta.csv"),
    (
        {"format": "text", "id_field": "doc"},
        ["--format", "text", "--id-field", "doc"],
        "--id-field names a field of JSON Lines",
    ),
    ({"date_order": "ydm"}, None, "--date-order: `ydm` is none of auto, dmy, mdy, ymd"),
    ({"prefer_dates": "later"}, None, "--prefer-dates: `later` is none of nearest, future, past"),
    ({"format": "xml"}, None, "--format: `xml` is none of auto, text, jsonl, json, csv"),
]


@pytest.mark.parametrize("kwargs,cli,says", CASES, ids=[next(iter(c[0])) for c in CASES])
def test_a_bad_option_raises_the_commands_message(tmp_path, kwargs, cli, says):
    with pytest.raises(factscan.FactscanError) as raised:
        factscan.extract(REPO / "data", **kwargs)
    message = str(raised.value)
    assert says in message
    assert isinstance(raised.value, ValueError)
    if cli is not None:
        done = run_command([REPO / "data"], tmp_path / "out", *cli)
        assert done.returncode == 1
        assert done.stderr.strip() == f"factscan: {message}"
    # The stream checks its options at the call, before any batch.
    with pytest.raises(factscan.FactscanError, match="^" + message[:20].replace("(", r"\(")):
        factscan.stream(REPO / "data", **kwargs)


def test_a_bad_dictionary_raises_with_its_file_and_line(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("kind\tid\tname\taliases\nplanet\tX\tMars\t\n")
    done = run_command([REPO / "data"], tmp_path / "out", "--dict", str(bad))
    assert done.returncode == 1
    with pytest.raises(factscan.FactscanError) as raised:
        factscan.extract_texts(["Kenya."], dicts=bad)
    assert f"{bad}:2" in str(raised.value)
    assert done.stderr.strip() == f"factscan: {raised.value}"


def test_an_unknown_option_is_a_type_error():
    with pytest.raises(TypeError):
        factscan.extract(REPO / "data", no_such_option=1)
    with pytest.raises(TypeError):
        factscan.extract_texts(["x"], date_from_path=True)


def test_a_stream_of_batches_of_0_documents_is_refused():
    with pytest.raises(factscan.FactscanError, match="batch_docs"):
        factscan.stream(REPO / "data", batch_docs=0)
