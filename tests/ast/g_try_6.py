# try/except/else without finally, and except with attribute types
import json


def parse(raw):
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        print("bad json at", exc.pos)
        data = {}
    except (json.decoder.JSONDecodeError, UnicodeError):
        raise
    else:
        print("ok")
    return data


parse('{"a": 1}')
parse("{oops")
