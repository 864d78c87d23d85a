# try / finally without except, and nested try blocks
def process(items):
    print("start")
    try:
        for item in items:
            try:
                print(10 / item)
            except ZeroDivisionError:
                print("skip zero")
                continue
            finally:
                print("checked", item)
    finally:
        print("cleanup")


process([2, 0, 5])

try:
    pass
finally:
    pass
