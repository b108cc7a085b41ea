"""The harness self-tests measure child processes through the work folder; it goes when the session ends."""
import pytest

from benchmarks.harness.workspace import owns_work_root, remove_work_root


@pytest.fixture(scope="session", autouse=True)
def _work_folder_removed_at_the_end():
    yield
    if owns_work_root():
        remove_work_root()
