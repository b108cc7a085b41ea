"""``GET /version``: the client version the server expects, compared with this client's (contract 1.4).

The server answers plain text such as ``3.6.0``. A newer *major* version means the server changed in ways this
client may not understand; a newer minor or patch version is worth an update but changes nothing essential. Text
that is not ``a.b.c`` is ignored (the official plugin does the same).
"""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import Optional

_VERSION = re.compile(r"^\s*v?(\d+)\.(\d+)\.(\d+)\s*$")


@dataclass(frozen=True, order=True)
class ApiVersion:
    major: int
    minor: int
    patch: int

    @classmethod
    def parse(cls, text: Optional[str]) -> Optional["ApiVersion"]:
        """``a.b.c`` (quotes and a leading ``v`` tolerated); anything else gives None."""
        match = _VERSION.match(str(text or "").strip().strip('"'))
        return cls(*(int(g) for g in match.groups())) if match else None

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"


class VersionVerdict(str, enum.Enum):
    SAME = "SAME"
    SERVER_NEWER_MAJOR = "SERVER_NEWER_MAJOR"  # update the client: it may misunderstand the server
    SERVER_NEWER_MINOR = "SERVER_NEWER_MINOR"  # a newer minor or patch version exists; nothing breaks
    SERVER_OLDER = "SERVER_OLDER"  # the client is ahead of the server (e.g. a development build)
    UNKNOWN = "UNKNOWN"  # the server's answer (or the client's version) is not a.b.c: ignore it


@dataclass(frozen=True)
class VersionCheck:
    """The server's answer, both versions parsed, and what the difference means."""

    server_text: str
    server: Optional[ApiVersion]
    client: Optional[ApiVersion]
    verdict: VersionVerdict

    @classmethod
    def compare(cls, server_text: str, client_version: str) -> "VersionCheck":
        server, client = ApiVersion.parse(server_text), ApiVersion.parse(client_version)
        if server is None or client is None:
            verdict = VersionVerdict.UNKNOWN
        elif server.major > client.major:
            verdict = VersionVerdict.SERVER_NEWER_MAJOR
        elif server > client:
            verdict = VersionVerdict.SERVER_NEWER_MINOR
        elif server < client:
            verdict = VersionVerdict.SERVER_OLDER
        else:
            verdict = VersionVerdict.SAME
        return cls(server_text=server_text, server=server, client=client, verdict=verdict)
