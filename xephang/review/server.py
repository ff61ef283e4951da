"""The review web server: standard-library `http.server`, loopback only, one token per session.

Why these defences, for a tool that only ever runs on a reviewer's own machine:
- Article text is crawled from the web and therefore hostile. Pages escape it (see pages.py) and
  every response carries a Content-Security-Policy with no inline script at all, so even a miss
  in escaping cannot run code.
- Any other site open in the reviewer's browser can send requests to 127.0.0.1. Writes therefore
  need the session token (random, made at start, only readable by pages served here) in the
  `X-Xephang-Token` header, which a cross-site form cannot set; a request without it gets 403 and
  changes nothing. The Host header must name the loopback address, against DNS rebinding.
- Binding to a non-loopback address exposes the warehouse to the network: refused unless asked.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import mimetypes
import secrets
import socket
import threading
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from warehouse import Warehouse
from xephang.review import accuracy, article, article_pages, article_queue, pages, queue, recall
from xephang.review.store import ReviewStore

STATIC_DIR = Path(__file__).parent / "static"
TOKEN_HEADER = "X-Xephang-Token"
MAX_BODY = 64 * 1024
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
LOOPBACK_NAMES = ("localhost",)


class RemoteBindingRefused(ValueError):
    """The host is not a loopback address and --allow-remote was not given."""


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and 'localhost'."""
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass
class ReviewApp:
    """What the handlers share: the warehouse, the token, the reviewer and this session's undo stack."""

    warehouse: Warehouse
    reviewer: str
    evaluate_path: Path | None = None
    allow_remote: bool = False
    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    # This session's decisions, latest last: ("reviews", review ids made together) or ("done", [decision id]).
    undo_stack: list[tuple[str, list[int]]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def store(self) -> ReviewStore:
        return ReviewStore(self.warehouse)


class Handler(BaseHTTPRequestHandler):
    """Routes: GET /, /fact/<id>, /articles, /article/<id>, /accuracy, /static/*;
    POST /api/review, /api/add, /api/done, /api/undo."""

    server_version = "xephang-review"
    app: ReviewApp  # set on the subclass made by make_server

    # -- plumbing -----------------------------------------------------------------------------

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        """Quiet: the terminal is the reviewer's, not a log."""

    def _send(self, status: int, body: bytes, content_type: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-store")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _html(self, text: str, status: int = 200) -> None:
        self._send(status, text.encode("utf-8"), "text/html; charset=utf-8")

    def _json(self, data: dict[str, Any], status: int = 200) -> None:
        self._send(status, json.dumps(data, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")

    def _host_ok(self) -> bool:
        if self.app.allow_remote:
            return True
        host = (self.headers.get("Host") or "").strip()
        name = host.rsplit(":", 1)[0] if not host.startswith("[") else host.split("]")[0] + "]"
        return is_loopback(name)

    # -- GET ----------------------------------------------------------------------------------

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        if not self._host_ok():
            self._send(HTTPStatus.MISDIRECTED_REQUEST, b"wrong host", "text/plain; charset=utf-8")
            return
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        try:
            if parts.path == "/":
                self._review_page(None, query)
            elif parts.path.startswith("/fact/"):
                try:
                    fact_id = int(parts.path.removeprefix("/fact/"))
                except ValueError:
                    self._html("<h1>404</h1>", 404)
                    return
                self._review_page(fact_id, query)
            elif parts.path.startswith("/article/"):
                try:
                    article_id = int(parts.path.removeprefix("/article/"))
                except ValueError:
                    self._html("<h1>404</h1>", 404)
                    return
                self._article_page(article_id, query)
            elif parts.path == "/articles":
                self._articles_page(query)
            elif parts.path == "/accuracy":
                self._accuracy_page(query)
            elif parts.path == "/versions/diff":
                self._diff_page(query)
            elif parts.path.startswith("/static/"):
                self._static(parts.path.removeprefix("/static/"))
            else:
                self._html("<h1>404</h1>", 404)
        except Exception as exc:  # a page that fails shows why, escaped, instead of a dropped connection
            self._html(f"<h1>Lỗi</h1><pre>{pages.esc(repr(exc))}</pre>", 500)

    do_HEAD = do_GET  # noqa: N815

    def _static(self, name: str) -> None:
        path = (STATIC_DIR / name).resolve()
        if path.parent != STATIC_DIR.resolve() or not path.is_file():
            self._html("<h1>404</h1>", 404)
            return
        ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype.endswith("javascript"):
            ctype += "; charset=utf-8"
        self._send(200, path.read_bytes(), ctype)

    def _review_page(self, fact_id: int | None, query: dict[str, list[str]]) -> None:
        wh = self.app.warehouse
        filters = queue.Filters.from_query(query)
        items = queue.queue(wh, filters)
        if fact_id is None and items:
            fact_id = items[0].fact_id
        detail = queue.fact_detail(wh, fact_id) if fact_id is not None else None
        if fact_id is not None and detail is None:
            self._html(pages.page("Không tìm thấy", "<main><p>Không có dữ kiện này.</p></main>", token=self.app.token,
                                  reviewer=self.app.reviewer, active="review"), 404)
            return
        prev_id, next_id = queue.neighbours(items, fact_id) if fact_id is not None else (None, None)
        if detail is not None and next_id == detail.item.fact_id:
            next_id = None
        decisions = self.app.store.history(fact_id) if fact_id is not None else []
        trail = self.app.store.trail(fact_id) if fact_id is not None else []
        body = pages.review_body(items, detail, decisions, trail, filters, queue.facet_values(wh), prev_id, next_id)
        title = f"Duyệt · {detail.item.entity}" if detail else "Duyệt dữ kiện"
        self._html(pages.page(title, body, token=self.app.token, reviewer=self.app.reviewer, active="review"))

    def _article_page(self, article_id: int, query: dict[str, list[str]]) -> None:
        wh = self.app.warehouse
        view = article.load(wh, article_id)
        if view is None:
            self._html(pages.page("Không tìm thấy", "<main><p>Không có bài này.</p></main>", token=self.app.token,
                                  reviewer=self.app.reviewer, active="articles"), 404)
            return
        filters = article_queue.ArticleFilters.from_query(query)
        upcoming = [a.article_id for a in article_queue.article_queue(wh, filters, limit=50) if a.article_id != article_id]
        next_href = article_pages.queue_link(filters) if not upcoming else f"/article/{upcoming[0]}"
        body = article_pages.article_body(view, article.entity_names(wh), next_href, article_pages.queue_link(filters))
        self._html(pages.page(f"Bài · {view.title[:60]}", body, token=self.app.token, reviewer=self.app.reviewer,
                              active="articles"))

    def _articles_page(self, query: dict[str, list[str]]) -> None:
        wh = self.app.warehouse
        filters = article_queue.ArticleFilters.from_query(query)
        body = article_pages.article_queue_body(article_queue.article_queue(wh, filters), filters,
                                                article_queue.sources(wh))
        self._html(pages.page("Duyệt theo bài", body, token=self.app.token, reviewer=self.app.reviewer,
                              active="articles"))

    def _accuracy_page(self, query: dict[str, list[str]]) -> None:
        wh = self.app.warehouse
        entities = accuracy.entities_with_history(wh)
        entity = (query.get("entity") or [""])[0] or (entities[0] if entities else "")
        history = accuracy.rank_history(wh, entity) if entity else []
        body = pages.accuracy_body(accuracy.review_accuracy(wh), accuracy.load_evaluate_summary(self.app.evaluate_path),
                                   entity, entities, history, wh.extractor_versions(), recall.review_recall(wh))
        self._html(pages.page("Độ chính xác", body, token=self.app.token, reviewer=self.app.reviewer, active="accuracy"))

    def _diff_page(self, query: dict[str, list[str]]) -> None:
        """What one extractor version changed against another (`xephang versions diff` as a page)."""
        old, new = ((query.get(k) or [""])[0] for k in ("old", "new"))
        try:
            diff = self.app.warehouse.version_diff(old, new)
        except ValueError as exc:
            self._html(pages.page("Không tìm thấy", f"<main><p>{pages.esc(exc)}</p></main>", token=self.app.token,
                                  reviewer=self.app.reviewer, active="accuracy"), 404)
            return
        self._html(pages.page(f"{new} so với {old}", pages.diff_body(diff), token=self.app.token,
                              reviewer=self.app.reviewer, active="accuracy"))

    # -- POST ---------------------------------------------------------------------------------

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        given = self.headers.get(TOKEN_HEADER) or ""
        if not self._host_ok() or not hmac.compare_digest(given.encode(), self.app.token.encode()):
            self._json({"error": "missing or wrong session token"}, 403)
            return
        if (self.headers.get("Content-Type") or "").split(";")[0].strip() != "application/json":
            self._json({"error": "expected application/json"}, 415)
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY:
            self._json({"error": "bad body length"}, 413)
            return
        try:
            data = json.loads(self.rfile.read(length) or b"{}")
            if not isinstance(data, dict):
                raise ValueError("expected a JSON object")
            path = urlsplit(self.path).path
            if path == "/api/review":
                self._json(self._review(data))
            elif path == "/api/add":
                self._json(self._add(data))
            elif path == "/api/done":
                self._json(self._done(data))
            elif path == "/api/undo":
                self._json(self._undo())
            else:
                self._json({"error": "not found"}, 404)
        except (ValueError, TypeError, KeyError) as exc:
            self._json({"error": str(exc)}, 400)

    def _review(self, data: dict[str, Any]) -> dict[str, Any]:
        decision = str(data.get("decision") or "")
        if decision not in ("accept", "reject", "correct"):
            raise ValueError("decision must be accept, reject or correct")
        fact_id = int(data["fact_id"])
        value = data.get("value")
        corrected = None if value in (None, "") else float(str(value).replace(",", "."))
        changes = data.get("changes") or {}
        if not isinstance(changes, dict):
            raise ValueError("changes must be an object")
        if "year" in changes:
            changes["year"] = None if changes["year"] in (None, "") else int(changes["year"])
        value_id = data.get("value_id")
        with self.app.lock:
            review_id = self.app.store.record(
                fact_id, decision, reviewer=self.app.reviewer, value_id=None if value_id is None else int(value_id),
                corrected_value=corrected, key_changes=changes, comment=(str(data.get("comment") or "")[:500] or None),
            )
            self.app.undo_stack.append(("reviews", [review_id]))
        return {"review_id": review_id, "fact_id": fact_id, "decision": decision}

    def _add(self, data: dict[str, Any]) -> dict[str, Any]:
        """A fact the extractor missed: its key, its values, and where the reviewer selected it."""
        article_id = int(data["article_id"])
        values = {}
        for name, raw in (data.get("values") or {}).items():
            if raw not in (None, ""):
                values[str(name)] = float(str(raw).replace(",", ".").lstrip("+"))
        year = data.get("year")
        key = {k: str(data.get(k) or "").strip() for k in ("entity", "index", "component", "group")}
        key["year"] = None if year in (None, "") else int(year)
        sentence, span = article.addition_span(self.app.warehouse, article_id, int(data.get("start") or 0),
                                               int(data.get("end") or 0))
        with self.app.lock:
            review_ids = self.app.warehouse.add_facts(
                article_id, key, str(data.get("entity_type") or ""), values, sentence=sentence, span=span,
                reviewer=self.app.reviewer)
            self.app.undo_stack.append(("reviews", review_ids))
        return {"review_ids": review_ids, "article_id": article_id, "sentence": sentence}

    def _done(self, data: dict[str, Any]) -> dict[str, Any]:
        article_id = int(data["article_id"])
        with self.app.lock:
            done_id = self.app.warehouse.mark_article_done(article_id, reviewer=self.app.reviewer)
            self.app.undo_stack.append(("done", [done_id]))
        return {"done_id": done_id, "article_id": article_id}

    def _undo(self) -> dict[str, Any]:
        """Take back this session's latest decision still in force (a fact added with several values is one)."""
        with self.app.lock:
            while self.app.undo_stack:
                kind, ids = self.app.undo_stack.pop()
                if kind == "done":
                    article_id = self.app.warehouse.undo_article_done(ids[0], actor=self.app.reviewer)
                    if article_id is not None:
                        return {"undone_done": ids[0], "article_id": article_id}
                    continue
                facts = [self.app.store.undo(review_id, actor=self.app.reviewer) for review_id in reversed(ids)]
                undone = [f for f in facts if f is not None]
                if undone:
                    return {"undone": ids[0], "undone_all": ids, "fact_id": undone[-1]}
        raise ValueError("nothing to undo in this session")


def make_server(app: ReviewApp, host: str = "127.0.0.1", port: int = 0) -> ThreadingHTTPServer:
    """A bound (not yet serving) server; refuses a non-loopback host unless the app allows remote."""
    if not app.allow_remote and not is_loopback(host):
        raise RemoteBindingRefused(
            f"refusing to listen on {host}: the review page can change the warehouse; "
            "use 127.0.0.1, or --allow-remote if you really mean to expose it"
        )
    handler = type("BoundHandler", (Handler,), {"app": app})
    server_class = ThreadingHTTPServer
    if ":" in host:  # an IPv6 literal such as ::1
        server_class = type("ThreadingHTTPServer6", (ThreadingHTTPServer,), {"address_family": socket.AF_INET6})
    server = server_class((host.strip("[]"), port), handler)
    server.daemon_threads = True
    return server


def url_of(server: ThreadingHTTPServer) -> str:
    """http://host:port/ of a bound server."""
    host, port = server.server_address[:2]
    shown = f"[{host}]" if ":" in str(host) else host
    return f"http://{shown}:{port}/"
