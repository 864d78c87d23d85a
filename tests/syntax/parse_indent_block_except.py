try:
    x = 1
except Exception:
print("oops")
