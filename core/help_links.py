"""Where the dock's Help section points (QGIS-free): the plugin's user guide and issue tracker (from metadata.txt's
``repository`` and ``tracker``), Mapflow's documentation and price list, and the top-up page of the signed-in server
(the rule of ``core.charges.top_up``: a link for the Mapflow service, the way to get credits elsewhere)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Tuple

from ..api.i18n import QT_TRANSLATE_NOOP, translate
from .charges import top_up

CONTEXT = "MapflowHelp"
MAPFLOW_DOCS_URL = "https://docs.mapflow.ai/"
MAPFLOW_PRICES_URL = "https://docs.mapflow.ai/userguides/prices.html"
USER_GUIDE_PATH = "docs/USER_GUIDE.md"  # in the plugin's repository, on its default branch
DEFAULT_BRANCH = "main"

USER_GUIDE, DOCS, PRICES, TOP_UP, TRACKER = "user_guide", "docs", "prices", "top_up", "tracker"
KEYS = (USER_GUIDE, DOCS, PRICES, TOP_UP, TRACKER)  # the order the section shows them in


def _t(text: str) -> str:
    return translate(text, CONTEXT)


@dataclass(frozen=True)
class PluginLinks:
    repository: str  # metadata.txt "repository", e.g. https://github.com/owner/name
    tracker: str  # metadata.txt "tracker"


@dataclass(frozen=True)
class HelpLink:
    key: str  # one of KEYS
    text: str
    url: Optional[str] = None  # None: the text says what to do instead (no page to open)


def user_guide_url(repository: str) -> str:
    return f"{repository.rstrip('/')}/blob/{DEFAULT_BRANCH}/{USER_GUIDE_PATH}"


def help_links(plugin: PluginLinks, server_url: Optional[str]) -> Tuple[HelpLink, ...]:
    """The Help section's entries for the signed-in server (``server_url``; None when nobody is signed in)."""
    if server_url:
        page = top_up(server_url)
        balance = HelpLink(TOP_UP, page.text, page.url)
    else:
        balance = HelpLink(TOP_UP, _t(QT_TRANSLATE_NOOP(
            "MapflowHelp", "Top up your balance: sign in first, the page depends on the server.")))
    return (
        HelpLink(USER_GUIDE, _t(QT_TRANSLATE_NOOP("MapflowHelp", "User guide of this plugin")),
                 user_guide_url(plugin.repository)),
        HelpLink(DOCS, _t(QT_TRANSLATE_NOOP("MapflowHelp", "Mapflow documentation")), MAPFLOW_DOCS_URL),
        HelpLink(PRICES, _t(QT_TRANSLATE_NOOP("MapflowHelp", "Prices of models and imagery")), MAPFLOW_PRICES_URL),
        balance,
        HelpLink(TRACKER, _t(QT_TRANSLATE_NOOP("MapflowHelp", "Report a problem or suggest an improvement")),
                 plugin.tracker),
    )
