"""Strings in memory: the rows the command gives the same texts as records."""

import json

import pytest

import factscan
from conftest import assert_same_tables, run_command

SCRIPTS = [
    "Kenya and Ghana met in Nairobi on 3 March 2024.",
    "Россия и Украина провели переговоры в Женеве. Kenya said so.",
    "中华人民共和国 and Japan 日本 spoke; France agreed on 2024-05-01.",
    "مصر والأردن — Egypt and Jordan said the talks went well.",
    "भारत (India) 🇮🇳 and Nepal नेपाल signed a treaty 🤝 in 2023.",
    "한국 Korea, ไทย Thailand, Ελλάδα Greece, ישראל Israel, ქართული Georgia.",
    "👩🏽‍🚀 Emoji first 🎉🎉 then Brazil 🇧🇷, Chile and e\u0301 combining marks.",
    "Zero\u200bwidth joiners\u200d and \ufeffBOMs around Germany\u2028Peru.",
    "𝕿𝖍𝖊 𝖀𝖓𝖎𝖙𝖊𝖉 𝕹𝖆𝖙𝖎𝖔𝖓𝖘 and the United Nations said Mali would vote.",
    "",
    "   \n\n\t ",
    "The Prime Minister of Canada said that Canada supports Ukraine.",
]


def as_records(tmp_path, texts, ids):
    path = tmp_path / "texts.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for i, t in zip(ids, texts):
            f.write(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n")
    return path


def test_every_script_and_emoji_give_the_commands_rows(tmp_path):
    ids = [f"t{i}" for i in range(len(SCRIPTS))]
    done = run_command([as_records(tmp_path, SCRIPTS, ids)], tmp_path / "out")
    assert done.returncode == 0, done.stderr
    tables = factscan.extract_texts(SCRIPTS, ids=ids)
    assert_same_tables(tables, tmp_path / "out", skip_columns=("source",))
    assert tables["documents"].column("source").to_pylist()[:2] == ["texts[0]", "texts[1]"]
    # Character offsets count code points, as Python's str does.
    for row in tables["entities"].to_pylist():
        text = SCRIPTS[ids.index(row["doc_id"])]
        assert text[row["char_start"]:row["char_end"]] == row["text"]
        assert text.encode()[row["start"]:row["end"]].decode() == row["text"]


def test_a_text_of_0_bytes_is_a_document_with_no_rows():
    tables = factscan.extract_texts([""])
    (doc,) = tables["documents"].to_pylist()
    assert (doc["doc_id"], doc["bytes"], doc["status"]) == ("0", 0, "ok")
    assert tables["entities"].num_rows == 0
    assert tables["claims"].num_rows == 0
    empty = factscan.extract_texts([])
    assert all(empty[name].num_rows == 0 for name in factscan.TABLES)


def test_10000_small_texts_in_order_and_as_the_command(tmp_path):
    texts = [f"Note {i}: Kenya and Peru met on {1 + i % 28} May 2020." for i in range(10_000)]
    ids = [f"n{i}" for i in range(10_000)]
    done = run_command([as_records(tmp_path, texts, ids)], tmp_path / "out")
    assert done.returncode == 0, done.stderr
    tables = factscan.extract_texts(texts, ids=ids, threads=2)
    assert tables["documents"].column("doc_id").to_pylist() == ids
    assert tables["entities"].num_rows >= 30_000
    assert_same_tables(tables, tmp_path / "out", skip_columns=("source",))


def test_dates_and_speakers_act_as_a_records_fields(tmp_path):
    texts = ["The minister said Kenya would help.", "It rained in Peru."]
    path = tmp_path / "r.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": texts[0], "date": "2019-07", "speaker": "KEN"}) + "\n"
        + json.dumps({"id": "b", "text": texts[1]}) + "\n"
    )
    done = run_command([path], tmp_path / "out")
    assert done.returncode == 0, done.stderr
    tables = factscan.extract_texts(texts, ids=["a", "b"], dates=["2019-07", None], speakers=["KEN", None])
    assert tables["documents"].column("date").to_pylist() == ["2019-07-01", ""]
    assert tables["documents"].column("date_precision").to_pylist()[0] == "month"
    assert_same_tables(tables, tmp_path / "out", skip_columns=("source",))


def test_a_text_longer_than_max_doc_bytes_is_cut_with_a_warning():
    tables = factscan.extract_texts(["Kenya " * 100], max_doc_bytes=12)
    (doc,) = tables["documents"].to_pylist()
    assert (doc["bytes"], doc["status"]) == (12, "warning")
    assert doc["message"] == "cut to 12 bytes (--max-doc-bytes)"


def test_rows_are_the_same_at_any_thread_count():
    texts = [f"Doc {i}. Ghana, Togo and Benin said on 1 June 2021 that talks failed." for i in range(3000)]
    one = factscan.extract_texts(texts, threads=1)
    for threads in (2, 3, 0):
        many = factscan.extract_texts(texts, threads=threads)
        for name in factscan.TABLES:
            assert many[name].equals(one[name]), (threads, name)


@pytest.mark.parametrize("what", ["ids", "dates", "speakers"])
def test_a_list_of_the_wrong_length_is_refused(what):
    with pytest.raises(factscan.FactscanError, match=f"{what}: 1 given for 2 texts"):
        factscan.extract_texts(["a", "b"], **{what: ["x"]})
