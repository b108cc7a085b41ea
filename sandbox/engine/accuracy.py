"""The engine's accuracy report: every model run on demo-world places through the real partition runner, scored
against the truth the generator knows, plus uniform scenes (snow, water, bare soil, lawn) on which an honest
engine finds nothing. ``python -m sandbox.engine.evaluation --out DIR`` writes ``engine-accuracy.json`` and
``engine-accuracy.md``; the tests run the same report and hold it to thresholds.

Scores:
- buildings: precision, recall and F1 of one-to-one matches at IoU >= 0.5; on the matches, the share whose
  ``class_id`` agrees and the mean absolute error of ``building_height``;
- forest: area IoU; on woods matched at IoU >= 0.3, the height error and class agreement weighted by area;
- roads and construction sites: area IoU;
- uniform scenes: objects found per km² (should be none).
"""
from __future__ import annotations

import json
import math
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import numpy as np
from shapely.geometry import shape

from .evaluation import object_f1, truth_for
from .geo import Window, lonlat_to_merc, window_for_bounds, zoom_resolution
from .interface import PartitionJob, SourceSpec
from .partition import run_partition
from .raster_io import Imagery, write_imagery

MODELS = ("buildings", "forest", "roads", "construction")
BLOCKS = {"buildings": {"Classification": True, "Heights": True}, "forest": {"Heights": True}}


@dataclass(frozen=True)
class Place:
    name: str
    lon: float  # south-west corner
    lat: float
    metres: float
    zoom: int = 18


# districts of the demo world with houses, apartment blocks, commercial and industrial buildings, woods of every
# height class, parks, fields and a construction site, at several latitudes; zoom 18 is the one every model runs at
PLACES = (
    Place("Moscow suburb", 37.55, 55.70, 500),
    Place("Rio de Janeiro", -43.21, -22.935, 350),
    Place("London", -0.131, 51.525, 350),
    Place("Sydney", 151.212, -33.867, 350),
)

# uniform surfaces (mean RGB) with sensor noise and large-scale patchiness of their own
UNIFORM_SCENES = {"snow": (236, 239, 243), "water": (40, 68, 94), "bare soil": (152, 124, 94),
                  "lawn": (112, 142, 72)}


def square(lon: float, lat: float, metres: float) -> dict:
    d_lat = metres / 110_574.0
    d_lon = metres / (111_320.0 * math.cos(math.radians(lat)))
    return {"type": "Polygon", "coordinates": [[[lon, lat], [lon + d_lon, lat], [lon + d_lon, lat + d_lat],
                                                [lon, lat + d_lat], [lon, lat]]]}


def _run(work: Path, aoi: dict, model: str, source: SourceSpec, start_stage: str = "fetch") -> dict:
    job = PartitionJob(processing_id="accuracy", aoi_id=model, geometry=aoi, model_key=model,
                       blocks=BLOCKS.get(model, {}), source=source, work_dir=work, start_stage=start_stage)
    output = run_partition(job, lambda fraction, stage: None, lambda: False)
    return json.loads(Path(output.result_path).read_text())


class _Tally:
    """Sums over places, so that the report's figures are micro-averages."""

    def __init__(self):
        self.values = {}

    def add(self, key: str, value: float) -> None:
        self.values[key] = self.values.get(key, 0.0) + float(value)

    def get(self, key: str) -> float:
        return self.values.get(key, 0.0)

    def ratio(self, top: str, bottom: str) -> Optional[float]:
        return round(self.get(top) / self.get(bottom), 3) if self.get(bottom) else None


def _score_buildings(result: dict, truth: dict, tally: _Tally) -> None:
    truth = {**truth, "features": [f for f in truth["features"] if f["properties"]["area"] >= 20]}
    score = object_f1(result, truth, 0.5)
    tally.add("b_tp", score.true_positives)
    tally.add("b_pred", score.predicted)
    tally.add("b_true", score.actual)
    for i, j, iou in score.matches:
        found, known = result["features"][i]["properties"], truth["features"][j]["properties"]
        tally.add("b_iou", iou)
        tally.add("b_class", found.get("class_id") == known["class_id"])
        if found.get("building_height") is not None:
            tally.add("b_heights", 1)
            tally.add("b_height_err", abs(found["building_height"] - known["building_height"]))


