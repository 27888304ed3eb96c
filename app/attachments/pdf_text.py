"""The text of a PDF, read in a subprocess with a timeout, a memory cap, a page cap and a
character cap: a hostile PDF (a decompression bomb, a parser-hanging one) costs that file a
clear error and nothing else. Run as `python -m app.attachments.pdf_text` it is the child."""

import json
import resource
import subprocess
import sys
from pathlib import Path

MAX_PAGES = 20
MAX_CHARS = 20_000
TIMEOUT_SECONDS = 15.0
MEMORY_BYTES = 768 * 1024**2  # address space: the interpreter and pypdf need ~100 MB
# The child runs as `-m app.attachments.pdf_text`: from the directory that holds `app`.
PROJECT_ROOT = Path(__file__).resolve().parents[2]


def pdf_text(data: bytes) -> tuple[str | None, str | None]:
    """(text, None), or (None, why it could not be read)."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "app.attachments.pdf_text"],
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


def _read(data: bytes) -> dict[str, str]:
    from io import BytesIO

    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, LimitReachedError, PdfReadError

    try:
        reader = PdfReader(BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return {"error": "the PDF is encrypted with a password"}
        parts: list[str] = []
        length = 0
        for page in reader.pages[:MAX_PAGES]:
            # Inflated first and on purpose: extract_text swallows pypdf's decompression limit
            # and returns "", which would hide a bomb behind an empty page.
            contents = page.get_contents()
            if contents is not None:
                contents.get_data()
            text = page.extract_text() or ""
            parts.append(text)
            length += len(text)
            if length >= MAX_CHARS:
                break
        return {"text": "\n".join(parts)[:MAX_CHARS].replace("\x00", "")}
    except FileNotDecryptedError:
        return {"error": "the PDF is encrypted with a password"}
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
    sys.stdout.write(json.dumps(_read(data)))


if __name__ == "__main__":
    _child()
