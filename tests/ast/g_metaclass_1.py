# Metaclasses: a registry of subclasses and enforced naming
class PluginMeta(type):
    registry = {}

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace)
        if bases:
            mcls.registry[name.lower()] = cls
        return cls

    def __call__(cls, *args, **kwargs):
        print("creating", cls.__name__)
        return super().__call__(*args, **kwargs)


class Plugin(metaclass=PluginMeta):
    pass


class Exporter(Plugin):
    pass


class Importer(Plugin):
    pass


print(sorted(PluginMeta.registry), Exporter(), type(Importer) is PluginMeta)
