"""Build the plugin zip: one top folder `mapflow_processing`, compiled translations, nothing for developers."""
from __future__ import annotations

import argparse
import configparser
import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TOP = "mapflow_processing"
FILES = ["metadata.txt", "__init__.py", "plugin.py", "LICENSE", "README.md"]
PACKAGES = ["api", "core", "integration", "layers", "tasks", "ui", "processing_provider", "styles", "icons"]
EXCLUDED_SUFFIXES = {".pyc", ".pyo", ".ts", ".qrc", ".orig", ".rej"}
EXCLUDED_NAMES = {"__pycache__", ".DS_Store"}
MAX_BYTES = 25 * 1024 * 1024


def version() -> str:
    parser = configparser.ConfigParser()
    parser.read(REPO / "metadata.txt", encoding="utf-8")
    return parser["general"]["version"]


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


def build(out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{TOP}-{version()}.zip"
    qms = compile_translations()
    tmp = target.with_suffix(".zip.part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in shipped_files() + qms:
            archive.write(path, f"{TOP}/{path.relative_to(REPO).as_posix()}")
    size = tmp.stat().st_size
    if size > MAX_BYTES:
        tmp.unlink()
        raise SystemExit(f"package is {size / 1e6:.1f} MB, over the 25 MB limit of the plugins site")
    tmp.replace(target)
    return target


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="dist")
    args = parser.parse_args(argv)
    target = build(REPO / args.out)
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
