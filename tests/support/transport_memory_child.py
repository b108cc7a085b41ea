"""Child process of the transport memory test: one download or upload through the QGIS transport in a worker
thread, and how much the peak resident memory grew meanwhile (printed as JSON on the last line).

Usage: python -m tests.support.transport_memory_child download|upload BASE_URL TOKEN PATH
"""
from __future__ import annotations

import json
import sys
import threading


def _status_kb(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def _reset_peak() -> None:
    """Linux resets the peak (VmHWM) to the current resident size when 5 is written to clear_refs."""
    with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
        refs.write("5")


def main(mode: str, base_url: str, token: str, path: str) -> None:
    from qgis.core import QgsApplication
    application = QgsApplication([], False)
    application.initQgis()
    from mapflow_processing.api import MapflowClient
    from mapflow_processing.integration.qgis_transport import QgisTransport

    client = MapflowClient(base_url, token, transport=QgisTransport())
    outcome: dict = {}

    def work() -> None:
        try:
            if mode == "download":
                outcome["size"] = client.download_result("p1", path).stat().st_size
            else:
                outcome["mosaic"] = client.upload_image("m1", path).mosaic_id
        except BaseException as error:  # reported to the parent
            outcome["error"] = repr(error)

    # warm up Qt's network stack once, so its one-off allocations are not counted as the transfer's
    warm = threading.Thread(target=lambda: client.server_version())
    warm.start()
    while warm.is_alive():
        application.processEvents()
        warm.join(0.01)
    _reset_peak()
    before = _status_kb("VmRSS")
    worker = threading.Thread(target=work)
    worker.start()
    while worker.is_alive():
        application.processEvents()
        worker.join(0.01)
    outcome["peak_growth_kb"] = _status_kb("VmHWM") - before
    print(json.dumps(outcome), flush=True)
    sys.stderr.write(f"peak growth {outcome['peak_growth_kb']} kB\n")


if __name__ == "__main__":
    main(*sys.argv[1:5])
