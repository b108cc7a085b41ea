"""``python -m sandbox``: see sandbox/cli.py."""
import sys

from .cli import main

if __name__ == "__main__":  # worker processes import this module under another name: do nothing then
    sys.exit(main())
