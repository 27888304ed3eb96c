"""The text of a PDF, read in a subprocess with a timeout, a memory cap, a page cap and a
character cap: a hostile PDF (a decompression bomb, a parser-hanging one) costs that file a
clear error and nothing else. Run as `python -m app.attachments.pdf_text` it is the child.

A statement is read with its layout kept (columns stay apart, so a debit column is told from a
credit column), more pages, and the password the user gave: the password goes to the child on
its standard input, never on its command line (which `ps` shows) nor into a log."""

import json
import resource
import subprocess
import sys
from pathlib import Path

MAX_PAGES = 20
MAX_CHARS = 20_000
TIMEOUT_SECONDS = 15.0
STATEMENT_PAGES = 60
STATEMENT_CHARS = 600_000
MEMORY_BYTES = 768 * 1024**2  # address space: the interpreter and pypdf need ~100 MB
# The child runs as `-m app.attachments.pdf_text`: from the directory that holds `app`.
PROJECT_ROOT = Path(__file__).resolve().parents[2]


ENCRYPTED = "the PDF is encrypted with a password"
WRONG_PASSWORD = "the password does not open the PDF"


def pdf_text(data: bytes) -> tuple[str | None, str | None]:
    """(text, None), or (None, why it could not be read)."""
    return _run(data, [])


def statement_text(data: bytes, password: str | None) -> tuple[str | None, str | None]:
    """A statement's text, its columns kept apart by spaces as on the page; the error is
    ENCRYPTED when it needs a password and none was given, WRONG_PASSWORD when the one
    given does not open it."""
    head = b"%d\n" % len((password or "").encode()) + (password or "").encode()
    return _run(head + data, ["--statement"])


def _run(data: bytes, flags: list[str]) -> tuple[str | None, str | None]:
    try:
        done = subprocess.run(
            [sys.executable, "-m", "app.attachments.pdf_text", *flags],
            input=data,
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
            cwd=PROJECT_ROOT,
        )
    except subprocess.TimeoutExpired:
        return None, f"reading the PDF took longer than {TIMEOUT_SECONDS:g} s"
    try:
        answer = json.loads(done.stdout)
    except ValueError:
        if done.returncode < 0:  # killed: the CPU limit (SIGXCPU/SIGKILL)
            return None, f"reading the PDF took longer than {TIMEOUT_SECONDS:g} s"
        return None, "the PDF could not be read (it needs more memory than allowed)"
    if "error" in answer:
        return None, str(answer["error"])
    return str(answer["text"]), None


def _read(
    data: bytes,
    password: str = "",
    layout: bool = False,
    max_pages: int | None = None,
    max_chars: int | None = None,
) -> dict[str, str]:
    from io import BytesIO

    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, LimitReachedError, PdfReadError

    max_pages = MAX_PAGES if max_pages is None else max_pages
    max_chars = MAX_CHARS if max_chars is None else max_chars
    try:
        reader = PdfReader(BytesIO(data), strict=False)
        # A PDF with only an owner password opens with "" whatever password was given.
        if reader.is_encrypted and not (reader.decrypt(password) or reader.decrypt("")):
            return {"error": WRONG_PASSWORD if password else ENCRYPTED}
        parts: list[str] = []
        length = 0
        for page in reader.pages[:max_pages]:
            # Inflated first and on purpose: extract_text swallows pypdf's decompression limit
            # and returns "", which would hide a bomb behind an empty page.
            contents = page.get_contents()
            if contents is not None:
                contents.get_data()
            text = (page.extract_text(extraction_mode="layout") if layout else None) or (
                page.extract_text() or ""
            )
            parts.append(text)
            length += len(text)
            if length >= max_chars:
                break
        return {"text": "\n".join(parts)[:max_chars].replace("\x00", "")}
    except FileNotDecryptedError:
        return {"error": WRONG_PASSWORD if password else ENCRYPTED}
    except (LimitReachedError, MemoryError):
        return {"error": "the PDF decompresses to more than allowed (a decompression bomb?)"}
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        return {"error": f"the PDF is malformed: {type(exc).__name__}: {exc}"[:300]}
    except Exception as exc:  # pypdf raises all sorts on broken files; the file pays, not us
        return {"error": f"the PDF could not be read: {type(exc).__name__}: {exc}"[:300]}


def _child() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))
    cpu = int(TIMEOUT_SECONDS)
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    data = sys.stdin.buffer.read()
    if "--statement" in sys.argv:
        size, _, rest = data.partition(b"\n")
        password = rest[: int(size)].decode("utf-8", "replace")
        answer = _read(rest[int(size) :], password, True, STATEMENT_PAGES, STATEMENT_CHARS)
    else:
        answer = _read(data)
    sys.stdout.write(json.dumps(answer))


if __name__ == "__main__":
    _child()
