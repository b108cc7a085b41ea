"""The "My imagery" tab: the user's mosaics and images, listed with the storage, sorted and filtered here; details
of the selection; create (empty or with files), rename and retag, delete several at once, upload (checked before
anything is sent), and the map-side actions of ``MyImageryMapActions`` (preview, download, use as AOI or imagery).

Every call runs in a task; a change is followed by a new listing and ``SessionState.imagery_changed`` (the Imagery
section of the Start tab lists mosaics too). One upload or download runs at a time, with progress and Cancel.
"""
from __future__ import annotations

from typing import List, Optional, Sequence

from qgis.PyQt.QtCore import pyqtSignal, pyqtSlot

from ..core import my_imagery as rules
from ..core.my_imagery import ImageryAction, Picked, SortKey
from ..integration.messages import WARNING, Notifier, Topic, guarded, tr
from ..integration.session_state import Session, SessionState
from ..tasks.imagery import ImageryListing, UploadCheck, UploadOutcome, check_uploads, list_imagery, upload_files
from ..integration.messages import QT_TRANSLATE_NOOP
from .controller_support import Generation, SectionController
from .dialogs_imagery import ImageryPrompts, MosaicForm
from .processing_actions import run_for_each


class MyImageryController(SectionController):
    busy_changed = pyqtSignal(bool)

    def __init__(self, widget, state: SessionState, tasks, notifier: Notifier, prompts: ImageryPrompts,
                 parent=None):
        super().__init__(state, tasks, notifier, widget, parent)
        self.prompts = prompts
        self.listing = ImageryListing((), None)
        self._loaded = False  # a listing arrived for this session (until then the storage is not known)
        self._filter = ""
        self._sort = (SortKey.CREATED, True)
        self._listings = Generation()
        self.transfer = None  # the running upload or download task (one at a time)
        self._transfer_text = ""
        self.map_actions = None  # MyImageryMapActions, set by the dock (preview, download, AOI, use)
        self.listen(widget.filter_changed, self._on_filter)
        self.listen(widget.sort_requested, self._on_sort)
        self.listen(widget.refresh_requested, self.reload)
        self.listen(widget.selection_changed, self._on_selection)
        self.listen(widget.action_requested, self.run)
        self.listen(widget.cancel_requested, self.cancel_transfer)
        self.listen(state.changed, self._on_session)
        self.listen(state.imagery_changed, self.reload)
        self._on_session(state.session)

    # --- listing ---------------------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Listing your imagery"))
    def _on_session(self, session: Optional[Session]) -> None:
        self._listings.invalidate()
        self.cancel_transfer()
        self.listing = ImageryListing((), None)
        self._loaded = False
        self._show()
        if session is not None:
            self.reload()

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Listing your imagery"))
    def reload(self) -> None:
        session = self.state.session
        if session is None:
            return
        number = self._listings.next()
        client = session.client
        self.run_call(tr("Mapflow: list my imagery"), lambda _ctx: list_imagery(client),
                      lambda listing: self._listed(number, listing),
                      lambda error: self._list_failed(number, error), hidden=True)

    def _listed(self, number: int, listing: ImageryListing) -> None:
        if self._listings.is_current(number):
            self.listing = listing
            self._loaded = True
            self.notifier.clear(Topic.IMAGERY)
            self._show()

    def _list_failed(self, number: int, error: BaseException) -> None:
        if self._listings.is_current(number):
            self.notifier.report(error, tr("Listing your imagery"), topic=Topic.IMAGERY, level=WARNING,
                                 template=tr("Your imagery could not be listed: {reason}"), duration=10,
                                 retry=self.reload)

    def view(self) -> rules.Listing:
        key, descending = self._sort
        return rules.sort_listing(rules.filter_listing(self.listing.entries, self._filter), key, descending)

    def _show(self) -> None:
        self.widget.set_listing(self.view())
        memory = self.listing.memory
        loaded = self._loaded and self.state.session is not None
        self.widget.set_storage(rules.storage_text(memory) if loaded else "",
                                rules.storage_percent(memory) if loaded else None)
        self._on_selection()

    def _on_filter(self, text: str) -> None:
        self._filter = text
        self._show()

    def _on_sort(self, column: int, descending: bool) -> None:
        self._sort = (SortKey(column), descending)
        self._show()

    # --- selection ---------------------------------------------------------------------------------------------
    def picked(self) -> List[Picked]:
        entries = {e.mosaic.id: e for e in self.listing.entries}
        images = {i.id: (e.mosaic, i) for e in self.listing.entries for i in e.images}
        out = []
        for kind, item_id in self.widget.selected_keys():
            if kind == "mosaic" and item_id in entries:
                out.append(Picked(entries[item_id].mosaic))
            elif kind == "image" and item_id in images:
                out.append(Picked(*images[item_id]))
        return out

    def entry(self, mosaic_id: str) -> Optional[rules.MosaicEntry]:
        return next((e for e in self.listing.entries if e.mosaic.id == mosaic_id), None)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Showing the imagery details"))
    def _on_selection(self) -> None:
        picked = self.picked()
        if len(picked) == 1:
            one = picked[0]
            facts = rules.image_facts(one.image) if one.image is not None \
                else rules.mosaic_facts(self.entry(one.mosaic.id) or rules.MosaicEntry(one.mosaic))
            self.widget.show_details(rules.facts_html(one.name, facts))
        else:
            self.widget.show_details(tr("{count} items selected.").format(count=len(picked)) if picked else "")
        signed_in = self.state.session is not None
        self.widget.set_action_states({
            action: rules.action_state(action, picked) if signed_in else rules.ActionState(False, tr("Sign in first."))
            for action in ImageryAction})

    # --- actions -----------------------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "My imagery"))
    def run(self, action: ImageryAction) -> None:
        picked = self.picked()
        state = rules.action_state(action, picked)
        if self.state.session is None or not state.enabled:
            self.notifier.warning(state.reason or tr("Sign in first."), topic=Topic.IMAGERY)
            return
        if action is ImageryAction.NEW:
            form = self.prompts.new_mosaic(self.widget)
            if form is not None:
                self.create(form)
        elif action is ImageryAction.UPLOAD:
            files = self.prompts.upload_files(self.widget)
            if files:
                self.upload(files, picked[0].mosaic.id)
        elif action is ImageryAction.EDIT:
            self.ask_edit(picked[0])
        elif action is ImageryAction.DELETE:
            images = sum(len(self.entry(p.mosaic.id).images) if p.image is None and self.entry(p.mosaic.id) else 1
                         for p in picked)
            if self.prompts.confirm_delete(self.widget, [p.name for p in picked], images):
                self.delete(picked)
        elif self.map_actions is not None:
            self.map_actions.run(action, picked)

    def _changed(self) -> None:
        """Something changed on the server: list again here and in the Imagery section."""
        self.state.imagery_changed.emit()

    def _done(self, text: str) -> None:
        self.notifier.success(text, topic=Topic.IMAGERY)
        self._changed()

    def _report(self, error: BaseException, context: str, template: str, retry=None, **fields) -> None:
        self.notifier.report(error, context, topic=Topic.IMAGERY, template=template, retry=retry, **fields)

    def create(self, form: MosaicForm):
        if form.files:
            return self.upload(list(form.files), "", form)
        client = self.state.session.client
        return self.run_call(tr("Mapflow: create mosaic {name}").format(name=form.name),
                             lambda _ctx: client.create_mosaic(form.name, form.tags),
                             lambda mosaic: self._done(tr("Mosaic “{name}” created.").format(name=mosaic.name)),
                             lambda error: self._report(error, tr("Creating a mosaic"),
                                                        tr("The mosaic could not be created: {reason}"),
                                                        retry=lambda: self.create(form)))

    def ask_edit(self, one: Picked) -> None:
        if one.image is not None:
            name = self.prompts.rename_image(self.widget, one.name)
            if name:
                self.rename_image(one.image.id, name)
            return
        form = self.prompts.edit_mosaic(self.widget, one.mosaic.name, one.mosaic.tags)
        if form is not None:
            self.edit_mosaic(one.mosaic.id, form)

    def edit_mosaic(self, mosaic_id: str, form: MosaicForm):
        client = self.state.session.client
        return self.run_call(tr("Mapflow: rename mosaic"),
                             lambda _ctx: client.update_mosaic(mosaic_id, name=form.name, tags=form.tags),
                             lambda mosaic: self._done(tr("Mosaic “{name}” saved.").format(name=mosaic.name)),
                             lambda error: self._report(error, tr("Renaming a mosaic"),
                                                        tr("The mosaic could not be changed: {reason}"),
                                                        retry=lambda: self.edit_mosaic(mosaic_id, form)))

    def rename_image(self, image_id: str, name: str):
        client = self.state.session.client
        return self.run_call(tr("Mapflow: rename image"), lambda _ctx: client.rename_image(image_id, name),
                             lambda image: self._done(tr("Image renamed to “{name}”.").format(
                                 name=image.filename or name)),
                             lambda error: self._report(error, tr("Renaming an image"),
                                                        tr("The image could not be renamed: {reason}"),
                                                        retry=lambda: self.rename_image(image_id, name)))

    def delete(self, picked: Sequence[Picked]):
        """Images of a mosaic that is deleted too go with it; the others one by one."""
        mosaics = {p.mosaic.id for p in picked if p.image is None}
        items = [p for p in picked if p.image is None or p.mosaic.id not in mosaics]
        client = self.state.session.client

        def remove(item: Picked):
            return client.delete_image(item.image.id) if item.image is not None else client.delete_mosaic(
                item.mosaic.id)

        def done(outcome) -> None:
            if outcome.done:
                self.notifier.success(tr("Deleted: {names}.").format(names=", ".join(p.name for p in outcome.done)),
                                      topic=Topic.IMAGERY)
            for item, reason in outcome.failed:
                self.notifier.error(tr("“{name}” could not be deleted: {reason}").format(name=item.name,
                                                                                         reason=reason),
                                    topic=f"{Topic.IMAGERY}:{item.name}")
            self._changed()

        return self.run_call(tr("Mapflow: delete imagery"), lambda ctx: run_for_each(items, remove, ctx), done,
                             lambda error: self._report(error, tr("Deleting imagery"),
                                                        tr("The imagery could not be deleted: {reason}")))

    # --- uploads ---------------------------------------------------------------------------------------------
    def upload(self, paths: List[str], mosaic_id: str = "", new: Optional[MosaicForm] = None):
        """Check the files (GDAL and ``core.upload_rules``, in a task), then upload those that pass."""
        if self.transfer is not None:
            self.notifier.warning(tr("Wait for the running upload or download, or cancel it."), topic=Topic.IMAGERY)
            return None
        client = self.state.session.client
        self._transfer_text = tr("Checking")
        self.widget.set_progress(0, self._transfer_text)
        task = self.run_call(tr("Mapflow: check files before the upload"),
                             lambda ctx: check_uploads(client, paths, mosaic_id, ctx.is_cancelled),
                             lambda check: self._checked(check, mosaic_id, new),
                             lambda error: self._transfer_failed(error, tr("Checking the files"),
                                                                 tr("The files could not be checked: {reason}")),
                             on_cancel=self._transfer_cancelled)
        self._hold(task)
        return task

    def _checked(self, check: UploadCheck, mosaic_id: str, new: Optional[MosaicForm]) -> None:
        self._release()
        passing, refused = check.passing, check.refusals
        for warning in check.warnings:
            self.notifier.info(warning, duration=15, topic=f"{Topic.IMAGERY}:warning")
        if refused and not passing:
            self.notifier.error(tr("Nothing was uploaded: {reasons}").format(reasons=" ".join(refused)),
                                topic=Topic.IMAGERY)
            return
        if refused and not self.prompts.confirm_partial_upload(self.widget, refused, len(passing)):
            return
        self.send(passing, mosaic_id, new)

    def send(self, paths: List[str], mosaic_id: str = "", new: Optional[MosaicForm] = None):
        """Upload without checking (``upload`` checks first)."""
        client = self.state.session.client
        outcome = UploadOutcome()
        new_mosaic = (new.name, new.tags) if new is not None and not mosaic_id else None

        def run(ctx) -> UploadOutcome:
            return upload_files(client, paths, outcome, mosaic_id=mosaic_id, new_mosaic=new_mosaic,
                                progress=ctx.progress, is_cancelled=ctx.is_cancelled)

        self._transfer_text = tr("Uploading")
        self.widget.set_progress(0, self._transfer_text)
        task = self.run_call(tr("Mapflow: upload {count} file(s)").format(count=len(paths)), run, self._uploaded,
                             lambda error: self._transfer_failed(error, tr("Uploading imagery"),
                                                                 tr("The upload failed: {reason}")),
                             on_cancel=lambda: self._uploaded(outcome, cancelled=True))
        self._hold(task)
        return task

    def _uploaded(self, outcome: UploadOutcome, cancelled: bool = False) -> None:
        self._release()
        if outcome.uploaded:
            self.notifier.success(tr("Uploaded: {names}.").format(names=", ".join(outcome.uploaded)),
                                  topic=Topic.IMAGERY)
        for name, reason in outcome.failed:
            self.notifier.error(tr("{name} could not be uploaded: {reason}").format(name=name, reason=reason),
                                topic=f"{Topic.IMAGERY}:{name}")
        if cancelled or outcome.cancelled:
            self.notifier.info(tr("The upload was cancelled; {count} file(s) had been uploaded.").format(
                count=len(outcome.uploaded)), topic=f"{Topic.IMAGERY}:cancel")
        if outcome.uploaded or outcome.mosaic_id:
            self._changed()

    # --- the one transfer at a time ------------------------------------------------------------------------------
    def _hold(self, task) -> None:
        self.transfer = task
        task.progressChanged.connect(self._on_progress)
        self.busy_changed.emit(True)

    def _release(self) -> None:
        self.transfer = None
        self.widget.set_progress(None)
        self.busy_changed.emit(False)

    def hold_transfer(self, task, text: str) -> None:
        """A download of ``MyImageryMapActions`` shares the progress bar and Cancel."""
        self._transfer_text = text
        self.widget.set_progress(0, text)
        self._hold(task)

    def release_transfer(self) -> None:
        self._release()

    @pyqtSlot(float)
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Showing the progress"))
    def _on_progress(self, percent: float) -> None:
        if self.transfer is not None:
            self.widget.set_progress(percent, self._transfer_text)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Cancelling"))
    def cancel_transfer(self) -> None:
        if self.transfer is not None:
            try:
                self.transfer.cancel()
            except RuntimeError:  # finished and deleted meanwhile
                self._release()

    def _transfer_cancelled(self) -> None:
        self._release()
        self.notifier.info(tr("Cancelled."), topic=Topic.IMAGERY)

    def _transfer_failed(self, error: BaseException, context: str, template: str) -> None:
        self._release()
        self._report(error, context, template)

    def shutdown(self) -> None:
        super().shutdown()
        self._listings.invalidate()
        self.cancel_transfer()

