"""Shared fixture: the QGIS authentication database of pytest-qgis's test profile, unlocked without a prompt."""
import sqlite3

import pytest

TEST_MASTER_PASSWORD = "mapflow-processing-tests"  # the test profile's master password (tests only)


def _reset_test_profile_auth_db(manager):
    """The test profile's database holds another master password (left by some other run): empty it.
    Only ever done to pytest-qgis's throwaway profile."""
    path = manager.authenticationDatabasePath()
    assert ".qgis-settings" in path, f"refusing to reset a non-test auth database: {path}"
    with sqlite3.connect(path) as connection:
        connection.execute("DELETE FROM auth_pass")
        connection.execute("DELETE FROM auth_configs")


@pytest.fixture(scope="session")
def unlocked_auth(qgis_app):
    from qgis.core import QgsApplication

    manager = QgsApplication.authManager()
    assert not manager.isDisabled(), manager.disabledMessage()
    if not manager.masterPasswordIsSet() and not manager.setMasterPassword(TEST_MASTER_PASSWORD, True):
        _reset_test_profile_auth_db(manager)
        assert manager.setMasterPassword(TEST_MASTER_PASSWORD, True)
    return manager
