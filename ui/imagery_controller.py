"""My imagery: the user's mosaics and images for the source picker, and GeoTIFF uploads.

An upload streams the file from disk in a task (progress bar, Cancel); into a new mosaic (``POST
/rasters/mosaic/image``) or an existing one. The server's refusal (the image does not fit the mosaic, the storage
is full, not a GeoTIFF...) is shown in the client's words for its error code.
"""
from __future__ import annotations

from pathlib import Path
from typing import Dict, Optional, Tuple

from qgis.PyQt.QtCore import pyqtSlot

from ..api.models import Image, Mosaic, UploadResult
from ..core.choices import ChoiceKey, MosaicItem, SourceKind
from ..integration.messages import WARNING, Notifier, Topic, guarded, tr
from ..integration.project_choices import ChoiceMemory
from ..integration.session_state import Session, SessionState
from ..tasks.imagery import check_uploads
from ..integration.messages import QT_TRANSLATE_NOOP
from .controller_support import Generation, SectionController
from .dialogs_start import StartPrompts

GEOTIFF_SUFFIXES = (".tif", ".tiff")


def list_imagery(client) -> Tuple[Tuple[Mosaic, Tuple[Image, ...]], ...]:
    """Worker thread: every mosaic with its images."""
    return tuple((mosaic, tuple(client.mosaic_images(mosaic.id))) for mosaic in client.list_mosaics())


def check_geotiff(path: str) -> str:
    """Why ``path`` cannot be uploaded ('' when it can); the server checks the content itself."""
    file = Path(path)
    if not file.is_file():
        return tr("The file {name} does not exist.").format(name=file.name or path)
    if file.suffix.lower() not in GEOTIFF_SUFFIXES:
        return tr("Only GeoTIFF files (.tif, .tiff) can be uploaded; {name} is not one.").format(name=file.name)
    if file.stat().st_size == 0:
        return tr("The file {name} is empty.").format(name=file.name)
    return ""


