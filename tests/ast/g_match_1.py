# A command interpreter: sequence patterns on a split string
def run(command):
    match command.split():
        case [action]:
            print("one word:", action)
        case [action, obj]:
            print("verb and object:", action, obj)
        case ["go", direction] | ["move", direction]:
            print("going", direction)
        case ["drop", *objects]:
            for obj in objects:
                print("dropping", obj)
        case ["quit" | "exit"]:
            return False
        case []:
            print("nothing to do")
        case _:
            print("unknown command:", command)
    return True

run("go north")
run("drop sword shield")
