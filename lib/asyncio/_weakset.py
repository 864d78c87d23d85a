"""The weak sets asyncio keeps (its tasks, a loop's async generators).

A member stays in the set only while something else keeps it alive, so
that, as in CPython (weakref.WeakSet), an async generator dropped in the
middle of a loop is finalized at once and a finished task is forgotten.
"""

from _weakref import ref


class WeakSet:

    def __init__(self):
        self._refs = {}         # id(item) -> weak reference to item

    def add(self, item):
        key = id(item)
        wr = self._refs.get(key)
        if wr is not None and wr() is item:
            return
        selfref = ref(self)

        def remove(wr, key=key):
            # item died: forget it, unless its id was taken again since.
            self = selfref()
            if self is not None and self._refs.get(key) is wr:
                del self._refs[key]
        self._refs[key] = ref(item, remove)

    def discard(self, item):
        wr = self._refs.get(id(item))
        if wr is not None and wr() is item:
            del self._refs[id(item)]

    def clear(self):
        self._refs.clear()

    def __contains__(self, item):
        wr = self._refs.get(id(item))
        return wr is not None and wr() is item

    def __iter__(self):
        for wr in list(self._refs.values()):
            item = wr()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for wr in self._refs.values() if wr() is not None)
