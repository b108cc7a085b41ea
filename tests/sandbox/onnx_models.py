"""Tiny ONNX models the tests build with the ``onnx`` package, whose answers are known for given pixels, their
manifests, and a GeoTIFF of red squares on grass to run them on (no tests here)."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper
from osgeo import gdal, osr

OPSET = [helper.make_opsetid("", 17)]
IR_VERSION = 8  # what onnxruntime of every supported release reads


def _save(graph, path: Path) -> Path:
    model = helper.make_model(graph, opset_imports=OPSET, producer_name="sandbox-tests")
    model.ir_version = IR_VERSION
    onnx.checker.check_model(model)
    onnx.save(model, str(path))
    return path


def redness_segmentation(path: Path, size: int = 64, bands: int = 3) -> Path:
    """A 1x1 convolution and a sigmoid: P(roof) = sigmoid(12 (R - G) - 0.6) on pixels scaled to 0..1, so a red
    roof (0.72, 0.3, 0.24) scores 0.99 and grass (0.38, 0.55, 0.26) 0.07. Output [1, 1, size, size]."""
    weights = np.zeros((1, bands, 1, 1), np.float32)
    weights[0, 0, 0, 0] = 12.0
    if bands > 1:
        weights[0, 1, 0, 0] = -12.0
    graph = helper.make_graph(
        [helper.make_node("Conv", ["image", "w", "b"], ["logit"]), helper.make_node("Sigmoid", ["logit"], ["roof"])],
        "redness", [helper.make_tensor_value_info("image", TensorProto.FLOAT, [1, bands, size, size])],
        [helper.make_tensor_value_info("roof", TensorProto.FLOAT, [1, 1, size, size])],
        [numpy_helper.from_array(weights, "w"), numpy_helper.from_array(np.array([-0.6], np.float32), "b")])
    return _save(graph, path)


def constant_detection(path: Path, rows: list, size: int = 64) -> Path:
    """Whatever the tile, answers ``rows`` of (x0, y0, x1, y1, score, class) in tile pixels: output [N, 6]."""
    table = np.array(rows, np.float32)
    graph = helper.make_graph(
        [helper.make_node("ReduceSum", ["image"], ["total"], keepdims=0),
         helper.make_node("Mul", ["total", "zero"], ["nothing"]),
         helper.make_node("Add", ["rows", "nothing"], ["boxes"])],
        "constant-boxes", [helper.make_tensor_value_info("image", TensorProto.FLOAT, [1, 3, size, size])],
        [helper.make_tensor_value_info("boxes", TensorProto.FLOAT, list(table.shape))],
        [numpy_helper.from_array(table, "rows"), numpy_helper.from_array(np.array(0.0, np.float32), "zero")])
    return _save(graph, path)


def shrinking_segmentation(path: Path, size: int = 64) -> Path:
    """Answers at half the input's size (a pooling network): not what a segmentation manifest promises."""
    graph = helper.make_graph(
        [helper.make_node("MaxPool", ["image"], ["small"], kernel_shape=[2, 2], strides=[2, 2]),
         helper.make_node("ReduceMean", ["small"], ["roof"], axes=[1], keepdims=1)],
        "shrinking", [helper.make_tensor_value_info("image", TensorProto.FLOAT, [1, 3, size, size])],
        [helper.make_tensor_value_info("roof", TensorProto.FLOAT, [1, 1, size // 2, size // 2])])
    return _save(graph, path)


def manifest(folder: Path, name: str, model_file: str, **fields) -> Path:
    data = {"name": name, "kind": "segmentation", "model": model_file, "input_size": 64, "bands": 3,
            "resolution": 0.5, "classes": {"1": "buildings"}, "threshold": 0.5, "price": 12}
    data.update(fields)
    for key in [k for k, v in data.items() if v is None]:
        del data[key]
    path = folder / f"{Path(model_file).stem}.json"
    path.write_text(json.dumps(data))
    return path


# ---- imagery ------------------------------------------------------------------------------------------------
ORIGIN = (4187000.0, 7497000.0)  # EPSG:3857, near Moscow; pixel 0.9 Mercator m is 0.5 m on the ground there
MERCATOR_PIXEL = 0.9
GRASS, ROOF = (98, 140, 66), (184, 76, 60)
SQUARES = [(20, 24, 30, 30), (90, 40, 24, 36), (60, 110, 40, 22), (130, 130, 26, 26)]  # col, row, width, height


def red_squares_geotiff(path: Path, size: int = 180) -> Path:
    """Grass with the red roofs of ``SQUARES`` (pixel columns, rows, widths, heights), EPSG:3857, 3 bands."""
    rng = np.random.default_rng(1)
    image = np.empty((size, size, 3), np.float32)
    image[:] = GRASS
    for col, row, width, height in SQUARES:
        image[row:row + height, col:col + width] = ROOF
    image += rng.normal(0, 4, image.shape)
    ds = gdal.GetDriverByName("GTiff").Create(str(path), size, size, 3, gdal.GDT_Byte)
    ds.SetGeoTransform((ORIGIN[0], MERCATOR_PIXEL, 0, ORIGIN[1], 0, -MERCATOR_PIXEL))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3857)
    ds.SetProjection(srs.ExportToWkt())
    for band in range(3):
        ds.GetRasterBand(band + 1).WriteArray(np.clip(image[:, :, band], 0, 255).astype(np.uint8))
    ds.FlushCache()
    ds = None
    return path


def square_mercator(col: float, row: float, width: float, height: float):
    """A pixel rectangle of the red-squares image in EPSG:3857."""
    from shapely.geometry import box

    return box(ORIGIN[0] + col * MERCATOR_PIXEL, ORIGIN[1] - (row + height) * MERCATOR_PIXEL,
               ORIGIN[0] + (col + width) * MERCATOR_PIXEL, ORIGIN[1] - row * MERCATOR_PIXEL)


def image_aoi(size: int = 180, inset: int = 2) -> dict:
    from shapely.geometry import mapping

    from sandbox.engine.geo import to_lonlat

    return mapping(to_lonlat(square_mercator(inset, inset, size - 2 * inset, size - 2 * inset)))
