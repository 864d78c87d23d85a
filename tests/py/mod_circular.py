# A circular import between two helper modules: both bodies run once, in a defined order.
import mod_helper_cycle_a
import mod_helper_cycle_b
print(mod_helper_cycle_a.describe())
print(mod_helper_cycle_b.describe(), mod_helper_cycle_b.total())
print(mod_helper_cycle_a.mod_helper_cycle_b is mod_helper_cycle_b)
print(mod_helper_cycle_b.mod_helper_cycle_a is mod_helper_cycle_a)
import sys
print([k for k in sys.modules if k.startswith("mod_helper_cycle")])
import mod_helper_cycle_a
print("second import runs nothing")
