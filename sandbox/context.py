"""What every route needs: the database, the config, the worker pool, and the authenticated user."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Optional

from fastapi import Depends, Request

from .auth import user_from_header
from .errors import bad_request
from .config import ServerConfig
from .store.db import Database
from .store.records import User


@dataclass
class Context:
    db: Database
    config: ServerConfig
    worker: Any  # sandbox.worker.WorkerPool, or None when the server runs without one (CLI)
    user: Optional[User] = None

    @property
    def conn(self):
        return self.db.connection()

    @property
    def public_url(self) -> str:
        return self.config.public_url

    def kick_worker(self) -> None:
        if self.worker is not None:
            self.worker.kick()


def anonymous_context(request: Request) -> Context:
    state = request.app.state
    return Context(db=state.db, config=state.config, worker=getattr(state, "worker", None))


def user_context(request: Request, ctx: Context = Depends(anonymous_context)) -> Context:
    ctx.user = user_from_header(ctx.conn, request.headers.get("authorization"))
    return ctx


async def json_body(request: Request) -> Any:
    """The request body parsed as JSON whatever its Content-Type says (clients differ); None when empty."""
    raw = await request.body()
    if not raw.strip():
        return None
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise bad_request("The request body is not valid JSON") from None
