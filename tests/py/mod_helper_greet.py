# A helper module with state, __all__ and private names; also runs alone as a test.
__all__ = ["greet", "GREETING"]

GREETING = "Hello"
_private_counter = 0
calls = []
print("mod_helper_greet loading as", __name__)


def greet(name):
    global _private_counter
    _private_counter += 1
    calls.append(name)
    return f"{GREETING}, {name}!"


def count():
    return _private_counter


def not_exported():
    return "only reachable by attribute access"


if __name__ == "__main__":
    print(greet("alone"), count(), calls)
