# An uncaught KeyError inside a function: exit status 1 and the traceback's last line.
def lookup(table, key):
    return table[key]

config = {"host": "localhost", "port": 8080}
print(lookup(config, "host"))
print(lookup(config, "port"))
print("about to fail")
value = lookup(config, "user")
print("not reached", value)
