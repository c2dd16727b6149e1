"""Write the four YAML files from d1..d4."""
from pathlib import Path

import lib

ROOT = Path(__file__).resolve().parent.parent
for mod, name in [("d1", "01-login-access.yaml"), ("d2", "02-employer-company.yaml"),
                  ("d3", "03-courses-training.yaml"), ("d4", "04-privacy-other.yaml")]:
    start = len(lib.ITEMS)
    try:
        __import__(mod)
    except ModuleNotFoundError:
        continue
    (ROOT / name).write_text(lib.dump(lib.ITEMS[start:]), encoding="utf-8")
    print(name, len(lib.ITEMS) - start)
