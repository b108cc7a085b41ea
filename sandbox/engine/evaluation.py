"""Accuracy of results against the demo world's ground truth: object F1 at an IoU threshold, and area IoU.

``python -m sandbox.engine.evaluation [--out DIR]`` runs the engine's accuracy report (``accuracy``) and prints
it as markdown; with ``--out`` it also writes ``engine-accuracy.json`` and ``engine-accuracy.md`` there."""
from __future__ import annotations

from dataclasses import dataclass

import shapely
from shapely.geometry import mapping, shape
from shapely.strtree import STRtree

from .demo.truth import ground_truth


@dataclass
class ObjectScore:
    true_positives: int
    predicted: int
    actual: int
    matches: list  # (predicted index, actual index, iou)

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.actual if self.actual else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _geometries(collection: dict) -> list:
    return [shape(f["geometry"]) for f in collection["features"]]


def object_f1(predicted: dict, actual: dict, iou_threshold: float = 0.5) -> ObjectScore:
    """Greedy one-to-one matching of polygons by IoU (EPSG:4326 is fine: IoU is a ratio of nearby areas)."""
    pred, true = _geometries(predicted), _geometries(actual)
    tree = STRtree(true)
    candidates = []
    for i, geometry in enumerate(pred):
        for j in tree.query(geometry):
            inter = geometry.intersection(true[j]).area
            if inter > 0:
                iou = inter / (geometry.area + true[j].area - inter)
                if iou >= iou_threshold:
                    candidates.append((iou, i, int(j)))
    used_pred, used_true, matches = set(), set(), []
    for iou, i, j in sorted(candidates, reverse=True):
        if i not in used_pred and j not in used_true:
            used_pred.add(i)
            used_true.add(j)
            matches.append((i, j, iou))
    return ObjectScore(len(matches), len(pred), len(true), matches)


def area_iou(predicted: dict, actual: dict, within=None) -> float:
    """IoU of the union of all predicted and all actual polygons (optionally inside ``within``)."""
    pred = shapely.union_all(_geometries(predicted)) if predicted["features"] else shapely.Polygon()
    true = shapely.union_all(_geometries(actual)) if actual["features"] else shapely.Polygon()
    if within is not None:
        pred, true = pred.intersection(within), true.intersection(within)
    union = pred.union(true).area
    return pred.intersection(true).area / union if union else 1.0


def truth_for(aoi, model_key: str) -> dict:
    """Ground truth clipped to an AOI polygon (lon/lat), as a FeatureCollection."""
    collection = ground_truth(aoi.bounds, model_key)
    features = []
    for feature in collection["features"]:
        piece = shape(feature["geometry"]).intersection(aoi)
        if not piece.is_empty and piece.area > 0:
            features.append({**feature, "geometry": mapping(piece)})
    return {**collection, "features": features}


def main(argv=None) -> int:
    import argparse
    import json
    from pathlib import Path

    from .accuracy import accuracy_report, markdown

    parser = argparse.ArgumentParser(prog="python -m sandbox.engine.evaluation",
                                     description="Measure the sandbox engine against the demo world's truth.")
    parser.add_argument("--out", type=Path, help="folder for engine-accuracy.json and engine-accuracy.md")
    parser.add_argument("--quick", action="store_true", help="the first place only (a smoke test)")
    args = parser.parse_args(argv)
    from .accuracy import PLACES

    report = accuracy_report(PLACES[:1] if args.quick else PLACES)
    text = markdown(report)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "engine-accuracy.json").write_text(json.dumps(report, indent=2) + "\n")
        (args.out / "engine-accuracy.md").write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
