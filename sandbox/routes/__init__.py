"""HTTP routes of the sandbox, one module per endpoint group; all thin wrappers over sandbox.services."""
