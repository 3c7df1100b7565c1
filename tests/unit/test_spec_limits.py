"""The spec loader's limits (issue 8): over-long fields and bad encodings are named, never a
traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from trekmail_client.provisioning import RowProblem, SpecFileError, load_specs


def test_an_over_long_field_is_refused_by_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(
        "domain,local_part,display_name\nexample.com,a,A\nexample.com,b," + "x" * 5_000 + "\n",
        encoding="utf-8",
    )
    rows = load_specs(path)
    assert len(rows) == 2
    problem = rows[1]
    assert isinstance(problem, RowProblem)
    assert problem.line == 3
    assert "display_name" in problem.message and "5,000" in problem.message


def test_a_field_over_the_csv_limit_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(
        "domain,local_part,display_name\nexample.com,a,A\nexample.com,b," + "x" * 1_000_000 + "\n",
        encoding="utf-8",
    )
    with pytest.raises(SpecFileError, match="line 3") as info:
        load_specs(path)
    assert "x" * 100 not in str(info.value)


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_a_bad_byte_is_named_by_line_and_byte(tmp_path: Path, suffix: str) -> None:
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
    assert f"line {line}, byte 16 of the line" in str(info.value)
    assert f"byte {len(head) + 15:,} of the file" in str(info.value)
