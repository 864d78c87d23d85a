# __future__ imports and module attributes
from __future__ import annotations
from __future__ import (division,
                        print_function)

import importlib
import importlib.util as iu


def load(name: str) -> object:
    spec = iu.find_spec(name)
    if spec is None:
        return None
    return importlib.import_module(name)


mod = load("string")
print(mod.ascii_lowercase[:3] if mod else "missing")
