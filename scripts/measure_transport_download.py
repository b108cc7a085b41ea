"""How fast a large result downloads through each HTTP transport of the client: ``requests`` (scripts) and QGIS's
network stack (the plugin). Not a test and not part of ``make bench``: a measurement to run by hand.

    .venv/bin/python scripts/measure_transport_download.py [--mb 100] [--runs 3]

A sandbox is started, one Buildings processing is run, and its result file is replaced by a synthetic GeoJSON of
about ``--mb`` megabytes (the way the result-load benchmark does it). Each download runs in a fresh child process
(QGIS started headless, the download in a worker thread as a task would), alternating the two transports; the
script prints the wall time, the throughput and the peak memory growth of each run, and the medians.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FEATURE_BYTES = 308  # about one synthetic building in the GeoJSON


def _status_kb(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def child(transport: str, base_url: str, token: str, processing_id: str, target: str) -> None:
    from qgis.core import QgsApplication
    application = QgsApplication([], False)
    application.initQgis()
    from mapflow_processing.api import MapflowClient
    from mapflow_processing.api.requests_transport import RequestsTransport
    from mapflow_processing.integration.qgis_transport import QgisTransport

    http = QgisTransport() if transport == "qgis" else RequestsTransport()
    client = MapflowClient(base_url, token, transport=http)
    outcome: dict = {}

    def run(measure: bool) -> None:
        started = time.perf_counter()
        path = client.download_result(processing_id, target)
        if measure:
            outcome["seconds"] = time.perf_counter() - started
            outcome["bytes"] = path.stat().st_size
        path.unlink()

    for measure in (False, True):  # a first small warm-up request, then the measured download
        if not measure:
            warm = threading.Thread(target=client.server_version)
        else:
            with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
                refs.write("5")  # the peak resident size starts again from here
            before = _status_kb("VmRSS")
            warm = threading.Thread(target=run, args=(True,))
        warm.start()
        while warm.is_alive():
            application.processEvents()
            warm.join(0.005)
    outcome["peak_growth_mb"] = (_status_kb("VmHWM") - before) / 1024
    print(json.dumps(outcome), flush=True)
    os._exit(0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=100.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sys.path[:0] = [str(REPO / ".build" / "pkg"), str(REPO)]
    from benchmarks.harness.sandbox import buildings_request, demo_client, running_sandbox, square_aoi, \
        wait_until_final
    from benchmarks.harness.synthetic import write_buildings_geojson

    with tempfile.TemporaryDirectory(prefix="transport-download-") as work, \
            running_sandbox(Path(work) / "sandbox") as server:
        from sandbox.services.lifecycle import result_path

        client = demo_client(server)
        project = client.create_project("Transport download")
        created = client.create_processing(buildings_request(project, square_aoi(0.05), "Transport download"))
        processing, _ = wait_until_final(client, created.id, 180)
        size = write_buildings_geojson(result_path(server.data_dir, processing.id),
                                       int(args.mb * 1e6 / FEATURE_BYTES))
        print(f"result: {size / 1e6:.1f} MB from {server.base_url}")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                   PYTHONPATH=os.pathsep.join([str(REPO / ".build" / "pkg"), str(REPO)]))
        times: dict = {"requests": [], "qgis": []}
        for _ in range(args.runs):
            for transport in ("requests", "qgis"):
                done = subprocess.run([sys.executable, __file__, "--child", transport, server.base_url, server.token,
                                       processing.id, str(Path(work) / f"{transport}.geojson")],
                                      env=env, capture_output=True, text=True, timeout=900)
                if done.returncode != 0:
                    raise SystemExit(done.stderr[-3000:])
                outcome = json.loads(done.stdout.strip().splitlines()[-1])
                assert outcome["bytes"] == size, outcome
                times[transport].append(outcome["seconds"])
                print(f"{transport:9s} {outcome['seconds']:6.2f} s  {size / 1e6 / outcome['seconds']:7.1f} MB/s  "
                      f"peak memory +{outcome['peak_growth_mb']:.1f} MB", flush=True)
        for transport, values in times.items():
            median = statistics.median(values)
            print(f"median {transport:9s} {median:6.2f} s  {size / 1e6 / median:7.1f} MB/s")
        print(f"qgis / requests: {statistics.median(times['qgis']) / statistics.median(times['requests']):.2f}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(*sys.argv[2:7])
    else:
        main()
