command = "go"
match command verb:
    case "go":
        pass
