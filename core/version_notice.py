"""What to tell the user about ``GET /version`` at sign-in (contract 1.4), QGIS-free.

The server answers the plugin version it expects (the official plugin's, e.g. ``3.6.0``). This plugin speaks the
API of :data:`KNOWN_API_VERSION`; it compares the answer with that, not with its own version number. A newer
*major* version means the server changed in ways the plugin may misread: a warning at every sign-in, never a block
(unlike the official plugin, which closes). A newer minor or patch version changes nothing essential: said once
per server version (the caller remembers what was said). An older server, the same version or an answer that is
not ``a.b.c`` (the sandbox's default) say nothing.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..api.i18n import QT_TRANSLATE_NOOP, translate
from ..api.models.version import VersionCheck, VersionVerdict

CONTEXT = "MapflowVersion"
KNOWN_API_VERSION = "3.6.0"  # the API of the official plugin 3.6.0, which this plugin implements (contract 1.4)


@dataclass(frozen=True)
class VersionNotice:
    warning: bool  # True: the message bar's warning level; False: information
    text: str
    remember: str = ""  # the server version to remember as told (a minor difference is told once)


def version_notice(check: VersionCheck, already_told: str = "") -> Optional[VersionNotice]:
    """The message for ``check`` (made against :data:`KNOWN_API_VERSION`), or None when there is nothing to say.
    ``already_told``: the server version a minor-difference note was last shown for."""
    server, known = str(check.server or check.server_text), str(check.client or KNOWN_API_VERSION)
    if check.verdict is VersionVerdict.SERVER_NEWER_MAJOR:
        return VersionNotice(True, translate(QT_TRANSLATE_NOOP(
            "MapflowVersion", "The Mapflow server runs a newer major version of its API ({server}) than this "
                              "plugin knows ({known}): some actions may fail or show incomplete data. Update "
                              "Mapflow Processing in Plugins › Manage and Install Plugins; you can keep working "
                              "meanwhile."), CONTEXT).format(server=server, known=known))
    if check.verdict is VersionVerdict.SERVER_NEWER_MINOR and check.server_text.strip() != already_told:
        return VersionNotice(False, translate(QT_TRANSLATE_NOOP(
            "MapflowVersion", "The Mapflow server has a newer version of its API ({server}; this plugin knows "
                              "{known}). Everything keeps working; a plugin update may bring its new features."),
            CONTEXT).format(server=server, known=known), remember=check.server_text.strip())
    return None
