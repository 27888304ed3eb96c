"""A local server speaking the OpenAI chat-completions protocol, for the real `openai` client.
Tests script its answers: content, HTTP status, or a delay longer than the client's timeout."""

import json
import threading
import time
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Answer:
    content: str = ""
    status: int = 200
    delay: float = 0.0
    prompt_tokens: int = 420
    completion_tokens: int = 60


class FakeOpenAI:
    def __init__(self) -> None:
        self.answers: deque[Answer] = deque()
        self.requests: list[dict[str, Any]] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def start(self) -> "FakeOpenAI":
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self._server.shutdown()

    def answer_json(self, fields: dict[str, Any]) -> None:
        self.answers.append(Answer(content=json.dumps(fields)))

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["content-length"])))
                fake.requests.append(
                    {"path": self.path, "body": body, "auth": self.headers.get("authorization")}
                )
                answer = fake.answers.popleft() if fake.answers else Answer(status=500)
                time.sleep(answer.delay)
                if self.path != "/v1/chat/completions":
                    answer = Answer(status=404)
                payload = (
                    _completion(body, answer)
                    if answer.status == 200
                    else {"error": {"message": "scripted failure", "type": "server_error"}}
                )
                data = json.dumps(payload).encode()
                try:
                    self.send_response(answer.status)
                    self.send_header("content-type", "application/json")
                    self.send_header("content-length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):  # the client timed out
                    pass

            def log_message(self, *args: object) -> None:
                pass

        return Handler


def _completion(request: dict[str, Any], answer: Answer) -> dict[str, Any]:
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": request.get("model", "test-model"),
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "message": {"role": "assistant", "content": answer.content},
            }
        ],
        "usage": {
            "prompt_tokens": answer.prompt_tokens,
            "completion_tokens": answer.completion_tokens,
            "total_tokens": answer.prompt_tokens + answer.completion_tokens,
        },
    }
