"""Entry point of the frozen app: the same command line as ``workbench``.

With no arguments (as when started from the desktop menu) it opens the
window; ``workbench-frozen check ...`` etc. work as in a source install.
"""

import sys

from workbench.cli import main

if __name__ == "__main__":
    sys.exit(main())
