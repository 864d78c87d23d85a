command = "go"
match command:
    print("no case")
