"""Hypothesis profiles of the harness: `ci` for make test and CI (reproducible, no timing health checks), `dev`
(random) for everything else."""
import pytest
from hypothesis import HealthCheck, settings

from tests.support.harness import hypothesis_profile_name


@pytest.mark.parametrize("environment, expected", [
    ({}, "dev"),
    ({"CI": "true"}, "ci"),
    ({"HYPOTHESIS_PROFILE": "ci"}, "ci"),
    ({"CI": "true", "HYPOTHESIS_PROFILE": "dev"}, "dev"),  # an explicit choice wins
])
def test_the_profile_follows_the_environment(monkeypatch, environment, expected):
    for name in ("CI", "HYPOTHESIS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert hypothesis_profile_name() == expected


def test_the_ci_profile_cannot_fail_for_a_slow_machine():
    ci = settings.get_profile("ci")
    assert ci.deadline is None and ci.derandomize and ci.print_blob and ci.database is None
    assert {HealthCheck.too_slow, HealthCheck.data_too_large} <= set(ci.suppress_health_check)
    dev = settings.get_profile("dev")
    assert not dev.derandomize


def test_the_run_uses_the_profile_its_environment_chose():
    assert settings.get_current_profile_name() == hypothesis_profile_name()
