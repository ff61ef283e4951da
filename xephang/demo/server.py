"""Serving the demo outlets on loopback: one ThreadingHTTPServer per outlet, each on a free port.

Separate ports give each outlet its own origin (own robots.txt, sitemap, canonical URLs), as
separate publishers have. Pages are rendered per request because the base URL, port included, goes
into sitemaps, feeds and canonical links and is only known once the socket is bound.
"""

from __future__ import annotations

import hashlib
import logging
import sys
import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, unquote, urlsplit

from xephang.demo.outlets import build_outlets
from xephang.demo.outlets.base import Outlet, Response

log = logging.getLogger(__name__)


@dataclass
class DemoSite:
    """The running demo site: outlet id -> base URL such as `http://127.0.0.1:40123`."""

    outlets: dict[str, str]

    def url(self, outlet: str, path: str) -> str:
        """Absolute URL of `path` on `outlet` (path may carry a query string)."""
        if not path.startswith("/"):
            path = "/" + path
        return self.outlets[outlet] + path


class _DemoServer(ThreadingHTTPServer):
    """A threading server whose errors (e.g. a client hanging up) go to `logging`, not stderr."""

    daemon_threads = True

    def handle_error(self, request: object, client_address: tuple[str, int]) -> None:
        log.debug("demo server: error while serving %s", client_address, exc_info=True)


def _handler_for(outlet: Outlet) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        """Routes every request to the outlet; logs through `logging`, never to stderr/stdout."""

        server_version = "XephangDemo/1.0"
        protocol_version = "HTTP/1.1"

        def _respond(self, head_only: bool) -> None:
            parts = urlsplit(self.path)
            query = dict(parse_qsl(parts.query, keep_blank_values=True))
            host, port = self.server.server_address[:2]
            base = f"http://{host}:{port}"
            try:
                response = outlet.handle(unquote(parts.path) or "/", query, base)
            except Exception:  # a rendering bug must not kill the server thread silently
                log.exception("demo outlet %s failed on %s", outlet.id, self.path)
                response = Response(500, "<h1>500</h1>")
            data = response.body.encode("utf-8")
            # A strong validator from the bytes served, so crawlers can revalidate listings and
            # feeds with If-None-Match and get 304 for pages that did not change (as real CMSs do).
            etag = '"' + hashlib.sha256(data).hexdigest()[:20] + '"'
            if response.status == 200 and etag in self.headers.get("If-None-Match", ""):
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(data)))
            if response.status == 200:
                self.send_header("ETag", etag)
                self.send_header("Cache-Control", "no-cache")
            self.end_headers()
            if not head_only:
                self.wfile.write(data)

        def do_GET(self) -> None:  # noqa: N802 (http.server naming)
            self._respond(head_only=False)

        def do_HEAD(self) -> None:  # noqa: N802
            self._respond(head_only=True)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            log.debug("%s %s", outlet.id, format % args)

    return Handler


# The ports `xephang run --demo` asks for first. Stable ports give the demo articles stable URLs
# from one run to the next, so a second run recognises what it stored (incremental crawling) instead
# of seeing every article under a new address.
DEMO_BASE_PORT = 28701  # below Linux's ephemeral range (32768+), so free ports handed to tests never take it


def _bind(host: str, port: int, outlet_id: str, outlet: Outlet) -> _DemoServer:
    """A server on `port`, or on a free port when that one is taken (logged: URLs then change)."""
    if port:
        try:
            return _DemoServer((host, port), _handler_for(outlet))
        except OSError as exc:
            log.warning("demo port %d is taken (%s); serving %s on a free port", port, exc, outlet_id)
    return _DemoServer((host, 0), _handler_for(outlet))


@contextmanager
def serve_demo_site(host: str = "127.0.0.1", base_port: int | None = None) -> Iterator[DemoSite]:
    """Serve every outlet on `host` in daemon threads; shut them down on exit.

    With `base_port`, outlet i (in catalogue order) asks for port base_port + i; without it, or
    when a port is taken, each gets a free port (what tests want: no clash with a running demo).
    """
    with ExitStack() as stack:
        urls: dict[str, str] = {}
        for offset, (outlet_id, outlet) in enumerate(build_outlets().items()):
            server = _bind(host, base_port + offset if base_port else 0, outlet_id, outlet)
            thread = threading.Thread(target=server.serve_forever, name=f"demo-{outlet_id}", daemon=True)
            thread.start()
            stack.callback(server.server_close)
            stack.callback(thread.join, 5)
            stack.callback(server.shutdown)
            urls[outlet_id] = f"http://{host}:{server.server_address[1]}"
            log.info("demo outlet %s at %s", outlet_id, urls[outlet_id])
        yield DemoSite(urls)


@contextmanager
def demo_addresses(enabled: bool, base_port: int = DEMO_BASE_PORT) -> Iterator[dict[str, str] | None]:
    """The demo outlets' base URLs while the demo site is served (None when `enabled` is false).

    What `xephang run --demo` and `xephang serve --demo` wrap their flow runs in; it says where
    the site is, since those are the addresses the stored articles will carry.
    """
    if not enabled:
        yield None
        return
    with serve_demo_site(base_port=base_port) as site:
        print("xephang: demo news site served at " + ", ".join(f"{k} {v}" for k, v in site.outlets.items()))
        yield dict(site.outlets)


def main() -> int:
    """Serve the demo site until Ctrl-C, printing the outlet URLs."""
    logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    with serve_demo_site(base_port=DEMO_BASE_PORT) as site:
        for outlet_id, url in site.outlets.items():
            print(f"{outlet_id:14} {url}/", flush=True)
        print("Serving the xephang demo site; Ctrl-C to stop.", flush=True)
        with suppress(KeyboardInterrupt):
            threading.Event().wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
