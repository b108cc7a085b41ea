"""One module per benchmark case; each runs in its own process (``python -m benchmarks.cases.<name>``)."""
