def greet(name):
        print("hello")
    print(name)
