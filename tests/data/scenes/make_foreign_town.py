"""Writes the checked-in scene ``foreign_town.tif`` (a JPEG-compressed GeoTIFF in UTM 33N whose metadata states
the sun) and its truth ``foreign_town_truth.geojson``, with the tests' own generator (``foreign_scene``) under
other settings than the scenes the tests generate on the fly: another palette, a sun from the south-south-east
at 52°, stronger noise, and JPEG compression. Run from the repository root:

    .venv/bin/python -m tests.data.scenes.make_foreign_town
"""
from __future__ import annotations

import json
from pathlib import Path

from tests.data.scenes.foreign_scene import Lighting, Look, town, truth_geojson, write_geotiff

HERE = Path(__file__).resolve().parent
LIGHTING = Lighting(sun_azimuth=160.0, sun_elevation=52.0, shade=(0.5, 0.52, 0.6), exposure=0.95)
LOOK = Look(lawn=(104, 136, 70), tiles=((164, 92, 72), (142, 76, 60), (182, 112, 80)), metal=(96, 112, 140),
            flat_light=(232, 230, 226), flat_beige=(210, 200, 180), crown=(46, 86, 44), asphalt=(84, 86, 90),
            noise=5.0, blur=0.7)


def main() -> None:
    scene = town(size=600, pixel_m=0.5, lighting=LIGHTING, look=LOOK, seed=2024)
    write_geotiff(HERE / "foreign_town.tif", scene.rgb, scene.pixel_m, LIGHTING, jpeg=True)
    (HERE / "foreign_town_truth.geojson").write_text(json.dumps(truth_geojson(scene), indent=1) + "\n")


if __name__ == "__main__":
    main()
