"""The demo provider: a procedurally generated world, its imagery and its ground truth."""
