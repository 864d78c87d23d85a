# Exception handlers in one-line form and with empty bodies
import os

try: os.remove("no_such_file.tmp")
except FileNotFoundError: print("already gone")

try:
    value = int("42")
except ValueError: value = 0
else: value += 1
finally: print("value is", value)

try: x = undefined_name
except NameError as e: print(type(e).__name__)
