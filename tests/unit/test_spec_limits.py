"""The spec loader's limits (issue 8): over-long fields, bad encodings, NULs and capitals are
named by line, byte and column, never a traceback."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from trekmail_client.provisioning import (
    MailboxSpec,
    RowProblem,
    SpecFileError,
    load_specs,
    specs_from_rows,
)


@pytest.mark.parametrize("length", [1_001, 5_000, 1_000_000])
def test_an_over_long_csv_field_refuses_the_file_by_line_and_column(
    tmp_path: Path, length: int
) -> None:
    """Over the limit of 1,000 characters, below and above the csv module's own limit
    (131,072): the same refusal, naming line and column, and the csv module's limit is back
    as it was."""
    before = csv.field_size_limit()
    path = tmp_path / "rows.csv"
    path.write_text(
        "domain,local_part,display_name\nexample.com,a,A\nexample.com,b," + "x" * length + "\n",
        encoding="utf-8",
    )
    with pytest.raises(SpecFileError) as info:
        load_specs(path)
    message = str(info.value)
    assert "line 3, column display_name" in message
    assert f"{length:,} characters long (at most 1,000)" in message
    assert "x" * 100 not in message
    assert csv.field_size_limit() == before


def test_a_field_of_1000_characters_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("domain,local_part,display_name\nexample.com,b," + "x" * 1_000 + "\n")
    (spec,) = load_specs(path)
    assert isinstance(spec, MailboxSpec) and spec.display_name == "x" * 1_000


def test_an_over_long_jsonl_field_refuses_the_file(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text(
        '{"domain": "example.com", "local_part": "a"}\n'
        '{"domain": "example.com", "local_part": "' + "b" * 2_000 + '"}\n'
    )
    with pytest.raises(SpecFileError, match="line 2, column local_part: the field is 2,000"):
        load_specs(path)


def test_rows_built_in_code_keep_the_row_level_problem() -> None:
    (problem,) = specs_from_rows([{"domain": "example.com", "local_part": "a" * 1_001}])
    assert isinstance(problem, RowProblem) and "local_part" in problem.message


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_a_bad_byte_is_named_by_line_and_byte(tmp_path: Path, suffix: str) -> None:
    """Line, byte of the line and byte of the file are all 1-based (as editors count)."""
    path = tmp_path / f"rows{suffix}"
    head = (
        b"domain,local_part\n" + b"example.com,a\n" * 3000
        if suffix == ".csv"
        else b'{"domain": "example.com", "local_part": "a"}\n' * 3000
    )
    path.write_bytes(head + b"example.com,caf\xe9\n")
    with pytest.raises(SpecFileError) as info:
        load_specs(path)
    line = 3002 if suffix == ".csv" else 3001
    message = str(info.value)
    assert f"line {line:,}, byte 16 of the line (byte {len(head) + 16:,} of the file)" in message
    assert "0xe9, not UTF-8" in message
    assert "UTF-16" not in message  # no hint for a file that is simply not UTF-8


def test_a_utf8_bom_counts_in_the_byte_of_the_file(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_bytes(b"\xef\xbb\xbfdomain,local_part\n\xff\n")
    with pytest.raises(SpecFileError, match=r"line 2, byte 1 of the line \(byte 22 of the file\)"):
        load_specs(path)


@pytest.mark.parametrize(
    ("encoding", "named"),
    [
        ("utf-16", "UTF-16"),  # with a byte-order mark
        ("utf-32", "UTF-32"),
        ("utf-16-le", "UTF-16 or UTF-32"),  # no mark: NULs between the characters
        ("utf-16-be", "UTF-16 or UTF-32"),
    ],
)
def test_a_utf16_or_utf32_file_gets_a_hint_to_save_it_as_utf8(
    tmp_path: Path, encoding: str, named: str
) -> None:
    path = tmp_path / "rows.csv"
    path.write_bytes("domain,local_part\nexample.com,alice\n".encode(encoding))
    with pytest.raises(SpecFileError) as info:
        load_specs(path)
    message = str(info.value)
    assert "line 1, byte " in message and "of the file)" in message
    assert f"looks like {named}" in message and "UTF-8" in message


def test_a_nul_or_capitals_in_local_part_make_that_row_invalid(tmp_path: Path) -> None:
    """Only the bad rows: the others load. Capitals are refused (the API refuses them with
    422 rather than lower-casing them); a domain is lower-cased."""
    path = tmp_path / "rows.csv"
    path.write_bytes(
        b"domain,local_part,display_name\n"
        b"example.com,a\x00b,A\n"
        b"example.com,Bob,B\n"
        b"EXAMPLE.com,carol,C\x00\n"
        b"Example.COM,dave,D\n"
    )
    nul, capitals, nul_name, good = load_specs(path)
    assert isinstance(nul, RowProblem) and nul.line == 2
    assert "column local_part holds a NUL character (at character 2)" in nul.message
    assert isinstance(capitals, RowProblem) and capitals.line == 3
    assert "column local_part 'Bob' has capital letters" in capitals.message
    assert "'bob'" in capitals.message
    assert isinstance(nul_name, RowProblem) and "column display_name" in nul_name.message
    assert good == MailboxSpec("example.com", "dave", "D")


def test_a_lowercase_form_is_suggested_only_when_the_api_would_accept_it(
    tmp_path: Path,
) -> None:
    """'İi'.lower() is 'i' plus a combining dot plus 'i', itself refused: no suggestion, only
    what is allowed; 'Bob' still gets 'bob'."""
    path = tmp_path / "rows.jsonl"
    path.write_text(
        '{"domain": "example.com", "local_part": "\\u0130i"}\n'
        '{"domain": "example.com", "local_part": "\\u00c9mile"}\n'
        '{"domain": "example.com", "local_part": "Bob"}\n',
        encoding="utf-8",
    )
    dotted, accented, plain = load_specs(path)
    for problem in (dotted, accented):
        assert isinstance(problem, RowProblem)
        assert "has capital letters" in problem.message
        assert "lowercase letters, digits, '_', '-' and single dots" in problem.message
        assert "write it as" not in problem.message
    assert isinstance(plain, RowProblem) and "write it as 'bob'" in plain.message


def test_an_unknown_jsonl_key_refuses_the_file_like_an_unknown_csv_column(
    tmp_path: Path,
) -> None:
    """A JSONL key outside the four columns is refused (as a CSV column ``extra`` is), naming
    the key, the line and the known keys, instead of being dropped silently."""
    path = tmp_path / "rows.jsonl"
    path.write_text(
        '{"domain": "example.com", "local_part": "ann"}\n'
        "\n"
        '{"domain": "example.com", "local_part": "bob", "extra": 1}\n'
    )
    with pytest.raises(SpecFileError) as caught:
        load_specs(path)
    message = str(caught.value)
    assert f"{path}: line 3 has unknown key 'extra'" in message
    assert "domain, local_part, display_name, storage_allocation_mb" in message
    csv_path = tmp_path / "rows.csv"
    csv_path.write_text("domain,local_part,extra\nexample.com,bob,1\n")
    with pytest.raises(SpecFileError, match="has unknown extra"):
        load_specs(csv_path)
    # The four known keys load; a line that is not an object stays a row-level problem.
    path.write_text(
        '{"domain": "example.com", "local_part": "ann", "display_name": "Ann", '
        '"storage_allocation_mb": 5}\n[1]\n'
    )
    good, bad = load_specs(path)
    assert good == MailboxSpec("example.com", "ann", "Ann", 5)
    assert isinstance(bad, RowProblem) and "not a JSON object" in bad.message
