try
    x = int("3")
except ValueError:
    pass
