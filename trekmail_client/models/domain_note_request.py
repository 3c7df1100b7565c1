from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define


from typing import cast


T = TypeVar("T", bound="DomainNoteRequest")


@_attrs_define
class DomainNoteRequest:
    """Set or clear the domain note.

    Attributes:
        note (None | str): The note; null clears it.
    """

    note: None | str

    def to_dict(self) -> dict[str, Any]:
        note: None | str
        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "note": note,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        domain_note_request = cls(
            note=note,
        )

        return domain_note_request
