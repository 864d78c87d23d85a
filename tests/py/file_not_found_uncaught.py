# An uncaught FileNotFoundError: exit status 1 and the errno message on the last stderr line.
def read_config(path):
    with open(path) as f:
        return f.read()

print("reading configuration")
text = read_config("missing_config_file.ini")
print(text)
print("not reached")
x = 0
