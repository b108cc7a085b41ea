"""Runs a user's ONNX model (``onnx_manifest``) with onnxruntime on the CPU: the image is resampled to the model's
resolution, cut into tiles of its input size that overlap by ``overlap`` pixels, and each tile's answer is kept
for its central part only (segmentation) or for the boxes whose centre lies there (detection), so objects on tile
seams are neither cut nor counted twice. Segmentation classes are then polygonized like the classical models'
masks; detection boxes become rectangles.

``check_model`` is what the sandbox runs at start: the file must load, take ``[1, bands, H, W]`` float input of the
manifest's size and answer a blank tile in the shape its kind promises. Failures at run time become
``inference.ModelRunError`` with the model's name and the runtime's message.
"""
from __future__ import annotations

from typing import Callable, Optional

import numpy as np
from osgeo import gdal

from ..geo import Window
from ..interface import PartitionCancelled, StageError
from ..raster_io import Imagery
from . import raster_ops
from .common import Detection, regions_of
from .onnx_manifest import ModelConfigError, OnnxSpec

RUN_ERROR = "inference.ModelRunError"
_SESSIONS: dict = {}


def _session(spec: OnnxSpec):
    import onnxruntime

    session = _SESSIONS.get(spec.model_path)
    if session is None:
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1  # the worker pool already runs one partition per core
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        session = onnxruntime.InferenceSession(spec.model_path, sess_options=options,
                                               providers=["CPUExecutionProvider"])
        _SESSIONS[spec.model_path] = session
    return session


def _dims(shape) -> list:
    return [d if isinstance(d, int) else None for d in shape]


def check_model(spec: OnnxSpec) -> None:
    """Refuse a model that cannot run as its manifest says; raises ``ModelConfigError`` naming file and problem."""
    where = spec.model_path
    try:
        import onnxruntime  # noqa: F401
    except ImportError:
        raise ModelConfigError(f"{where}: onnxruntime is not installed (pip install onnxruntime)") from None
    _SESSIONS.pop(spec.model_path, None)
    try:
        session = _session(spec)
    except Exception as exc:  # onnxruntime raises its own exception types for unreadable files
        raise ModelConfigError(f"{where}: not a usable ONNX model ({_first_line(exc)})") from None
    inputs = session.get_inputs()
    if len(inputs) != 1:
        raise ModelConfigError(f"{where}: the model takes {len(inputs)} inputs; one image tensor is expected")
    dims = _dims(inputs[0].shape)
    if len(dims) != 4:
        raise ModelConfigError(f"{where}: the input {inputs[0].name} has shape {inputs[0].shape}; "
                               f"[1, bands, height, width] is expected")
    expected = [1, spec.bands, spec.input_height, spec.input_width]
    for actual, wanted, what in zip(dims, expected, ("batch", "bands", "height", "width")):
        if actual is not None and actual != wanted:
            raise ModelConfigError(f"{where}: the input takes {actual} as {what} (shape {inputs[0].shape}); the "
                                   f"manifest {spec.manifest} says {wanted}")
    if "float" not in inputs[0].type:
        raise ModelConfigError(f"{where}: the input is {inputs[0].type}; float32 is expected")
    blank = np.zeros((1, spec.bands, spec.input_height, spec.input_width), np.float32)
    try:
        outputs = session.run(None, {inputs[0].name: blank})
    except Exception as exc:
        raise ModelConfigError(f"{where}: the model fails on a blank tile ({_first_line(exc)})") from None
    problem = _output_problem(spec, outputs)
    if problem:
        raise ModelConfigError(f"{where}: {problem}")


def _first_line(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:240]


def _output_problem(spec: OnnxSpec, outputs: list) -> Optional[str]:
    shapes = [tuple(np.shape(o)) for o in outputs]
    if spec.kind == "segmentation":
        shape = shapes[0]
        size = (spec.input_height, spec.input_width)
        if not ((len(shape) == 4 and shape[0] == 1 and shape[2:] == size) or
                (len(shape) == 3 and shape[0] == 1 and shape[1:] == size)):
            return f"the output has shape {list(shape)}; [1, classes, {size[0]}, {size[1]}] or [1, {size[0]}, " \
                   f"{size[1]}] is expected for segmentation"
        if len(shape) == 4:
            channels = shape[1]
            top = max(index for index, _ in spec.classes)
            if (channels == 1 and top != 1) or (channels > 1 and top >= channels):
                return f"the output has {channels} channel(s) but the manifest lists class {top}"
        return None
    if len(outputs) == 1 and shapes[0] and shapes[0][-1] == 6 and len(shapes[0]) in (2, 3):
        return None
    if len(outputs) == 3 and len(shapes[0]) in (2, 3) and shapes[0][-1] == 4:
        return None
    return f"the outputs have shapes {[list(s) for s in shapes]}; detection expects [N, 6] rows of x0, y0, x1, " \
           f"y1, score, class, or boxes [N, 4], scores [N] and classes [N]"


