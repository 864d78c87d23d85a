# Mixed targets in one unpacking
class Config:
    def __init__(self):
        self.host, self.port = "localhost", 8080
        self.options = {}
        self.options["debug"], self.options["verbose"] = True, False


cfg = Config()
values = [0, 0, 0]
values[0], cfg.host, *others = [1, "example.org", 2, 3]
print(values, cfg.host, others)

i = 0
i, values[i] = 1, 99
print(i, values)

cfg.port = port = int("9000")
obj = cfg
obj.options["level"] = lvl = 3
print(cfg.port, port, lvl)
