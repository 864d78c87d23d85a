# with: one context manager, with and without a name
with open("notes.txt", "w") as f:
    f.write("first line\n")

with open("notes.txt") as f:
    print(f.read())

import threading
lock = threading.Lock()
with lock:
    print("holding the lock")
