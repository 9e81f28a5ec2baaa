"""Fuzz target: any bytes through reading, conversion, writing and validation.

Short run here; a longer one: pytest tests/test_fuzz.py --hypothesis-profile=fuzz
"""
from hypothesis import HealthCheck, given, settings, strategies as st

import convert
from convert.diagnostics import InputError
from convert.pipeline import convert_decoded
from convert.reading import decode
from convert.validation import tei_errors

from .conftest import model_errors


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600), st.sampled_from([None, "article", "letter"]))
def test_any_bytes_convert_or_fail_with_an_input_error(data, genre):
    try:
        decoded = decode(data)
    except InputError as err:
        assert err.code in ("binary", "bad-encoding", "too-large")
        return
    doc = convert_decoded(decoded, name="fuzz", genre=genre, path="fuzz.txt")
    assert tei_errors(convert.write_tei(doc)) == []
    assert model_errors(convert.write_json(doc)) == []
