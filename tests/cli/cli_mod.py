import sys
print("cli_mod:", __name__, sys.argv[1:])
