command = "go"
match command: print(command)