# ---- running ----------------------------------------------------------------------------------------------------
def _at_model_resolution(imagery: Imagery, spec: OnnxSpec):
    """(pixels float32 [bands, h, w] normalised, validity, window) at the model's ground resolution."""
    window = imagery.window
    factor = imagery.ground_resolution / spec.resolution
    rgb, valid = imagery.rgb, imagery.valid
    if abs(factor - 1.0) > 0.05:
        width, height = max(1, int(round(window.width * factor))), max(1, int(round(window.height * factor)))
        stack = np.dstack([rgb, valid.astype(np.uint8) * 255])
        mem = gdal.GetDriverByName("MEM").Create("", window.width, window.height, 4, gdal.GDT_Byte)
        mem.SetGeoTransform(window.geotransform)
        for band in range(4):
            mem.GetRasterBand(band + 1).WriteArray(stack[:, :, band])
        scaled = gdal.Translate("", mem, format="MEM", width=width, height=height, resampleAlg="bilinear")
        data = np.dstack([scaled.GetRasterBand(b + 1).ReadAsArray() for b in range(4)])
        rgb, valid = data[:, :, :3], data[:, :, 3] > 127
        window = Window(window.west, window.south, window.east, window.north, width, height)
    pixels = rgb.astype(np.float32)
    if spec.bands == 1:
        pixels = pixels.mean(axis=2, keepdims=True)
    pixels = pixels / spec.scale
    pixels = (pixels - np.array(spec.mean, np.float32)) / np.array(spec.std, np.float32)
    return np.ascontiguousarray(pixels.transpose(2, 0, 1)), valid, window


def _tiles(length: int, tile: int, overlap: int) -> list:
    """Starts of tiles of ``tile`` px along ``length`` px, ``overlap`` px shared (the last one flush with the end)."""
    if length <= tile:
        return [0]
    stride = tile - overlap
    starts = list(range(0, length - tile, stride)) + [length - tile]
    return sorted(set(starts))


def _keep_spans(starts: list, tile: int, length: int) -> list:
    """Per tile, the part (tile pixels, low to high) whose answer counts: neighbours split their shared pixels in
    the middle, so every image pixel (and every box centre) belongs to exactly one tile."""
    spans = []
    for i, start in enumerate(starts):
        low = 0 if i == 0 else (start + starts[i - 1] + tile) // 2 - start
        high = min(tile, length - start) if i == len(starts) - 1 else (starts[i + 1] + start + tile) // 2 - start
        spans.append((low, high))
    return spans


def _infer(session, name: str, spec: OnnxSpec, batch: np.ndarray) -> list:
    try:
        return session.run(None, {name: batch})
    except Exception as exc:
        raise StageError(RUN_ERROR, {"model": spec.name, "message": _first_line(exc)}, "detect") from None


def _scores_to_classes(spec: OnnxSpec, output: np.ndarray) -> tuple:
    """(class index per pixel, score of that class) for one tile's segmentation output."""
    if output.ndim == 3:
        labels = output[0].astype(np.int64)
        return labels, (labels > 0).astype(np.float32)
    scores = output[0].astype(np.float32)
    if spec.activation == "sigmoid":
        scores = 1.0 / (1.0 + np.exp(-scores))
    elif spec.activation == "softmax":
        scores = np.exp(scores - scores.max(axis=0, keepdims=True))
        scores /= scores.sum(axis=0, keepdims=True)
    if scores.shape[0] == 1:
        prob = scores[0]
        return np.where(prob >= spec.threshold, 1, 0), prob
    best = scores.argmax(axis=0)
    prob = np.take_along_axis(scores, best[None], axis=0)[0]
    return np.where((best > 0) & (prob >= spec.threshold), best, 0), prob


