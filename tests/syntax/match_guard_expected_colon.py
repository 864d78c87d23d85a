command = "go"
match command:
    case "go" if len(command) > 1
        print("going")
