# An uncaught NameError for a near-miss name: the traceback's last line adds "Did you mean".
def greet(name):
    message = "hello " + name
    return mesage

colour = "blue"
print("caught forms have no suggestion:")
try:
    colr
except NameError as e:
    print(type(e).__name__, e)
print(greet("ann"))
