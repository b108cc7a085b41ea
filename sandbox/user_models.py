"""Users' own ONNX models, configured per sandbox: every manifest in the folders given with ``serve --models-dir``
and in ``DATA_DIR/models`` becomes a workflow listed after the built-in models (``/user/status``, projects'
``workflowDefs``), priced and run like them.

At start each model is checked (manifest keys, file, input shape, bands, a trial run on a blank tile). A model that
fails is refused: the server does not start and the message names the file and the problem (``serve`` exits with
code 2), so a sandbox never silently runs without a model its users expect. The worker processes read the same
folders from the environment (``SANDBOX_MODELS_DIRS``) and load the manifests without the trial run.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Iterable, List

from . import catalog
from .engine.models.onnx_manifest import ModelConfigError, load_manifest, manifests_in

log = logging.getLogger("sandbox.models")
ENVIRONMENT = "SANDBOX_MODELS_DIRS"
_loaded_from = None


def discover(folders: Iterable[Path]) -> list:
    """The manifests of the folders, parsed; raises ``ModelConfigError`` for the first bad one."""
    specs, keys, names = [], {}, {m.name.lower(): "a built-in model" for m in catalog.BUILTIN_MODELS}
    for folder in folders:
        for manifest in manifests_in(folder):
            spec = load_manifest(manifest)
            if spec.key in keys:
                raise ModelConfigError(f"{manifest}: key {spec.key!r} is also the key of {keys[spec.key]}")
            if spec.name.lower() in names:
                raise ModelConfigError(f"{manifest}: the name {spec.name!r} is already taken by "
                                       f"{names[spec.name.lower()]}")
            keys[spec.key], names[spec.name.lower()] = manifest, str(manifest)
            specs.append(spec)
    return specs


def configure(folders: List[Path], check: bool = True) -> list:
    """Load (and with ``check``, try) the models of ``folders`` and list them in the catalog."""
    global _loaded_from
    folders = [Path(f).resolve() for f in folders]
    specs = discover(folders)
    if check:
        from .engine.models.onnx_runner import check_model

        for spec in specs:
            check_model(spec)
            log.info("user model %r (%s, %s) from %s", spec.name, spec.kind, Path(spec.model_path).name,
                     spec.manifest)
    catalog.install_user_models(specs)
    os.environ[ENVIRONMENT] = os.pathsep.join(str(f) for f in folders)
    _loaded_from = os.environ[ENVIRONMENT]
    return specs


def load_from_environment() -> None:
    """In a worker process: list the models the server configured (once; cheap when nothing changed)."""
    wanted = os.environ.get(ENVIRONMENT, "")
    if wanted and wanted != _loaded_from:
        configure([Path(p) for p in wanted.split(os.pathsep) if p], check=False)


__all__ = ["ModelConfigError", "configure", "discover", "load_from_environment"]
