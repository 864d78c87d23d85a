# A module of the program's own, imported by callbacks.py: its class is
# shown as an imported label, as Python Tutor shows objects of other modules.
class Square:
    side = 2
