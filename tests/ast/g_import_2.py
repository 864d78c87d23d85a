# from-imports: names, aliases, parenthesized lists, star
from math import pi
from math import sqrt as root, floor
from collections import (
    Counter,
    OrderedDict as ODict,
    defaultdict,
)
from itertools import (chain, islice)
from os.path import *
from typing import List, Dict, Tuple

print(pi, root(2), floor(2.5))
print(Counter("aab"), ODict(), defaultdict(int), list(islice(chain([1], [2]), 2)))
