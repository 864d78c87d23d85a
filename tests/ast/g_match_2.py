# Literal patterns: numbers, strings, None, True and False
def describe(value):
    match value:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5 | -2.5:
            return "a float"
        case 1+2j | -1-2j | 3j | -4j | 0.5+1.5j:
            return "a complex number"
        case 0x1F | 0o17 | 0b101 | 1_000_000:
            return "an int in another base"
        case "hello" | 'world' | "con" "cat":
            return "a greeting"
        case b"bytes" | rb"raw" | r"\d+":
            return "bytes or raw"
        case None:
            return "nothing"
        case True:
            return "yes"
        case False:
            return "no"
    return "something else"

for v in [0, -1, 1.5, 1+2j, 31, "hello", None, True, False, []]:
    print(v, describe(v))
