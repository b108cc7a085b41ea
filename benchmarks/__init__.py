"""Benchmarks of what users feel: result loading, GUI stalls, plugin start, cost preview, the sandbox engine.

``python -m benchmarks.run`` runs every case in its own process and writes ``benchmarks/results.json`` and
``docs/BENCHMARKS.md``. Not part of ``make test``: the numbers are a report, not a pass/fail gate.
"""
