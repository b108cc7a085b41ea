"""Account: status, server version and processing history."""
from __future__ import annotations

from typing import Optional

from ..models import Stats, StatsQuery, UserStatus, VersionCheck
from ..transport import CallKind
from .base import EndpointGroup


class UserEndpoints(EndpointGroup):
    def user_status(self) -> UserStatus:
        """``GET /user/status``: balance, limits, models, data providers, teams."""
        return UserStatus.from_json(self._transport.json("GET", "user/status"))

    def server_version(self) -> str:
        """``GET /version`` (no authentication): the plugin version the server expects, as text (e.g. ``3.6.0``)."""
        text = self._transport.text("GET", "version", auth=False)
        return text.strip().strip('"').strip()

    def check_version(self, client_version: Optional[str] = None) -> VersionCheck:
        """``GET /version`` compared with ``client_version`` (default: this client's ``plugin_version``): a newer
        major version on the server, a newer minor/patch one, the same, or text that is not ``a.b.c``."""
        return VersionCheck.compare(self.server_version(), client_version or self._transport.plugin_version)

    def processing_stats(self, query: Optional[StatsQuery] = None) -> Stats:
        """``POST /processings/stats?type=JSON``: processing history (a team owner's covers the team)."""
        body = (query or StatsQuery()).to_json()
        data = self._transport.json("POST", "processings/stats", params={"type": "JSON"}, json_body=body,
                                    retryable=True, kind=CallKind.SEARCH)
        return Stats.from_json(data)

    def processing_stats_csv(self, query: Optional[StatsQuery] = None) -> str:
        """``POST /processings/stats?type=CSV``: the same history as CSV text."""
        body = (query or StatsQuery()).to_json()
        return self._transport.text("POST", "processings/stats", params={"type": "CSV"}, json_body=body,
                                    retryable=True, kind=CallKind.SEARCH, headers={"Accept": "text/csv, */*"})
