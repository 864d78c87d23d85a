# Truthiness in conditions
items = []
name = ""
config = {"debug": False}

if not items:
    print("no items")
if name:
    print("has a name")
if config.get("debug") is False and not name or items:
    print("quiet mode")
if len(items) == 0 != len(name) + 1:
    print("chained")
if (x := len(config)) > 0: print("config size", x)
elif x == 0: print("empty config")
else: pass
