"""Shared types of the generated code: ``UNSET``, ``File`` and ``Response``."""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Final, Generic, Literal, TypeVar

from attrs import define, field


class Unset:
    """The type of :data:`UNSET`: a field or argument that was not given (not ``None``,
    which is a JSON value). Falsy; prints as ``UNSET``."""

    _instance: "Unset | None" = None

    def __new__(cls) -> "Unset":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"


#: The one value of :class:`Unset`.
UNSET: Final[Unset] = Unset()

#: What httpx accepts as the content of a multipart file part.
FileContent = IO[bytes] | bytes | str
#: A multipart file part: (file name, content, content type[, headers]).
FileTypes = (
    tuple[str | None, FileContent, str | None]
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
#: The multipart parts of a request body.
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A binary body: a file to upload or a file that was downloaded.

    Attributes:
        payload: a binary file object.
        file_name: the file name, or ``None``.
        mime_type: the media type, or ``None``.
    """

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The ``(file_name, payload, mime_type)`` tuple httpx takes for multipart bodies."""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


def _content_repr(content: bytes) -> str:
    return f"<{len(content)} bytes>"


@define
class Response(Generic[T]):
    """An answer from ``asyncio_detailed()``.

    Attributes:
        status_code: the HTTP status (an ``HTTPStatus``, or the plain ``int`` for an
            unregistered code).
        content: the raw body (its repr shows only its length: it may hold secrets).
        headers: the answer's headers.
        parsed: the success model (what ``asyncio()`` returns).
    """

    status_code: HTTPStatus
    content: bytes = field(repr=_content_repr)
    headers: MutableMapping[str, str]
    parsed: T


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
