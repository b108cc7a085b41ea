"""The manifest beside a user's ONNX model: what the network is, what it takes and what its classes mean.

A manifest is a JSON file (``NAME.json`` in a models folder, or ``manifest.json`` in a sub-folder)::

    {"name": "🏠 My roofs", "kind": "segmentation", "model": "roofs.onnx",
     "input_size": 256, "bands": 3, "resolution": 0.5,
     "classes": {"1": "buildings"}, "threshold": 0.5, "price": 12}

Required: ``name`` (the workflow name users pick), ``kind`` (``segmentation`` or ``detection``), ``model`` (the
.onnx file, relative to the manifest), ``input_size`` (tile side in pixels, or ``[height, width]``), ``bands``
(1: grey, 3: RGB), ``resolution`` (ground metres per pixel the network was trained at), ``classes`` (output class
index -> object type written to results, e.g. ``buildings``, ``forest``, ``roads``, ``construction`` or any name).
Optional: ``key`` (stable id, default from the file name), ``description``, ``threshold`` (0.5: probability or
score that makes a pixel or a box the class), ``price`` (credits per km², 10), ``zoom`` (``{"min", "max",
"recommended"}`` for tile sources; by default the zooms around ``resolution``), ``resolution_range`` (``[finest,
coarsest]`` m/px accepted for GeoTIFFs; default half to twice ``resolution``), ``overlap`` (pixels shared by
neighbouring tiles, default an eighth of the tile), ``activation`` (``none``, ``sigmoid`` or ``softmax`` applied to
segmentation scores, default ``none``), ``scale`` (input = pixel / scale, default 255), ``mean`` and ``std``
(per band, applied after scaling), ``min_area_m2`` (smaller objects are dropped, default 4).

Network conventions: input float32 ``[1, bands, H, W]``. Segmentation output ``[1, C, H, W]`` scores (C = 1: one
class, index 1; C > 1: channel k is class k, channel 0 background) or ``[1, H, W]`` integer labels. Detection
output: ``[N, 6]`` or ``[1, N, 6]`` rows of ``x0, y0, x1, y1, score, class`` in input pixels, or three outputs
``boxes [N, 4]``, ``scores [N]``, ``classes [N]``.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

KINDS = ("segmentation", "detection")
ACTIVATIONS = ("none", "sigmoid", "softmax")
REQUIRED = ("name", "kind", "model", "input_size", "bands", "resolution", "classes")
EQUATOR_ZOOM_0_M = 156543.03392804097  # ground metres per pixel at zoom 0 on the equator


class ModelConfigError(Exception):
    """A user model cannot be used; the text names the file and the problem."""


@dataclass(frozen=True)
class OnnxSpec:
    manifest: str  # path of the manifest
    model_path: str
    key: str
    name: str
    description: str
    kind: str
    input_height: int
    input_width: int
    bands: int
    resolution: float
    classes: tuple  # ((index, object type), ...)
    threshold: float
    price: float
    min_zoom: int
    max_zoom: int
    recommended_zoom: int
    min_res: float
    max_res: float
    overlap: int
    activation: str
    scale: float
    mean: tuple
    std: tuple
    min_area_m2: float

    def object_type(self, index: int) -> Optional[str]:
        return dict(self.classes).get(int(index))


def _fail(path: Path, problem: str) -> ModelConfigError:
    return ModelConfigError(f"{path}: {problem}")


def _number(path: Path, data: dict, key: str, default=None, low=None, high=None, integer=False):
    value = data.get(key, default)
    if value is None:
        raise _fail(path, f"'{key}' is missing")
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (integer and int(value) != value):
        raise _fail(path, f"'{key}' must be {'a whole number' if integer else 'a number'}, not {value!r}")
    if (low is not None and value < low) or (high is not None and value > high):
        raise _fail(path, f"'{key}' must lie in {low}..{high}, not {value!r}")
    return int(value) if integer else float(value)


def _per_band(path: Path, data: dict, key: str, bands: int, default: float) -> tuple:
    value = data.get(key)
    if value is None:
        return (default,) * bands
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (float(value),) * bands
    if isinstance(value, list) and len(value) == bands and all(isinstance(v, (int, float)) for v in value):
        return tuple(float(v) for v in value)
    raise _fail(path, f"'{key}' must be a number or a list of {bands} numbers")


def zoom_for_resolution(resolution: float, latitude: float = 45.0) -> int:
    return int(round(math.log2(EQUATOR_ZOOM_0_M * math.cos(math.radians(latitude)) / resolution)))


def load_manifest(path: Path) -> OnnxSpec:
    """Parse and check one manifest (the model file itself is checked by ``onnx_runner.check_model``)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise _fail(path, f"not a readable JSON manifest ({exc})") from None
    if not isinstance(data, dict):
        raise _fail(path, "a manifest is a JSON object")
    missing = [k for k in REQUIRED if k not in data]
    if missing:
        raise _fail(path, "missing key" + ("s " if len(missing) > 1 else " ") + ", ".join(f"'{k}'" for k in missing))
    name = data["name"]
    if not isinstance(name, str) or not name.strip():
        raise _fail(path, "'name' must be a non-empty text")
    kind = data["kind"]
    if kind not in KINDS:
        raise _fail(path, f"'kind' must be one of {', '.join(KINDS)}, not {kind!r}")
    model = data["model"]
    if not isinstance(model, str) or not model.strip():
        raise _fail(path, "'model' must name the .onnx file")
    model_path = (path.parent / model).resolve()
    if not model_path.is_file():
        raise _fail(path, f"the model file {model_path} does not exist")
    size = data["input_size"]
    sides = size if isinstance(size, list) else [size, size]
    if len(sides) != 2 or not all(isinstance(v, int) and not isinstance(v, bool) and 8 <= v <= 4096 for v in sides):
        raise _fail(path, f"'input_size' must be a whole number of pixels (8-4096) or [height, width], not {size!r}")
    bands = _number(path, data, "bands", integer=True)
    if bands not in (1, 3):
        raise _fail(path, f"'bands' must be 1 (grey) or 3 (RGB), not {bands}")
    resolution = _number(path, data, "resolution", low=0.01, high=100.0)
    classes = data["classes"]
    if not isinstance(classes, dict) or not classes:
        raise _fail(path, "'classes' must map class numbers to object types, e.g. {\"1\": \"buildings\"}")
    parsed = []
    for index, object_type in classes.items():
        if not re.fullmatch(r"\d+", str(index)) or int(index) < 1:
            raise _fail(path, f"class number {index!r} must be a whole number from 1 (0 is the background)")
        if not isinstance(object_type, str) or not re.fullmatch(r"[A-Za-z][A-Za-z0-9_ -]{0,40}", object_type):
            raise _fail(path, f"object type {object_type!r} of class {index} must be a short name")
        parsed.append((int(index), object_type))
    recommended = zoom_for_resolution(resolution)
    zoom = data.get("zoom") or {}
    if not isinstance(zoom, dict):
        raise _fail(path, "'zoom' must be an object with min, max and recommended")
    min_zoom = _number(path, zoom, "min", recommended - 1, 0, 22, True)
    max_zoom = _number(path, zoom, "max", recommended + 1, min_zoom, 22, True)
    recommended = _number(path, zoom, "recommended", min(max(recommended, min_zoom), max_zoom), min_zoom, max_zoom,
                          True)
    res_range = data.get("resolution_range") or [resolution / 2.0, resolution * 2.0]
    if not (isinstance(res_range, list) and len(res_range) == 2 and
            all(isinstance(v, (int, float)) for v in res_range) and 0 < res_range[0] <= res_range[1]):
        raise _fail(path, "'resolution_range' must be [finest, coarsest] in metres per pixel")
    activation = data.get("activation", "none")
    if activation not in ACTIVATIONS:
        raise _fail(path, f"'activation' must be one of {', '.join(ACTIVATIONS)}")
    height, width = sides
    default_key = path.parent.name if path.name == "manifest.json" else path.stem
    key = "onnx-" + re.sub(r"[^a-z0-9]+", "-", str(data.get("key") or default_key).lower()).strip("-")
    return OnnxSpec(
        manifest=str(path), model_path=str(model_path), key=key, name=name.strip(),
        description=str(data.get("description") or f"Your ONNX {kind} model {model_path.name}"),
        kind=kind, input_height=height, input_width=width, bands=bands, resolution=resolution,
        classes=tuple(sorted(parsed)), threshold=_number(path, data, "threshold", 0.5, 0.0, 1.0),
        price=_number(path, data, "price", 10.0, 0.0, 1e6), min_zoom=min_zoom, max_zoom=max_zoom,
        recommended_zoom=recommended, min_res=float(res_range[0]), max_res=float(res_range[1]),
        overlap=_number(path, data, "overlap", max(height, width) // 8, 0, min(height, width) // 2 - 1, True),
        activation=activation, scale=_number(path, data, "scale", 255.0, 1e-9),
        mean=_per_band(path, data, "mean", bands, 0.0), std=_per_band(path, data, "std", bands, 1.0),
        min_area_m2=_number(path, data, "min_area_m2", 4.0, 0.0))


def manifests_in(folder: Path) -> list:
    """Manifests of a models folder: ``*.json`` beside the models and ``*/manifest.json``, sorted."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ModelConfigError(f"{folder}: the models folder does not exist")
    return sorted(list(folder.glob("*.json")) + list(folder.glob("*/manifest.json")))
