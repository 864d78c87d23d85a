# Plain imports, dotted names and aliases
import os
import sys
import os.path
import xml.etree.ElementTree
import collections.abc as cabc
import numpy as np, pandas as pd
import json, math as m, urllib.parse

print(os.path.join("a", "b"), sys.version_info.major)
print(m.sqrt(16), json.dumps([1]), isinstance([], cabc.Sequence))
print(urllib.parse.quote("a b"), xml.etree.ElementTree.__name__)