def _union_scores(result: dict, truth: dict, aoi, prefix: str, tally: _Tally) -> None:
    import shapely

    found = shapely.union_all([shape(f["geometry"]) for f in result["features"]]).intersection(aoi)
    known = shapely.union_all([shape(f["geometry"]) for f in truth["features"]]).intersection(aoi)
    tally.add(f"{prefix}_inter", found.intersection(known).area)
    tally.add(f"{prefix}_union", found.union(known).area)


def _score_forest(result: dict, truth: dict, aoi, tally: _Tally) -> None:
    _union_scores(result, truth, aoi, "f", tally)
    score = object_f1(result, truth, 0.3)
    for i, j, _ in score.matches:
        found, known = result["features"][i]["properties"], truth["features"][j]["properties"]
        if found.get("max_height") is None:
            continue
        weight = known["area"]
        tally.add("f_weight", weight)
        tally.add("f_height_err", weight * abs(found["max_height"] - known["max_height"]))
        tally.add("f_class", weight * (found.get("class_id") == known["class_id"]))


def _demo_scores(places, work: Path) -> dict:
    tally = _Tally()
    for place in places:
        aoi_json = square(place.lon, place.lat, place.metres)
        aoi = shape(aoi_json)
        fetched = work / place.name.replace(" ", "-") / "fetch"
        source = SourceSpec("demo", zoom=place.zoom, provider_name="Sandbox_Demo")
        for model in MODELS:
            folder = fetched.parent / model
            folder.mkdir(parents=True)
            if (fetched / "imagery.tif").exists():  # one download per place: the other models resume at detect
                shutil.copy(fetched / "imagery.tif", folder / "imagery.tif")
                result = _run(folder, aoi_json, model, source, "detect")
            else:
                result = _run(folder, aoi_json, model, source)
                fetched.mkdir(parents=True)
                shutil.copy(folder / "imagery.tif", fetched / "imagery.tif")
            truth = truth_for(aoi, model)
            if model == "buildings":
                _score_buildings(result, truth, tally)
            elif model == "forest":
                _score_forest(result, truth, aoi, tally)
            else:
                _union_scores(result, truth, aoi, model[0], tally)
    b_tp, b_pred, b_true = tally.get("b_tp"), tally.get("b_pred"), tally.get("b_true")
    precision = b_tp / b_pred if b_pred else 0.0
    recall = b_tp / b_true if b_true else 0.0
    return {
        "buildings": {"precision": round(precision, 3), "recall": round(recall, 3),
                      "f1": round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0,
                      "found": int(b_pred), "true": int(b_true), "matched": int(b_tp),
                      "mean_iou_of_matches": tally.ratio("b_iou", "b_tp"),
                      "class_accuracy": tally.ratio("b_class", "b_tp"),
                      "height_mae_m": tally.ratio("b_height_err", "b_heights")},
        "forest": {"area_iou": tally.ratio("f_inter", "f_union"),
                   "height_mae_m": tally.ratio("f_height_err", "f_weight"),
                   "height_class_accuracy": tally.ratio("f_class", "f_weight")},
        "roads": {"area_iou": tally.ratio("r_inter", "r_union")},
        "construction": {"area_iou": tally.ratio("c_inter", "c_union")},
    }


