# sys.exit("message") prints the message on stderr and exits with status 1.
import sys
def check(config):
    if "name" not in config:
        sys.exit("error: configuration has no name")
    return config["name"]

print(check({"name": "ok"}))
print("checking the second one")
check({})
print("not reached")
