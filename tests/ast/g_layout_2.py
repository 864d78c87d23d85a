# Saved on Windows: CRLF line endings
def greet(name):
    message = "Hello, " + name
    return message


names = ["Ann",
         "Bob"]
for n in names:
    print(greet(n))
