"""Fault injection for client reliability tests: latency, error statuses, resets, truncated, malformed and slow
bodies.

Off unless rules are loaded (``--faults FILE.json`` or ``POST /admin/faults``). A pure ASGI middleware around the
whole app, so it can delay, answer instead of the app, drop the connection, or cut a body short.
"""
from __future__ import annotations

import asyncio
import json
import logging
import random
import re
import threading
from dataclasses import dataclass, field
from typing import Optional

log = logging.getLogger("sandbox.faults")
ADMIN_PREFIXES = ("/admin/", "/rest/admin/")


class FaultRuleError(ValueError):
    """A fault rule file or body that cannot be used; the message says which rule and why."""


@dataclass
class FaultRule:
    path: str
    method: Optional[str] = None
    status: Optional[int] = None
    retry_after: Optional[float] = None
    latency: Optional[float] = None
    error_rate: float = 1.0
    reset: bool = False
    truncate: bool = False
    malformed_json: bool = False
    throttle: Optional[float] = None  # bytes per second of the response body (a link of that speed)
    times: Optional[int] = None
    pattern: re.Pattern = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.pattern = re.compile(self.path)

    def as_json(self) -> dict:
        return {"path": self.path, "method": self.method, "status": self.status, "retryAfter": self.retry_after,
                "latency": self.latency, "errorRate": self.error_rate, "reset": self.reset,
                "truncate": self.truncate, "malformedJson": self.malformed_json, "throttle": self.throttle,
                "times": self.times}


def _number(rule: dict, key: str, index: int, kind=float, minimum: float = 0):
    value = rule.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < minimum:
        raise FaultRuleError(f"rule {index}: {key} must be a number >= {minimum}")
    return kind(value)


def parse_rules(document) -> list:
    if not isinstance(document, dict) or not isinstance(document.get("rules"), list):
        raise FaultRuleError('fault rules must be an object {"rules": [...]}')
    rules = []
    for index, raw in enumerate(document["rules"]):
        if not isinstance(raw, dict) or not isinstance(raw.get("path"), str):
            raise FaultRuleError(f"rule {index}: 'path' (a regular expression) is required")
        try:
            re.compile(raw["path"])
        except re.error as exc:
            raise FaultRuleError(f"rule {index}: path is not a valid regular expression ({exc})") from None
        status = _number(raw, "status", index, int, 100)
        if status is not None and status > 599:
            raise FaultRuleError(f"rule {index}: status must be an HTTP status code")
        throttle = _number(raw, "throttle", index, float, 1)
        rate = _number(raw, "errorRate", index)
        if rate is not None and rate > 1:
            raise FaultRuleError(f"rule {index}: errorRate must be between 0 and 1")
        method = raw.get("method")
        if method is not None and not isinstance(method, str):
            raise FaultRuleError(f"rule {index}: method must be a string or null")
        rules.append(FaultRule(
            path=raw["path"], method=method.upper() if method else None, status=status,
            retry_after=_number(raw, "retryAfter", index), latency=_number(raw, "latency", index),
            error_rate=1.0 if rate is None else rate, reset=bool(raw.get("reset")),
            truncate=bool(raw.get("truncate")), malformed_json=bool(raw.get("malformedJson")),
            throttle=throttle, times=_number(raw, "times", index, int, 1)))
    return rules


class FaultRules:
    """The current rule list; thread-safe because admin routes run in the thread pool."""

    def __init__(self) -> None:
        self._rules: list = []
        self._lock = threading.Lock()

    def replace(self, rules: list) -> None:
        with self._lock:
            self._rules = list(rules)

    def clear(self) -> None:
        self.replace([])

    def as_json(self) -> dict:
        with self._lock:
            return {"rules": [r.as_json() for r in self._rules]}

    def take(self, method: str, path: str) -> Optional[FaultRule]:
        """The first rule that fires for this request; counts down its ``times``."""
        with self._lock:
            for rule in self._rules:
                if rule.method and rule.method != method.upper():
                    continue
                if not rule.pattern.search(path):
                    continue
                if rule.error_rate < 1 and random.random() >= rule.error_rate:  # noqa: S311 - not crypto
                    continue
                if rule.times is not None:
                    rule.times -= 1
                    if rule.times <= 0:
                        self._rules.remove(rule)
                return rule
        return None