class ImageryController(SectionController):
    def __init__(self, widget, state: SessionState, tasks, notifier: Notifier, prompts: StartPrompts,
                 memory: ChoiceMemory, parent=None):
        super().__init__(state, tasks, notifier, widget, parent)
        self.prompts = prompts
        self.memory = memory
        self._mosaics: Dict[str, Mosaic] = {}
        self._images: Dict[str, Image] = {}
        self._listing = Generation()
        self._upload = None  # the running upload task
        self.listen(widget.upload_requested, self.ask_upload)
        self.listen(widget.cancel_upload_requested, self.cancel_upload)
        self.listen(state.changed, self._on_session)
        self.listen(state.imagery_changed, self.reload)  # the My imagery tab changed something

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Listing your imagery"))
    def _on_session(self, session: Optional[Session]) -> None:
        self._mosaics, self._images = {}, {}
        with self.memory.quietly():
            self.widget.set_mosaics([])
        self.cancel_upload()
        if session is not None:
            self.reload()

    def reload(self, select_id: str = "") -> None:
        session = self.state.session
        if session is None:
            return
        number = self._listing.next()
        client = session.client
        self.run_call(tr("Mapflow: list my imagery"), lambda _ctx: list_imagery(client),
                    lambda listed: self._listed(number, listed, select_id),
                    lambda error: self._list_failed(number, error), hidden=True)

    def _listed(self, number: int, listed, select_id: str) -> None:
        if not self._listing.is_current(number):
            return
        self._mosaics = {mosaic.id: mosaic for mosaic, _images in listed}
        self._images = {image.id: image for _mosaic, images in listed for image in images}
        items = [MosaicItem(mosaic.id, mosaic.name, tuple((i.id, i.filename or i.id) for i in images))
                 for mosaic, images in listed]
        current = select_id or self.widget.mosaicCombo.currentData() or self.memory.get(ChoiceKey.MOSAIC)
        image = "" if select_id else self.memory.get(ChoiceKey.IMAGE)
        with self.memory.quietly():
            self.widget.set_mosaics(items, current, image)

    def _list_failed(self, number: int, error: BaseException) -> None:
        if self._listing.is_current(number):
            self.notifier.report(error, tr("Listing your imagery"), topic=Topic.IMAGERY, level=WARNING,
                                 template=tr("Your imagery could not be listed: {reason}"), duration=10,
                                 retry=self.reload)

    # --- uploads ---------------------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Uploading a GeoTIFF"))
    def ask_upload(self, mosaic_id: str) -> None:
        if self.state.session is None or self._upload is not None:
            return
        path = self.prompts.geotiff_path(self.widget)
        if not path:
            return
        mosaic_name = ""
        if not mosaic_id:
            new = self.prompts.new_mosaic(self.widget, Path(path).stem)
            if new is None:
                return
            mosaic_name = new.name
        self.upload(path, mosaic_id, mosaic_name)

    def upload(self, path: str, mosaic_id: str = "", new_mosaic_name: str = ""):
        """Upload ``path`` into ``mosaic_id``, or into a new mosaic called ``new_mosaic_name``."""
        problem = check_geotiff(path)
        if problem:
            self.notifier.warning(problem)
            return None
        client = self.state.session.client

        def run(ctx) -> UploadResult:
            def progress(done: int, total: Optional[int]) -> None:
                if total:
                    ctx.progress(100.0 * done / total)
            # what the server would refuse is said before anything is sent (GDAL facts, core.upload_rules)
            check_uploads(client, [path], mosaic_id, ctx.is_cancelled).raise_if_refused()
            if mosaic_id:
                return client.upload_image(mosaic_id, path, progress=progress, is_cancelled=ctx.is_cancelled)
            return client.create_mosaic_with_image(new_mosaic_name, path, progress=progress,
                                                   is_cancelled=ctx.is_cancelled)

        self.widget.set_upload_progress(0)
        name = Path(path).name
        task = self.run_call(tr("Mapflow: upload {name}").format(name=name), run,
                             lambda result: self._uploaded(name, result),
                             lambda error: self._upload_failed(name, error, path, mosaic_id, new_mosaic_name),
                             on_cancel=lambda: self._upload_cancelled(name))
        task.progressChanged.connect(self._on_progress)
        self._upload = task
        return task

    @pyqtSlot(float)
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Showing the upload progress"))
    def _on_progress(self, percent: float) -> None:
        if self._upload is not None:
            self.widget.set_upload_progress(percent)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Stopping the upload"))
    def cancel_upload(self) -> None:
        if self._upload is not None:
            try:
                self._upload.cancel()
            except RuntimeError:  # already finished and deleted
                pass

    def _uploaded(self, name: str, result: UploadResult) -> None:
        self._upload = None
        self.widget.set_upload_progress(None)
        self.notifier.clear(Topic.IMAGERY)
        self.notifier.success(tr("{name} was uploaded.").format(name=name))
        self.widget.set_kind(SourceKind.MY_IMAGERY)
        self.state.imagery_changed.emit()  # the My imagery tab lists it too (its reload here is replaced below)
        self.reload(select_id=result.mosaic_id)

    def _upload_cancelled(self, name: str) -> None:
        self._upload = None
        self.widget.set_upload_progress(None)
        self.notifier.info(tr("The upload of {name} was cancelled.").format(name=name), topic=Topic.IMAGERY)

    def _upload_failed(self, name: str, error: BaseException, path: str, mosaic_id: str, new_name: str) -> None:
        self._upload = None
        self.widget.set_upload_progress(None)
        self.notifier.report(error, tr("Uploading a GeoTIFF"), topic=Topic.IMAGERY,
                             template=tr("{name} could not be uploaded: {reason}"), name=name,
                             retry=lambda: self.upload(path, mosaic_id, new_name))

    def shutdown(self) -> None:
        super().shutdown()
        self._listing.invalidate()
        self.cancel_upload()
