"""core.charges: a failed or refunded processing costs nothing, totals count what was charged, and the top-up page
belongs to the Mapflow service only (issue 21 item 7)."""
import pytest

from mapflow_processing.api.models.processing import ProcessingStatus as S
from mapflow_processing.api.models.user import BillingType as B
from mapflow_processing.core.charges import (TOP_UP_URL, Charge, ChargeTotals, charge_of, charged_totals, cost_text,
                                             top_up, top_up_url, totals_text)


@pytest.mark.parametrize("status, billing, expected", [
    (S.OK, B.CREDITS, Charge.CHARGED),
    (S.IN_PROGRESS, B.CREDITS, Charge.CHARGED),  # charged when created
    (S.CANCELLED, B.CREDITS, Charge.CHARGED),
    (S.FAILED, B.CREDITS, Charge.REFUNDED),  # given back when it fails
    (S.REFUNDED, B.CREDITS, Charge.REFUNDED),  # an administrator's refund
    (S.FAILED, B.AREA, Charge.REFUNDED),  # the area comes back as well
    (S.OK, B.AREA, Charge.CHARGED),
    (S.FAILED, B.NONE, Charge.NOT_BILLED),
    (S.OK, B.NONE, Charge.NOT_BILLED),
])
def test_what_a_processing_was_charged(status, billing, expected):
    assert charge_of(status, billing) is expected


def test_cost_texts():
    assert cost_text(13, S.OK) == "13" and cost_text(1234, S.OK, unit=True) == "1,234 credits"
    assert cost_text(13, S.FAILED) == "refunded" and cost_text(13, S.REFUNDED, unit=True) == "refunded"
    assert cost_text(None, S.IN_PROGRESS) == "—"
    assert cost_text(13, S.FAILED, B.NONE) == "13"  # nothing was charged, nothing refunded: the server's number


def test_totals_leave_out_what_was_given_back():
    rows = [(S.OK, 13, 52_000.0), (S.OK, 31, 580_000.0), (S.FAILED, 13, 52_000.0), (S.IN_PROGRESS, None, None)]
    totals = charged_totals(rows)
    assert totals == ChargeTotals(count=4, charged_count=3, refunded_count=1, credits=44, refunded_credits=13,
                                  area_m2=632_000.0)
    assert totals_text(totals) == ("4 processings: 44 credits and 0.63 km² charged. 1 failed or refunded, not "
                                   "charged (13 credits given back).")
    assert totals_text(charged_totals(rows[:2])) == "2 processings: 44 credits and 0.63 km² charged."
    assert totals_text(charged_totals(rows, B.NONE), B.NONE) == "4 processings, 0.68 km²; this account is not billed."


@pytest.mark.parametrize("server, url", [
    ("https://api.mapflow.ai/rest", TOP_UP_URL),
    ("https://API.mapflow.ai/rest/", TOP_UP_URL),
    ("https://whitemaps-production.mapflow.ai/rest", TOP_UP_URL),
    ("https://whitemaps-staging.mapflow.ai/rest", None),  # no known page for the other environments
    ("http://127.0.0.1:8765/rest", None),  # the sandbox
    ("https://api.mapflow.ai.example.com/rest", None),
    ("", None),
])
def test_the_top_up_page_of_a_server(server, url):
    assert top_up_url(server) == url


def test_the_top_up_hint_names_the_way_on_every_server():
    assert top_up("https://api.mapflow.ai/rest").url == "https://app.mapflow.ai/account/balance"
    sandbox = top_up("http://127.0.0.1:8765/rest")
    assert sandbox.url is None and "python -m sandbox add-credits" in sandbox.text
    other = top_up("https://mapflow.example.org/rest")
    assert other.url is None and "administrator" in other.text
