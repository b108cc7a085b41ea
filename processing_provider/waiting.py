"""Waiting for several processings under one time limit, with progress and cancellation through the feedback.

The processings are waited for one after the other (``core.toolbox.wait_for_processing``, polling at the panel's
interval); by the time the first ends the others have usually ended too, so each further wait is one request.
"""
from __future__ import annotations

import time
from typing import Dict, Sequence

from qgis.core import QgsProcessingException, QgsProcessingFeedback

from ..integration.messages import tr


def poll_policy():
    from ..core import settings as catalogue
    from ..core.poll_schedule import PollPolicy
    from ..integration.settings_store import SettingsStore

    interval = float(SettingsStore().get(catalogue.POLL_INTERVAL_S))
    return PollPolicy(interval=interval, max_delay=max(15.0, interval))


def wait_for_all(client, processing_ids: Sequence[str], timeout_min: float, feedback: QgsProcessingFeedback,
                 progress_from: float, progress_to: float, stop_on_problem: bool) -> Dict[str, object]:
    """Final processings by id. With ``stop_on_problem`` a time-out or a cancel raises QgsProcessingException;
    without, it is reported and the processings not yet final are left out of the answer."""
    from ..api.errors import Cancelled
    from ..core.processing_view import status_label
    from ..core.toolbox import WaitTimedOut, wait_for_processing

    policy = poll_policy()
    started_at = time.monotonic()
    span = (progress_to - progress_from) / max(len(processing_ids), 1)
    finals: Dict[str, object] = {}
    for index, processing_id in enumerate(processing_ids):
        def update(processing, index=index):
            feedback.setProgress(progress_from + span * (index + processing.percent_completed / 100))
            feedback.setProgressText(tr("Waiting for “{name}”: {status}, {percent} %").format(
                name=processing.name, status=status_label(processing), percent=processing.percent_completed))

        try:
            final = wait_for_processing(client, processing_id, is_cancelled=feedback.isCanceled, on_update=update,
                                        timeout_s=timeout_min * 60 or None, started_at=started_at, policy=policy)
        except WaitTimedOut as error:
            if stop_on_problem:
                raise QgsProcessingException(str(error)) from None
            feedback.pushWarning(str(error))
            continue
        except Cancelled:
            text = tr("Cancelled while waiting; the processings go on on the server.")
            if stop_on_problem:
                raise QgsProcessingException(text) from None
            feedback.pushWarning(text)
            break
        finals[processing_id] = final
        feedback.pushInfo(tr("“{name}” ({id}) ended: {status}.").format(
            name=final.name, id=final.id, status=status_label(final)))
    return finals