def _transport(receive):
    """The connection's transport, reached through uvicorn's request cycle (receive is its bound method).

    The cycle is marked disconnected so that uvicorn does not try to answer on the dropped connection.
    """
    cycle = getattr(receive, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is not None and hasattr(cycle, "disconnected"):
        cycle.disconnected = True
    return transport


def _throttled_send(send, bytes_per_second: float):
    """A ``send`` that lets response bodies out as a link of ``bytes_per_second`` would: byte *k* of the body
    leaves about *k* / rate seconds after the first body message, in pieces of a tenth of a second's worth.

    The pace is kept against the clock (not by sleeping a fixed time after each write), so the time the app
    takes to produce its body and the event loop's own delays are absorbed instead of slowing the link down:
    the average rate holds at high rates (a result download at 8 MB/s) as at low ones (a body trickling for a
    cancel test).
    """
    piece_size = max(1, int(bytes_per_second // 10))
    pace = {"began": None, "sent": 0}

    async def slow_send(message):
        if message["type"] != "http.response.body" or not message.get("body"):
            return await send(message)
        loop = asyncio.get_running_loop()
        if pace["began"] is None:
            pace["began"] = loop.time()
        body, more = message["body"], message.get("more_body", False)
        for start in range(0, len(body), piece_size):
            piece = body[start:start + piece_size]
            last = start + piece_size >= len(body)
            pace["sent"] += len(piece)
            wait = pace["began"] + pace["sent"] / bytes_per_second - loop.time()
            if wait > 0:  # the link has not carried this piece yet
                await asyncio.sleep(wait)
            await send({"type": "http.response.body", "body": piece, "more_body": more or not last})

    return slow_send


class FaultMiddleware:
    def __init__(self, app, rules: FaultRules):
        self.app = app
        self.rules = rules

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["path"].startswith(ADMIN_PREFIXES):
            return await self.app(scope, receive, send)
        rule = self.rules.take(scope["method"], scope["path"])
        if rule is None:
            return await self.app(scope, receive, send)
        log.info("fault on %s %s: %s", scope["method"], scope["path"], rule.as_json())
        if rule.latency:
            await asyncio.sleep(rule.latency)
        if rule.reset:
            return self._reset(receive)
        if rule.status:
            return await self._error(send, rule)
        if rule.truncate:
            return await self._truncated(scope, receive, send)
        if rule.malformed_json:
            return await self._malformed(scope, receive, send)
        if rule.throttle:
            return await self.app(scope, receive, _throttled_send(send, rule.throttle))
        return await self.app(scope, receive, send)

    @staticmethod
    def _reset(receive) -> None:
        transport = _transport(receive)
        if transport is None:
            raise ConnectionAbortedError("fault injection: reset")  # uvicorn drops the connection
        transport.abort()

    @staticmethod
    async def _error(send, rule: FaultRule) -> None:
        body = json.dumps({"code": "SANDBOX_FAULT", "message": f"Injected fault: HTTP {rule.status}",
                           "params": {}}).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        if rule.status in (429, 503) and rule.retry_after is not None:
            headers.append((b"retry-after", str(int(rule.retry_after) if rule.retry_after == int(rule.retry_after)
                                                 else rule.retry_after).encode()))
        await send({"type": "http.response.start", "status": rule.status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def _run_captured(self, scope, receive):
        """Run the app with its response held back: returns its start message and its whole body."""
        start, chunks = {}, []

        async def capture(message):
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, capture)
        return start, b"".join(chunks)

    async def _truncated(self, scope, receive, send) -> None:
        """Run the app, then send its headers with a Content-Length larger than the half body that follows."""
        start, body = await self._run_captured(scope, receive)
        sent = body[: max(1, len(body) // 2)] if body else b""
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(body) + 1024).encode()))
        await send({"type": "http.response.start", "status": start.get("status", 200), "headers": headers})
        await send({"type": "http.response.body", "body": sent, "more_body": True})
        transport = _transport(receive)
        if transport is not None:
            transport.close()  # flushes what was written, then closes: the client sees a short body
        else:
            raise ConnectionAbortedError("fault injection: truncated body")

    async def _malformed(self, scope, receive, send) -> None:
        """Run the app, then send its status and headers with a complete body that is not valid JSON.

        An object is opened and never closed, with half of the real body after a comma, so no body (not even a
        bare number) turns into valid JSON by accident; the Content-Length matches what is sent.
        """
        start, body = await self._run_captured(scope, receive)
        broken = b'{"sandbox-fault": "malformed json", ' + body[: len(body) // 2]
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(broken)).encode()))
        await send({"type": "http.response.start", "status": start.get("status", 200), "headers": headers})
        await send({"type": "http.response.body", "body": broken})


def load_rules_file(path) -> list:
    try:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
    except OSError as exc:
        raise FaultRuleError(f"cannot read fault file {path}: {exc.strerror}") from None
    except json.JSONDecodeError as exc:
        raise FaultRuleError(f"fault file {path} is not valid JSON: {exc}") from None
    return parse_rules(document)
