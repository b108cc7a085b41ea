"""Build the plugin zip with qgis-plugin-ci: one top folder `mapflow_processing`, compiled translations, LICENSE,
the changelog from CHANGELOG.md in metadata.txt, nothing for developers.

qgis-plugin-ci (`qgis-plugin-ci package <version>`, settings in `.qgis-plugin-ci`) makes the archive, writes the
version and the changelog into metadata.txt and checks the metadata. It needs the plugin in a folder of a git
repository; this repository *is* the plugin folder (qgis-plugin-ci would archive the whole repository, rename every
"." in its paths and reset the working tree afterwards). So this script keeps the parts qgis-plugin-ci cannot do
here: it picks the shipped files, compiles the translations (qgis-plugin-ci compiles only what it pulls from
Transifex, over the network), stages them as `mapflow_processing/` in a throwaway git repository with CHANGELOG.md
and `.qgis-plugin-ci`, runs qgis-plugin-ci there (offline) and checks the result's size.
"""
from __future__ import annotations

import argparse
import configparser
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TOP = "mapflow_processing"
FILES = ["metadata.txt", "__init__.py", "plugin.py", "LICENSE", "README.md"]
PACKAGES = ["api", "core", "integration", "layers", "tasks", "ui", "processing_provider", "styles", "icons"]
EXCLUDED_SUFFIXES = {".pyc", ".pyo", ".ts", ".qrc", ".orig", ".rej"}
EXCLUDED_NAMES = {"__pycache__", ".DS_Store"}
MAX_BYTES = 25 * 1024 * 1024
# who the throwaway staging commit is by; nothing of the developer's git configuration (hooks, signing) applies
_GIT_ENV = {"GIT_AUTHOR_NAME": "make package", "GIT_AUTHOR_EMAIL": "package@localhost",
            "GIT_COMMITTER_NAME": "make package", "GIT_COMMITTER_EMAIL": "package@localhost",
            "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}


class PackageError(Exception):
    """The package cannot be built; the text says why."""


def version() -> str:
    parser = configparser.ConfigParser()
    parser.read(REPO / "metadata.txt", encoding="utf-8")
    return parser["general"]["version"]


def changelog_versions(text: str) -> list:
    """The versions of CHANGELOG.md's `## [x.y.z] - YYYY-MM-DD` headings, newest first."""
    return re.findall(r"^##\s*\[?v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\]?\s+-\s+\d{4}-\d{2}-\d{2}\s*$", text, re.M)


def compile_translations() -> list:
    """lrelease every i18n/*.ts into a .qm next to it; returns the .qm paths."""
    qms = []
    for ts in sorted((REPO / "i18n").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run(["lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)
        qms.append(qm)
    return qms


def shipped_files() -> list:
    files = [REPO / name for name in FILES]
    for package in PACKAGES:
        for path in sorted((REPO / package).rglob("*")):
            if path.is_dir() or path.suffix in EXCLUDED_SUFFIXES:
                continue
            if any(part in EXCLUDED_NAMES for part in path.relative_to(REPO).parts):
                continue
            files.append(path)
    return files


def _git(staging: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=str(staging), check=True, capture_output=True, env={**os.environ, **_GIT_ENV})


def stage(staging: Path, files: list) -> None:
    """The shipped files as `mapflow_processing/` (plain 0644 files) in a new git repository with one commit."""
    for path in files:
        target = staging / TOP / path.relative_to(REPO)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
        target.chmod(0o644)
    for name in ("CHANGELOG.md", ".qgis-plugin-ci"):
        shutil.copyfile(REPO / name, staging / name)
    _git(staging, "init", "-q")
    _git(staging, "add", "-A")
    _git(staging, "commit", "-q", "--no-verify", "-m", "package")


def run_qgis_plugin_ci(staging: Path, release: str) -> Path:
    done = subprocess.run([sys.executable, "-m", "qgispluginci", "package", release], cwd=str(staging),
                          capture_output=True, text=True, env={**os.environ, **_GIT_ENV}, timeout=600)
    archive = staging / f"{TOP}.{release}.zip"
    if done.returncode != 0 or not archive.is_file():
        raise PackageError(f"qgis-plugin-ci failed ({done.returncode}):\n{done.stdout[-2000:]}{done.stderr[-3000:]}")
    return archive


def build(out_dir: Path) -> Path:
    release = version()
    listed = changelog_versions((REPO / "CHANGELOG.md").read_text(encoding="utf-8"))
    if release not in listed:
        raise PackageError(f"CHANGELOG.md has no `## [{release}] - YYYY-MM-DD` entry for metadata.txt's version "
                           f"{release}: add one (it becomes the changelog the plugin manager shows)")
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{TOP}-{release}.zip"
    files = shipped_files() + compile_translations()
    with tempfile.TemporaryDirectory(prefix="mapflow-package-") as folder:
        staging = Path(folder)
        stage(staging, files)
        archive = run_qgis_plugin_ci(staging, release)
        size = archive.stat().st_size
        if size > MAX_BYTES:
            raise PackageError(f"package is {size / 1e6:.1f} MB, over the 25 MB limit of the plugins site")
        shutil.move(str(archive), str(target))
    return target


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default="dist")
    args = parser.parse_args(argv)
    try:
        target = build(REPO / args.out)
    except PackageError as error:
        print(f"make package: {error}", file=sys.stderr)
        return 1
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
