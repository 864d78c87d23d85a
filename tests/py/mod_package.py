# Importing a package and its submodules; the package's relative imports.
import pkg_demo
print(pkg_demo.describe(), pkg_demo.VERSION)
print(pkg_demo.area(3, 4), pkg_demo.perimeter(3, 4), pkg_demo.twice(5))
print(pkg_demo.util.shout("pkg"), pkg_demo.twice is pkg_demo.util.double)
import pkg_demo.geometry
from pkg_demo import util
from pkg_demo.util import double
from pkg_demo.geometry import area as geo_area
print(pkg_demo.geometry.area(2, 5), util.double(7), double(8), geo_area(1, 1))
print(pkg_demo.geometry.SCALE, util is pkg_demo.util)
print(pkg_demo.__name__, pkg_demo.geometry.__name__, util.__name__, double.__module__)
print(pkg_demo.__package__, pkg_demo.geometry.__package__)
import sys
print(sorted(k for k in sys.modules if k.startswith("pkg_demo")))
import pkg_demo.util as u2
print(u2 is util)