def uniform_imagery(rgb: tuple, window: Window, seed: int) -> Imagery:
    """A surface of one colour with sensor noise (±6) and 8 % brightness patches of about 40 m."""
    rng = np.random.default_rng(seed)
    height, width = window.height, window.width
    coarse = rng.normal(0.0, 1.0, (height // 120 + 2, width // 120 + 2))
    rows = np.linspace(0, coarse.shape[0] - 1.001, height)
    cols = np.linspace(0, coarse.shape[1] - 1.001, width)
    r0, c0 = rows.astype(int), cols.astype(int)
    fr, fc = (rows - r0)[:, None], (cols - c0)[None, :]
    patches = (coarse[r0][:, c0] * (1 - fr) * (1 - fc) + coarse[r0 + 1][:, c0] * fr * (1 - fc) +
               coarse[r0][:, c0 + 1] * (1 - fr) * fc + coarse[r0 + 1][:, c0 + 1] * fr * fc)
    image = np.array(rgb, np.float32)[None, None, :] * (1.0 + 0.08 * patches[:, :, None])
    image += rng.normal(0.0, 6.0, image.shape)
    return Imagery(np.clip(image, 0, 255).astype(np.uint8), np.ones((height, width), bool), window)


def _uniform_scores(work: Path, metres: float = 300.0) -> dict:
    lon, lat = 10.0, 60.0
    aoi = square(lon, lat, metres)
    bounds = shape(aoi).bounds
    (w, e), (s, n) = lonlat_to_merc([bounds[0], bounds[2]], [bounds[1], bounds[3]])
    window = window_for_bounds((float(w), float(s), float(e), float(n)), zoom_resolution(18))
    km2 = metres * metres / 1e6
    out = {}
    for seed, (name, rgb) in enumerate(UNIFORM_SCENES.items()):
        imagery = uniform_imagery(rgb, window, seed)
        counts = {}
        for model in MODELS:
            folder = work / "uniform" / name.replace(" ", "-") / model
            folder.mkdir(parents=True)
            write_imagery(folder / "imagery.tif", imagery)
            result = _run(folder, aoi, model, SourceSpec("geotiff"), "detect")
            counts[model] = len(result["features"])
        out[name] = {"objects": counts, "km2": round(km2, 3)}
    return out


def accuracy_report(places=PLACES, work_dir: Optional[Path] = None) -> dict:
    started = time.perf_counter()
    temporary = work_dir is None
    work = Path(work_dir) if work_dir else Path(tempfile.mkdtemp(prefix="engine-accuracy-"))
    try:
        report = {"places": [{"name": p.name, "lon": p.lon, "lat": p.lat, "metres": p.metres, "zoom": p.zoom}
                             for p in places]}
        report.update(_demo_scores(places, work))
        report["uniform_scenes"] = _uniform_scores(work)
    finally:
        if temporary:
            shutil.rmtree(work, ignore_errors=True)
    report["seconds"] = round(time.perf_counter() - started, 1)
    return report


def markdown(report: dict) -> str:
    b, f = report["buildings"], report["forest"]
    lines = [
        "# Sandbox engine accuracy",
        "",
        "Demo-world places: " + "; ".join(f"{p['name']} ({p['metres']:g} m square, zoom {p['zoom']})"
                                          for p in report["places"]) + ".",
        "",
        "| model | measure | value |",
        "|---|---|---|",
        f"| buildings | precision / recall / F1 at IoU 0.5 | {b['precision']} / {b['recall']} / {b['f1']} "
        f"({b['matched']} of {b['true']} true, {b['found']} found) |",
        f"| buildings | class_id agreement on matches | {b['class_accuracy']} |",
        f"| buildings | building_height mean absolute error | {b['height_mae_m']} m |",
        f"| forest | area IoU | {f['area_iou']} |",
        f"| forest | max_height error, weighted by area | {f['height_mae_m']} m |",
        f"| forest | height class agreement, weighted by area | {f['height_class_accuracy']} |",
        f"| roads | area IoU | {report['roads']['area_iou']} |",
        f"| construction | area IoU | {report['construction']['area_iou']} |",
        "",
        "Objects found on uniform scenes (none is right):",
        "",
        "| scene | " + " | ".join(MODELS) + " |",
        "|---|" + "---|" * len(MODELS),
    ]
    for name, scene in report["uniform_scenes"].items():
        lines.append(f"| {name} ({scene['km2']} km²) | " + " | ".join(str(scene["objects"][m]) for m in MODELS) + " |")
    lines += ["", f"Measured in {report['seconds']} s."]
    return "\n".join(lines) + "\n"
