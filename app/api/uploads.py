"""Reading an uploaded file off the request as it arrives: a raw body, or the file part of a
multipart form, parsed incrementally (python-multipart's push parser), so a multi-gigabyte
mailbox export streams straight to disk instead of being spooled or held in memory."""

from collections.abc import AsyncIterator

from fastapi import Request
from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header

from app.core.errors import BadRequest
from app.ingest.uploads import UploadTooLarge


class RawBodyFile:
    """The request body is the file (Content-Type application/octet-stream, application/mbox,
    message/rfc822, application/zip...); its name comes from ?filename= or the header."""

    def __init__(self, request: Request, filename: str | None) -> None:
        self.request = request
        self.filename = filename or _filename_from_disposition(
            request.headers.get("content-disposition")
        )

    async def chunks(self) -> AsyncIterator[bytes]:
        async for chunk in self.request.stream():
            if chunk:
                yield chunk


class MultipartFile:
    """The first file part of a multipart/form-data body; other fields are ignored."""

    def __init__(self, request: Request, boundary: bytes) -> None:
        self.request = request
        self.boundary = boundary
        self.filename: str | None = None
        self._pending: list[bytes] = []
        self._headers: dict[bytes, bytes] = {}
        self._field = b""
        self._value = b""
        self._in_file = False
        self._file_done = False

    async def chunks(self) -> AsyncIterator[bytes]:
        parser = MultipartParser(self.boundary, self._callbacks())  # type: ignore[arg-type]
        async for chunk in self.request.stream():
            try:
                parser.write(chunk)
            except MultipartParseError as exc:
                raise BadRequest(
                    f"The multipart body is malformed: {exc}", code="bad_multipart"
                ) from None
            if self._pending:
                yield b"".join(self._pending)
                self._pending.clear()
            if self._file_done:
                break
        parser.finalize()
        if self.filename is None:
            raise BadRequest(
                "The form holds no file: send the mailbox export as a file field.",
                code="no_file",
            )

    def _callbacks(self) -> dict[str, object]:
        return {
            "on_part_begin": self._part_begin,
            "on_header_field": self._header_field,
            "on_header_value": self._header_value,
            "on_header_end": self._header_end,
            "on_headers_finished": self._headers_finished,
            "on_part_data": self._part_data,
            "on_part_end": self._part_end,
        }

    def _part_begin(self) -> None:
        self._headers = {}

    def _header_field(self, data: bytes, start: int, end: int) -> None:
        self._field += data[start:end]

    def _header_value(self, data: bytes, start: int, end: int) -> None:
        self._value += data[start:end]

    def _header_end(self) -> None:
        self._headers[self._field.strip().lower()] = self._value.strip()
        self._field, self._value = b"", b""

    def _headers_finished(self) -> None:
        name = _filename_from_disposition(self._headers.get(b"content-disposition"))
        if name is not None and self.filename is None:
            self.filename = name
            self._in_file = True

    def _part_data(self, data: bytes, start: int, end: int) -> None:
        if self._in_file:
            self._pending.append(data[start:end])

    def _part_end(self) -> None:
        if self._in_file:
            self._in_file, self._file_done = False, True


def incoming_file(
    request: Request, filename: str | None, max_bytes: int
) -> RawBodyFile | MultipartFile:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes + 64 * 1024:
        raise UploadTooLarge(f"The upload is larger than the {max_bytes / 2**30:.1f} GB allowed.")
    content_type, options = parse_options_header(request.headers.get("content-type"))
    if content_type == b"multipart/form-data":
        boundary = options.get(b"boundary")
        if not boundary:
            raise BadRequest("The multipart body has no boundary.", code="bad_multipart")
        return MultipartFile(request, boundary)
    return RawBodyFile(request, filename)


def _filename_from_disposition(value: str | bytes | None) -> str | None:
    if not value:
        return None
    _, options = parse_options_header(value)
    name = options.get(b"filename")
    return name.decode("utf-8", "replace") if name else None
