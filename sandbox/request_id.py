"""Every answer carries ``X-Request-Id``, as services behind a gateway do: the client's own id when it sent a usable
one, otherwise a new one. Error reports quote it; the sandbox's log lines of a failed request can be found by it."""
from __future__ import annotations

import logging
import re
import uuid

log = logging.getLogger("sandbox.requests")
HEADER = b"x-request-id"
_USABLE = re.compile(rb"[A-Za-z0-9._-]{1,128}")


class RequestIdMiddleware:
    """Pure ASGI: adds the header to the response start of every HTTP exchange (the fault middleware's included)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        sent = dict(scope.get("headers") or []).get(HEADER, b"")
        request_id = sent if _USABLE.fullmatch(sent) else uuid.uuid4().hex.encode()

        async def send_with_id(message):
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != HEADER]
                message = {**message, "headers": headers + [(HEADER, request_id)]}
                if message.get("status", 200) >= 400:
                    log.info("%s %s -> %s, request id %s", scope["method"], scope["path"], message["status"],
                             request_id.decode())
            await send(message)

        return await self.app(scope, receive, send_with_id)
