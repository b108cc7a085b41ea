"""api.json_pieces: the same values and the same refusals as json.loads, decoded one array element at a time."""
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mapflow_processing.api.json_pieces import loads_in_pieces

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=8))
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                      st.dictionaries(st.text(max_size=5), inner, max_size=4)),
                      max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(VALUES, st.sampled_from([None, 0, 2]))
def test_any_document_decodes_as_json_loads_does(value, indent):
    text = json.dumps(value, indent=indent)
    assert loads_in_pieces(text) == json.loads(text)
    assert loads_in_pieces(text.encode("utf-8")) == json.loads(text.encode("utf-8"))


def test_a_catalog_page_with_odd_spacing():
    text = ' \n{ "images" :[ {"id": "a", "footprint": {"type": "Polygon", "coordinates": [[[1, 2]]]}} ,\n' \
           '{"id":"b"} ] , "total":2,"limit" : 1000 , "offset":0 }\n'
    assert loads_in_pieces(text) == json.loads(text)
    assert loads_in_pieces("[]") == [] and loads_in_pieces("{}") == {} and loads_in_pieces(" 5 ") == 5
    assert loads_in_pieces(b"\xef\xbb\xbf{\"a\": [1]}") == {"a": [1]}  # a BOM in bytes, as json.loads allows


@pytest.mark.parametrize("text", ['{"a": [1, 2,]}', '{"a" 1}', '{"a": [1 2]}', '{"a": 1', '[1, 2', '{"a": 1}}',
                                  '{1: 2}', '', '{"images": [{"id": "a"}', '\ufeff{}', '{"a": [1]} x'])
def test_invalid_json_is_refused_like_json_loads(text):
    with pytest.raises(ValueError):
        json.loads(text)
    with pytest.raises(ValueError):
        loads_in_pieces(text)
