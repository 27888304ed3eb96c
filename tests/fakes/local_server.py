"""A fake cloud service's HTTP server on a free local port, run in a thread: the life cycle the
fakes share (Gmail, Plaid). Each fake names its request handler; the handler reaches the fake as
`self.server.fake`."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar, Self


class LocalServer:
    handler: ClassVar[type[BaseHTTPRequestHandler]]
    _server: ThreadingHTTPServer | None = None

    def start(self, port: int = 0) -> Self:
        server = ThreadingHTTPServer(("127.0.0.1", port), self.handler)
        server.daemon_threads = True
        server.fake = self  # type: ignore[attr-defined]
        self._server = server
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    @property
    def base_url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"
