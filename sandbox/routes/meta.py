"""/version (no auth): plain text, e.g. ``0.1.0``; ``serve --api-version X`` makes it answer X."""
from __future__ import annotations

import re
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse


router = APIRouter()
FALLBACK_VERSION = "1.0.0"


def api_version() -> str:
    """The plugin version this server expects: the repository's plugin metadata, so clients never see a newer major."""
    metadata = Path(__file__).resolve().parents[2] / "metadata.txt"
    try:
        match = re.search(r"^version\s*=\s*(\d+\.\d+\.\d+)", metadata.read_text(encoding="utf-8"), re.MULTILINE)
    except OSError:
        match = None
    return match.group(1) if match else FALLBACK_VERSION


@router.get("/version", response_class=PlainTextResponse, summary="Expected client version (plain text)")
def version(request: Request) -> str:
    """``serve --api-version`` when given (to show clients a newer version), else the plugin's own version."""
    return request.app.state.config.api_version or api_version()
