# An uncaught TypeError for a missing argument: exit status 1 and the exact message.
# The function below needs two arguments; the last call gives it one.
def connect(host, port, timeout=10):
    return f"{host}:{port} ({timeout}s)"

print(connect("localhost", 80))
print(connect("example.org", 443, timeout=5))
print(connect("nohost"))
print("not reached")
print("nor this")
