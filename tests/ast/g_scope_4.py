# Declaring globals inside nested functions and classes
settings = {}
VERSION = 1


class Registry:
    global VERSION
    VERSION = 2

    def register(self, name):
        global settings
        settings[name] = True

        def bump():
            global VERSION
            VERSION += 1
        bump()


Registry().register("plugin")
print(settings, VERSION)