def run_model(spec: OnnxSpec, imagery: Imagery, report: Callable[[float], bool]) -> list:
    try:
        session = _session(spec)
    except Exception as exc:
        raise StageError(RUN_ERROR, {"model": spec.name, "message": f"cannot load {spec.model_path}: "
                                                                   f"{_first_line(exc)}"}, "detect") from None
    name = session.get_inputs()[0].name
    pixels, valid, window = _at_model_resolution(imagery, spec)
    bands, height, width = pixels.shape
    th, tw = spec.input_height, spec.input_width
    rows, cols = _tiles(height, th, spec.overlap), _tiles(width, tw, spec.overlap)
    row_spans, col_spans = _keep_spans(rows, th, height), _keep_spans(cols, tw, width)
    classes = np.zeros((height, width), np.int32)
    scores = np.zeros((height, width), np.float32)
    boxes = []
    done, total = 0, len(rows) * len(cols)
    for top, (r0, r1) in zip(rows, row_spans):
        for left, (c0, c1) in zip(cols, col_spans):
            tile = np.zeros((1, bands, th, tw), np.float32)
            piece = pixels[:, top:top + th, left:left + tw]
            tile[0, :, :piece.shape[1], :piece.shape[2]] = piece
            outputs = _infer(session, name, spec, tile)
            if spec.kind == "segmentation":
                tile_classes, tile_scores = _scores_to_classes(spec, np.asarray(outputs[0]))
                classes[top + r0:top + r1, left + c0:left + c1] = tile_classes[r0:r1, c0:c1]
                scores[top + r0:top + r1, left + c0:left + c1] = tile_scores[r0:r1, c0:c1]
            else:
                boxes.extend(_tile_boxes(spec, outputs, top, left, (r0, r1, c0, c1)))
            done += 1
            if not report(0.8 * done / total):
                raise PartitionCancelled()
    if spec.kind == "segmentation":
        return _polygons(spec, classes * valid, scores, window, report)
    return _box_detections(spec, _suppress(boxes), window)


def _polygons(spec: OnnxSpec, classes: np.ndarray, scores: np.ndarray, window: Window, report) -> list:
    holder = Imagery(np.zeros(classes.shape + (3,), np.uint8), classes > 0, window)
    out = []
    for index, object_type in spec.classes:
        mask = classes == index
        if not mask.any():
            continue
        polygons = regions_of(mask, holder, spec.min_area_m2, lambda f: True)
        if not polygons:
            continue
        ids = raster_ops.region_ids(polygons, window)
        means = raster_ops.region_means(ids * mask, scores, len(polygons))
        out.extend(Detection(p, {"object_type": object_type, "score": round(float(s), 3)})
                   for p, s in zip(polygons, means))
    report(1.0)
    return out


def _tile_boxes(spec: OnnxSpec, outputs: list, top: int, left: int, keep: tuple) -> list:
    if len(outputs) == 1:
        rows = np.asarray(outputs[0], np.float64).reshape(-1, 6)
    else:
        boxes = np.asarray(outputs[0], np.float64).reshape(-1, 4)
        scores = np.asarray(outputs[1], np.float64).reshape(-1, 1)
        labels = np.asarray(outputs[2], np.float64).reshape(-1, 1)
        rows = np.hstack([boxes, scores, labels]) if len(boxes) else np.zeros((0, 6))
    r0, r1, c0, c1 = keep
    out = []
    for x0, y0, x1, y1, score, label in rows:
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        if score < spec.threshold or spec.object_type(int(round(label))) is None or x1 <= x0 or y1 <= y0:
            continue
        if not (c0 <= cx < c1 and r0 <= cy < r1):
            continue  # a neighbouring tile sees this box's centre with more context around it
        out.append((left + x0, top + y0, left + x1, top + y1, float(score), int(round(label))))
    return out


def _suppress(boxes: list, iou: float = 0.5) -> list:
    """Non-maximum suppression per class: of boxes overlapping by more than ``iou``, the best scored stays."""
    kept = []
    for box in sorted(boxes, key=lambda b: -b[4]):
        x0, y0, x1, y1, _, label = box
        area = (x1 - x0) * (y1 - y0)
        clash = False
        for k in kept:
            if k[5] != label:
                continue
            w = min(x1, k[2]) - max(x0, k[0])
            h = min(y1, k[3]) - max(y0, k[1])
            if w > 0 and h > 0:
                inter = w * h
                if inter / (area + (k[2] - k[0]) * (k[3] - k[1]) - inter) > iou:
                    clash = True
                    break
        if not clash:
            kept.append(box)
    return kept


def _box_detections(spec: OnnxSpec, boxes: list, window: Window) -> list:
    from shapely.geometry import box as rectangle

    out = []
    for x0, y0, x1, y1, score, label in boxes:
        west, east = window.west + x0 * window.res_x, window.west + x1 * window.res_x
        north, south = window.north - y0 * window.res_y, window.north - y1 * window.res_y
        out.append(Detection(rectangle(west, south, east, north),
                             {"object_type": spec.object_type(label), "score": round(score, 3)}))
    return out
