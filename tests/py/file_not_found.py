# FileNotFoundError and related OSError messages; errno and filename attributes.
import os
try:
    open("no_such_file_here.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e)
    print(e.errno, e.strerror, e.filename, isinstance(e, OSError))
try:
    open("no_such_dir/file.txt", "w")
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    os.remove("no_such_file_to_remove.tmp")
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    open(".")
except IsADirectoryError as e:
    print(type(e).__name__, e)
try:
    open("file_not_found.py", "z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    open("file_not_found.py", "rw")
except ValueError as e:
    print(type(e).__name__, e)
print(os.path.exists("file_not_found.py"), os.path.exists("missing.tmp"))
