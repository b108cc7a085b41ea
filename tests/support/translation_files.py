"""The plugin's translation files (i18n/*.ts) for the tests: which languages there are, which must be complete, their
messages, and .qm files compiled by lrelease for a test run.

COMPLETE_LANGUAGES is the switch the lead flips when a language's translation is merged: a language listed there must
have every message translated with its placeholders intact, and the dock rendered in it must show no English. Every
other i18n/*.ts file is still checked for what it already holds (placeholders, tags, a well-formed file).
"""
from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, FrozenSet, List, Tuple

REPO = Path(__file__).resolve().parents[2]
I18N_DIR = REPO / "i18n"

# Languages whose translation is finished and guarded by every test; extend when a translation is merged.
COMPLETE_LANGUAGES: Tuple[str, ...] = ("ru", "zh", "pt", "es")
# The locale a test sets for a language (QGIS's locale/userLocale, and the number locale).
LOCALES: Dict[str, str] = {"ru": "ru_RU", "es": "es_ES", "pt": "pt_BR", "zh": "zh_CN"}

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d+")  # str.format fields ({name}, {total:g}, {{z}} -> {z}) and Qt's %1
HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def ts_path(language: str) -> Path:
    return I18N_DIR / f"mapflow_processing_{language}.ts"


def languages() -> List[str]:
    """Every language with a .ts file in i18n/."""
    return sorted(path.stem.rsplit("_", 1)[-1] for path in I18N_DIR.glob("mapflow_processing_*.ts"))


@dataclass(frozen=True)
class TsMessage:
    context: str
    source: str
    translation: str
    unfinished: bool
    location: str  # file:line of the first place the text is used

    def describe(self) -> str:
        return f"[{self.context}] {self.location}: {self.source!r}"


def read_ts(path: Path) -> List[TsMessage]:
    messages = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            location = message.find("location")
            where = (f"{location.get('filename', '?').lstrip('./')}:{location.get('line', '?')}"
                     if location is not None else "?")
            messages.append(TsMessage(
                context=context_name, source=message.findtext("source") or "",
                translation=(translation.text or "") if translation is not None else "",
                unfinished=translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"),
                location=where))
    return messages


def placeholders(text: str) -> FrozenSet[str]:
    return frozenset(PLACEHOLDER.findall(text))


def mismatches(message: TsMessage) -> List[str]:
    """What a translation lost or changed from its source: placeholders, HTML tags, the ellipsis, the accelerator."""
    source, translation = message.source, message.translation
    if not translation:
        return []
    found = []
    if placeholders(source) != placeholders(translation):
        found.append(f"placeholders {sorted(placeholders(source))} became {sorted(placeholders(translation))}")
    if sorted(HTML_TAG.findall(source)) != sorted(HTML_TAG.findall(translation)):
        found.append(f"HTML tags differ in {translation!r}")
    if source.endswith("…") != translation.endswith("…"):
        found.append(f"the trailing ellipsis differs in {translation!r}")
    if source.replace("&&", "").count("&") != translation.replace("&&", "").count("&"):
        found.append(f"the & accelerator differs in {translation!r}")
    return found


def lrelease() -> str:
    found = shutil.which("lrelease") or shutil.which("lrelease-qt5")
    if found is None:
        raise RuntimeError("lrelease (Debian package qttools5-dev-tools) is needed to compile the translations")
    return found


def compile_qm(language: str, out_dir: Path) -> Path:
    """Compile i18n/mapflow_processing_<language>.ts into ``out_dir`` under the name the plugin looks for."""
    qm = out_dir / f"mapflow_processing_{language}.qm"
    run = subprocess.run([lrelease(), str(ts_path(language)), "-qm", str(qm)], capture_output=True, text=True,
                         timeout=60)
    output = run.stdout + run.stderr
    if run.returncode != 0 or not qm.exists():
        raise RuntimeError(f"lrelease failed for {language}:\n{output}")
    if "warning" in output.lower():
        raise RuntimeError(f"lrelease warned for {language}:\n{output}")
    return qm
