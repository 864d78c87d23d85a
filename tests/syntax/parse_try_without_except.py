try:
    x = 1 / 0
print("after")
