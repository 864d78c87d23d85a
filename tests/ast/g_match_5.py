# Value patterns (dotted names), capture patterns, wildcards and groups
import enum

class Color(enum.Enum):
    RED = 0
    GREEN = 1
    BLUE = 2

class Settings:
    class Mode:
        FAST = "fast"

def paint(color):
    match color:
        case Color.RED:
            print("I see red!")
        case Color.GREEN | Color.BLUE:
            print("Grass or sky")
        case Settings.Mode.FAST:
            print("fast mode")
        case (Color.RED):
            print("a group around a value")
        case ((other)):
            print("captured", other)

paint(Color.BLUE)

match paint:
    case _:
        pass
