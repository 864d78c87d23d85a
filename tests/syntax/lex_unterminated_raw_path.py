path = r"C:\Users\ada\"
print(path)
