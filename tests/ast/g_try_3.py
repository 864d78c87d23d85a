# try / except / else / finally
def read_number(text):
    try:
        value = float(text)
    except ValueError:
        print("could not parse", repr(text))
    else:
        print("parsed", value)
        return value
    finally:
        print("done with", repr(text))


read_number("3.14")
read_number("pi")
