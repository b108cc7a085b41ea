import pytest

from mapflow_processing.core.roles import ProjectAction as A
from mapflow_processing.core.roles import allowed, normalise_role, why_not

# The contract's role table (section 3.7), row by row.
MATRIX = {
    "readonly": set(),
    "contributor": {A.RUN, A.RESTART},
    "maintainer": {A.RUN, A.RESTART, A.RENAME_PROCESSING, A.DELETE_PROCESSING, A.RATE, A.REVIEW, A.MOVE, A.SHARE},
    "owner": set(A),
}


@pytest.mark.parametrize("role", MATRIX)
@pytest.mark.parametrize("action", list(A))
def test_role_matrix(role, action):
    assert allowed(role, action) == (action in MATRIX[role])
    assert (why_not(role, action) == "") == (action in MATRIX[role])


def test_default_project_is_protected_even_for_its_owner():
    assert not allowed("owner", A.RENAME_PROJECT, is_default=True)
    assert not allowed("owner", A.DELETE_PROJECT, is_default=True)
    assert allowed("owner", A.RUN, is_default=True)
    assert "default project" in why_not("owner", A.DELETE_PROJECT, is_default=True)


def test_unknown_roles_count_as_readonly():
    assert normalise_role("MAINTAINER") == "maintainer"
    assert normalise_role("weird") == "readonly" and normalise_role(None) == "readonly"
    assert not allowed("weird", A.RUN)
