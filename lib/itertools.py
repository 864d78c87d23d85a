"""Functional tools for creating and using iterators.

Infinite iterators:
count(start=0, step=1) --> start, start+step, start+2*step, ...
cycle(p) --> p0, p1, ... plast, p0, p1, ...
repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times

Iterators terminating on the shortest input sequence:
accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2
chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...
chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...
compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...
dropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails
groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)
filterfalse(pred, seq) --> elements of seq where pred(elem) is False
islice(seq, [start,] stop [, step]) --> elements from
       seq[start:stop:step]
pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...
starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...
tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n
takewhile(pred, seq) --> seq[0], seq[1], until pred fails
zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...

Combinatoric generators:
product(p, q, ... [repeat=1]) --> cartesian product
permutations(p[, r])
combinations(p, r)
combinations_with_replacement(p, r)
"""

# minipy's itertools is written in Python.  In CPython each of these is a
# C type, so each is a class here too (not a generator function): the
# objects have CPython's type names, count and repeat have its reprs, and
# every iterator is its own __iter__.  Each __next__ follows the steps of
# CPython's C code, so that what an iterator consumes from its input, and
# when, is the same: a program that shares an iterator between two of them
# sees the same values.  The constructors check their arguments in
# CPython's order and with its messages.

from operator import index as _index

__all__ = ['accumulate', 'chain', 'combinations',
           'combinations_with_replacement', 'compress', 'count', 'cycle',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile',
           'tee', 'zip_longest']

_MAXSIZE = (1 << 63) - 1     # sys.maxsize: the largest C Py_ssize_t
_NULL = object()             # "no value yet", where CPython has a NULL


# ---- argument checking, with the messages of CPython's C helpers ----------

def _no_keywords(name, kwargs):
    # _PyArg_NoKeywords
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")


def _unpack(name, args, lo, hi):
    # PyArg_UnpackTuple: "cycle expected 1 argument, got 0"
    n = len(args)
    if n < lo:
        bound = lo
        how = "" if lo == hi else "at least "
    elif n > hi:
        bound = hi
        how = "" if lo == hi else "at most "
    else:
        return args
    plural = "" if bound == 1 else "s"
    raise TypeError(f"{name} expected {how}{bound} argument{plural}, got {n}")


def _parse(name, args, kwargs, names, required, maxpos=None):
    """Bind args and kwargs to names as Argument Clinic's parser does.

    The first `required` names must be given; those after `maxpos` are
    keyword-only.  Missing optional arguments come back as _NULL.
    """
    if maxpos is None:
        maxpos = len(names)
    nargs = len(args)
    total = nargs + len(kwargs)
    if total > len(names):
        kw = "keyword " if nargs == 0 else ""
        plural = "" if len(names) == 1 else "s"
        raise TypeError(f"{name}() takes at most {len(names)} {kw}"
                        f"argument{plural} ({total} given)")
    if nargs > maxpos:
        plural = "" if maxpos == 1 else "s"
        raise TypeError(f"{name}() takes at most {maxpos} positional "
                        f"argument{plural} ({nargs} given)")
    values = list(args)
    left = len(kwargs)
    for i in range(nargs, len(names)):
        value = kwargs.get(names[i], _NULL) if left else _NULL
        if value is not _NULL:
            left -= 1
        elif i < required:
            raise TypeError(f"{name}() missing required argument "
                            f"'{names[i]}' (pos {i + 1})")
        values.append(value)
    if left:
        for i in range(nargs):
            if names[i] in kwargs:
                raise TypeError(f"argument for {name}() given by name "
                                f"('{names[i]}') and position ({i + 1})")
        for key in kwargs:
            if key not in names:
                raise TypeError(f"'{key}' is an invalid keyword argument "
                                f"for {name}()")
    return values


def _is_number(x):
    # PyNumber_Check: what int(), float() or complex() could take as a number.
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__int__')
            or hasattr(t, '__float__') or isinstance(x, complex))


def _ssize_or_minus_one(x):
    # islice's conversion: anything that is not an int in C's Py_ssize_t
    # range counts as -1 (which the caller then rejects).
    try:
        value = _index(x)
    except TypeError:
        return -1
    if value > _MAXSIZE or value < -_MAXSIZE - 1:
        return -1
    return value


# ---- infinite iterators ---------------------------------------------------

class count:
    """Return a count object whose .__next__() method returns consecutive values.

    Equivalent to:
        def count(firstval=0, step=1):
            x = firstval
            while 1:
                yield x
                x += step
    """
    __minipy_tp_name__ = 'itertools.count'  # CPython's tp_name, for error messages

    def __new__(cls, *args, **kwargs):
        start, step = _parse('count', args, kwargs, ('start', 'step'), 0)
        if start is _NULL:
            start = 0
        elif not _is_number(start):
            raise TypeError("a number is required")
        if step is _NULL:
            step = 1
        elif not _is_number(step):
            raise TypeError("a number is required")
        # CPython counts in a C integer when both are ints and the step is
        # 1, which turns a start of True into 1.
        if isinstance(start, int) and isinstance(step, int) and step == 1:
            start = _index(start)
        self = object.__new__(cls)
        self._cnt = start
        self._step = step
        return self

    def __iter__(self):
        return self

    def __next__(self):
        value = self._cnt
        self._cnt = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return f"{type(self).__name__}({self._cnt!r})"
        return f"{type(self).__name__}({self._cnt!r}, {step!r})"


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""
    __minipy_tp_name__ = 'itertools.cycle'  # CPython's tp_name, for error messages

    def __new__(cls, *args, **kwargs):
        _no_keywords('cycle', kwargs)
        iterable, = _unpack('cycle', args, 1, 1)
        it = iter(iterable)
        self = object.__new__(cls)
        self._it = it
        self._saved = []
        self._index = 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        # The first pass returns what the input gives and keeps a copy;
        # later passes go round the copy.
        if self._it is not None:
            try:
                item = next(self._it)
            except StopIteration:
                self._it = None
            else:
                self._saved.append(item)
                return item
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index += 1
        if self._index >= len(saved):
            self._index = 0
        return item


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""
    __minipy_tp_name__ = 'itertools.repeat'  # CPython's tp_name, for error messages

    def __new__(cls, *args, **kwargs):
        element, times = _parse('repeat', args, kwargs,
                                ('object', 'times'), 1)
        if times is _NULL:
            cnt = -1                    # endless
        else:
            cnt = max(_index(times), 0)
        self = object.__new__(cls)
        self._element = element
        self._cnt = cnt
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._cnt == 0:
            raise StopIteration
        if self._cnt > 0:
            self._cnt -= 1
        return self._element

    def __length_hint__(self):
        """Private method returning an estimate of len(list(it))."""
        if self._cnt == -1:
            raise TypeError("len() of unsized object")
        return self._cnt

    def __repr__(self):
        if self._cnt == -1:
            return f"{type(self).__name__}({self._element!r})"
        return f"{type(self).__name__}({self._element!r}, {self._cnt})"


# ---- iterators that stop with their shortest input -------------------------

class accumulate:
    """Return series of accumulated sums (or other binary function results)."""
    __minipy_tp_name__ = 'itertools.accumulate'  # CPython's tp_name, for error messages

    def __new__(cls, *args, **kwargs):
        iterable, func, initial = _parse('accumulate', args, kwargs,
                                         ('iterable', 'func', 'initial'), 1, 2)
        it = iter(iterable)
        self = object.__new__(cls)
        self._it = it
        self._func = None if func is _NULL else func
        self._initial = None if initial is _NULL else initial
        self._total = _NULL
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            # The initial value comes first, before the input is touched.
            self._total = self._initial
            self._initial = None
            return self._total
        value = next(self._it)
        if self._total is _NULL:
            self._total = value
            return value
        if self._func is None:
            total = self._total + value
        else:
            total = self._func(self._total, value)
        self._total = total
        return total


class chain:
    """Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""
    __minipy_tp_name__ = 'itertools.chain'  # CPython's tp_name, for error messages

    def __new__(cls, *args, **kwargs):
        _no_keywords('chain', kwargs)
        return cls._from_source(iter(args))

    @classmethod
    def _from_source(cls, source):
        self = object.__new__(cls)
        self._source = source       # an iterator over the iterables
        self._active = None         # the iterator being read
        return self

    @classmethod
    def from_iterable(cls, *args):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        if len(args) != 1:
            raise TypeError("chain.from_iterable() takes exactly one "
                            f"argument ({len(args)} given)")
        return cls._from_source(iter(args[0]))

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    iterable = next(self._source)
                    self._active = iter(iterable)
                except BaseException:
                    # No more inputs, or one that is not iterable: the
                    # chain is finished either way.
                    self._source = None
                    raise
            try:
                return next(self._active)
            except StopIteration:
                self._active = None
        raise StopIteration


class compress:
    """Return data elements corresponding to true selector elements.

Forms a shorter iterator from selected data elements using the selectors to
choose the data elements."""
    __minipy_tp_name__ = 'itertools.compress'  # CPython's tp_name, for error messages

    def __new__(cls, *args, **kwargs):
        data, selectors = _parse('compress', args, kwargs,
                                 ('data', 'selectors'), 2)
        data = iter(data)
        selectors = iter(selectors)
        self = object.__new__(cls)
        self._data = data
        self._selectors = selectors
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            datum = next(self._data)
            if next(self._selectors):
                return datum


class dropwhile:
    """Drop items from the iterable while predicate(item) is true.

Afterwards, return every element until the iterable is exhausted."""
    __minipy_tp_name__ = 'itertools.dropwhile'  # CPython's tp_name, for error messages

    def __new__(cls, *args, **kwargs):
        _no_keywords('dropwhile', kwargs)
        predicate, iterable = _unpack('dropwhile', args, 2, 2)
        it = iter(iterable)
        self = object.__new__(cls)
        self._func = predicate
        self._it = it
        self._start = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if self._start:
                return item
            if not self._func(item):
                self._start = True
                return item


class filterfalse:
    """Return those items of iterable for which function(item) is false.

If function is None, return the items that are false."""
    __minipy_tp_name__ = 'itertools.filterfalse'  # CPython's tp_name, for error messages

    def __new__(cls, *args, **kwargs):
        _no_keywords('filterfalse', kwargs)
        function, iterable = _unpack('filterfalse', args, 2, 2)
        it = iter(iterable)
        self = object.__new__(cls)
        self._func = function
        self._it = it
        return self

    def __iter__(self):
        return self

    def __next__(self):
        func = self._func
        while True:
            item = next(self._it)
            if func is None or func is bool:
                ok = item
            else:
                ok = func(item)
            if not ok:
                return item


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable

  iterable
    Elements to divide into groups according to the key function.
  key
    A function for computing the group category for each element.
    If the key function is not specified or is None, the element itself
    is used for grouping."""
    __minipy_tp_name__ = 'itertools.groupby'  # CPython's tp_name, for error messages

    def __new__(cls, *args, **kwargs):
        iterable, key = _parse('groupby', args, kwargs, ('iterable', 'key'), 1)
        it = iter(iterable)
        self = object.__new__(cls)
        self._it = it
        self._keyfunc = None if key is _NULL else key
        self._tgtkey = _NULL        # the key of the group handed out last
        self._currkey = _NULL       # the key of the element read last
        self._currvalue = _NULL     # that element, until a group takes it
        # A token naming the group whose _grouper may still read; taking
        # the next group makes the earlier _grouper objects finish.  (A
        # token rather than the _grouper itself, so that no cycle forms.)
        self._currgroup = None
        return self

    def __iter__(self):
        return self

    def _step(self):
        # Read the next element and its key (StopIteration passes through).
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._currgroup = None
        # Skip what is left of the current group.
        while True:
            if self._currkey is _NULL:
                pass
            elif self._tgtkey is _NULL:
                break
            elif not _same(self._tgtkey, self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        token = self._currgroup = object()
        return (self._currkey, _grouper(self, token, self._tgtkey))


def _same(a, b):
    # PyObject_RichCompareBool(a, b, Py_EQ): identity first, then ==.
    return a is b or bool(a == b)


class _grouper:
    __minipy_tp_name__ = 'itertools._grouper'  # CPython's tp_name, for error messages
    # The iterator over one group of a groupby: it reads through its parent
    # and stops at the first element with another key, or as soon as the
    # parent has moved on to a later group.

    def __new__(cls, parent, token, tgtkey):
        self = object.__new__(cls)
        self._parent = parent
        self._token = token
        self._tgtkey = tgtkey
        return self

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._currgroup is not self._token:
            raise StopIteration
        if parent._currvalue is _NULL:
            parent._step()
        if not _same(self._tgtkey, parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _NULL
        return value



class islice:
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object

Return an iterator whose next() method returns selected values from an
iterable.  If start is specified, will skip all preceding elements;
otherwise, start defaults to zero.  Step defaults to one.  If
specified as another value, step determines how many values are
skipped between successive calls.  Works like a slice() on a list
but returns an iterator."""
    __minipy_tp_name__ = 'itertools.islice'  # CPython's tp_name, for error messages

    def __new__(cls, *args, **kwargs):
        _no_keywords('islice', kwargs)
        _unpack('islice', args, 2, 4)
        start, stop, step = 0, -1, 1        # stop -1 means "no stop"
        stop_error = ValueError("Stop argument for islice() must be None "
                                "or an integer: 0 <= x <= sys.maxsize.")
        if len(args) == 2:
            if args[1] is not None:
                stop = _ssize_or_minus_one(args[1])
                if stop == -1:
                    raise stop_error
        else:
            if args[1] is not None:
                start = _ssize_or_minus_one(args[1])
            if args[2] is not None:
                stop = _ssize_or_minus_one(args[2])
                if stop == -1:
                    raise stop_error
        if start < 0 or stop < -1:
            raise ValueError("Indices for islice() must be None or an "
                             "integer: 0 <= x <= sys.maxsize.")
        if len(args) == 4 and args[3] is not None:
            step = _ssize_or_minus_one(args[3])
        if step < 1:
            raise ValueError("Step for islice() must be a positive integer "
                             "or None.")
        it = iter(args[0])
        self = object.__new__(cls)
        self._it = it
        self._next = start          # the index of the next element to give
        self._stop = stop
        self._step = step
        self._cnt = 0               # how many elements have been read
        return self

    def __iter__(self):
        return self

    def _read(self):
        # The next input element; once the input ends or fails, the islice
        # lets go of it and stays finished.
        try:
            return next(self._it)
        except BaseException:
            self._it = None
            raise

    def __next__(self):
        if self._it is None:
            raise StopIteration
        while self._cnt < self._next:
            self._read()
            self._cnt += 1
        stop = self._stop
        if stop != -1 and self._cnt >= stop:
            self._it = None
            raise StopIteration
        item = self._read()
        self._cnt += 1
        self._next += self._step
        if stop != -1 and self._next > stop:
            self._next = stop
        return item


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator.

    s -> (s0,s1), (s1,s2), (s2, s3), ..."""
    __minipy_tp_name__ = 'itertools.pairwise'  # CPython's tp_name, for error messages

    def __new__(cls, *args, **kwargs):
        _no_keywords('pairwise', kwargs)
        iterable, = _unpack('pairwise', args, 1, 1)
        it = iter(iterable)
        self = object.__new__(cls)
        self._it = it
        self._old = _NULL
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        try:
            if self._old is _NULL:
                self._old = next(self._it)
            new = next(self._it)
        except BaseException:
            self._it = None
            self._old = _NULL
            raise
        old = self._old
        self._old = new
        return (old, new)


class starmap:
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""
    __minipy_tp_name__ = 'itertools.starmap'  # CPython's tp_name, for error messages

    def __new__(cls, *args, **kwargs):
        _no_keywords('starmap', kwargs)
        function, iterable = _unpack('starmap', args, 2, 2)
        it = iter(iterable)
        self = object.__new__(cls)
        self._func = function
        self._it = it
        return self

    def __iter__(self):
        return self

    def __next__(self):
        # tuple() first, for CPython's "'int' object is not iterable".
        args = tuple(next(self._it))
        return self._func(*args)


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    __minipy_tp_name__ = 'itertools.takewhile'  # CPython's tp_name, for error messages

    def __new__(cls, *args, **kwargs):
        _no_keywords('takewhile', kwargs)
        predicate, iterable = _unpack('takewhile', args, 2, 2)
        it = iter(iterable)
        self = object.__new__(cls)
        self._func = predicate
        self._it = it
        self._stop = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop:
            raise StopIteration
        item = next(self._it)
        if self._func(item):
            return item
        self._stop = True
        raise StopIteration


class zip_longest:
    """Return a zip_longest object whose .__next__() method returns a tuple where
the i-th element comes from the i-th iterable argument.  The .__next__()
method continues until the longest iterable in the argument sequence
is exhausted and then it raises StopIteration.  When the shorter iterables
are exhausted, the fillvalue is substituted in their place.  The fillvalue
defaults to None or can be specified by a keyword argument."""
    __minipy_tp_name__ = 'itertools.zip_longest'  # CPython's tp_name, for error messages

    def __new__(cls, *args, **kwargs):
        fillvalue = None
        if kwargs:
            if len(kwargs) != 1 or 'fillvalue' not in kwargs:
                raise TypeError("zip_longest() got an unexpected keyword "
                                "argument")
            fillvalue = kwargs['fillvalue']
        iterators = [iter(arg) for arg in args]
        self = object.__new__(cls)
        self._iterators = iterators     # None where an input has ended
        self._numactive = len(iterators)
        self._fillvalue = fillvalue
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._numactive == 0:
            raise StopIteration
        result = []
        iterators = self._iterators
        for i, it in enumerate(iterators):
            if it is None:
                result.append(self._fillvalue)
                continue
            try:
                item = next(it)
            except StopIteration:
                self._numactive -= 1
                if self._numactive == 0:
                    raise
                iterators[i] = None
                item = self._fillvalue
            except BaseException:
                self._numactive = 0
                raise
            result.append(item)
        return tuple(result)


# ---- tee ---------------------------------------------------------------

class _tee_data:
    # What the iterators of one tee() share: the input, and the values read
    # from it that some iterator has not yet passed, as a linked list of
    # cells [value, next cell].  A cell nobody points at any more is freed.

    def __init__(self, it):
        self.it = it
        self.running = False


class _tee:
    """Iterator wrapped to make it copyable."""
    __minipy_tp_name__ = 'itertools._tee'  # CPython's tp_name, for error messages

    def __new__(cls, *args, **kwargs):
        _no_keywords('_tee', kwargs)
        iterable, = _unpack('_tee', args, 1, 1)
        it = iter(iterable)
        if isinstance(it, _tee):
            return it.__copy__()
        return cls._make(_tee_data(it), [None, None])

    @classmethod
    def _make(cls, data, cell):
        self = object.__new__(cls)
        self._data = data
        self._cell = cell       # this iterator's next value, or [None, None]
        return self

    def __iter__(self):
        return self

    def __next__(self):
        cell = self._cell
        if cell[1] is None:
            # The first iterator to get here reads the input for all.
            data = self._data
            if data.running:
                raise RuntimeError("cannot re-enter the tee iterator")
            data.running = True
            try:
                value = next(data.it)
            finally:
                data.running = False
            cell[0] = value
            cell[1] = [None, None]
        self._cell = cell[1]
        return cell[0]

    def __copy__(self):
        """Returns an independent iterator."""
        return _tee._make(self._data, self._cell)



def tee(*args, **kwargs):
    """Returns a tuple of n independent iterators."""
    _no_keywords('tee', kwargs)
    _unpack('tee', args, 1, 2)
    n = _index(args[1]) if len(args) == 2 else 2
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(args[0])
    copy = getattr(it, '__copy__', None)
    first = it if copy is not None else _tee._make(_tee_data(it), [None, None])
    result = [first]
    for _ in range(1, n):
        result.append(first.__copy__())
    return tuple(result)


# ---- combinatoric iterators ---------------------------------------------

class product:
    """Cartesian product of input iterables.  Equivalent to nested for-loops.

For example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).
The leftmost iterators are in the outermost for-loop, so the output tuples
cycle in a manner similar to an odometer (with the rightmost element changing
on every iteration).

To compute the product of an iterable with itself, specify the number
of repetitions with the optional repeat keyword argument. For example,
product(A, repeat=4) means the same as product(A, A, A, A).

product('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)
product((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ..."""
    __minipy_tp_name__ = 'itertools.product'  # CPython's tp_name, for error messages

    def __new__(cls, *args, **kwargs):
        repeat = 1
        if kwargs:
            repeat, = _parse('product', (), kwargs, ('repeat',), 0)
            repeat = _index(repeat)
            if repeat < 0:
                raise ValueError("repeat argument cannot be negative")
        pools = [] if repeat == 0 else [tuple(arg) for arg in args]
        self = object.__new__(cls)
        self._pools = pools * repeat
        self._indices = [0] * len(self._pools)
        self._result = None
        self._stopped = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pools = self._pools
        indices = self._indices
        if self._result is None:
            # The first tuple takes the first element of every pool.
            for pool in pools:
                if not pool:
                    self._stopped = True
                    raise StopIteration
            self._result = [pool[0] for pool in pools]
        else:
            # Advance the indices as an odometer does, right to left.
            i = len(pools) - 1
            while i >= 0:
                pool = pools[i]
                indices[i] += 1
                if indices[i] == len(pool):
                    indices[i] = 0
                    self._result[i] = pool[0]
                    i -= 1
                else:
                    self._result[i] = pool[indices[i]]
                    break
            if i < 0:
                self._stopped = True
                raise StopIteration
        return tuple(self._result)


class permutations:
    """Return successive r-length permutations of elements in the iterable.

permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)"""
    __minipy_tp_name__ = 'itertools.permutations'  # CPython's tp_name, for error messages

    def __new__(cls, *args, **kwargs):
        iterable, r = _parse('permutations', args, kwargs,
                             ('iterable', 'r'), 1)
        pool = tuple(iterable)
        n = len(pool)
        if r is _NULL or r is None:
            r = n
        elif not isinstance(r, int):
            raise TypeError("Expected int as r")
        if r < 0:
            raise ValueError("r must be non-negative")
        self = object.__new__(cls)
        self._pool = pool
        self._r = _index(r)
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._first = True
        self._stopped = r > n
        return self

    def __iter__(self):
        return self

    def _result(self):
        pool = self._pool
        return tuple([pool[i] for i in self._indices[:self._r]])

    def __next__(self):
        if self._stopped:
            raise StopIteration
        if self._first:
            self._first = False
            return self._result()
        n = len(self._pool)
        r = self._r
        indices = self._indices
        cycles = self._cycles
        if n == 0:
            self._stopped = True
            raise StopIteration
        # Decrement the rightmost cycle, moving left as each rolls over.
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return self._result()
        self._stopped = True
        raise StopIteration


class combinations:
    """Return successive r-length combinations of elements in the iterable.

combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)"""
    __minipy_tp_name__ = 'itertools.combinations'  # CPython's tp_name, for error messages

    def __new__(cls, *args, **kwargs):
        iterable, r = _parse('combinations', args, kwargs,
                             ('iterable', 'r'), 2)
        r = _index(r)
        pool = tuple(iterable)
        if r < 0:
            raise ValueError("r must be non-negative")
        self = object.__new__(cls)
        self._pool = pool
        self._indices = list(range(r))
        self._first = True
        self._stopped = r > len(pool)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        indices = self._indices
        if self._first:
            self._first = False
            return tuple([pool[i] for i in indices])
        n = len(pool)
        r = len(indices)
        # Find the rightmost index not at its maximum (i + n - r).
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            self._stopped = True
            raise StopIteration
        # Move it up, and each one to its right just past its neighbour.
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple([pool[i] for i in indices])


class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.

combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')"""
    __minipy_tp_name__ = 'itertools.combinations_with_replacement'  # CPython's tp_name, for error messages

    def __new__(cls, *args, **kwargs):
        iterable, r = _parse('combinations_with_replacement', args, kwargs,
                             ('iterable', 'r'), 2)
        r = _index(r)
        pool = tuple(iterable)
        if r < 0:
            raise ValueError("r must be non-negative")
        self = object.__new__(cls)
        self._pool = pool
        self._indices = [0] * r
        self._first = True
        self._stopped = len(pool) == 0 and r > 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        indices = self._indices
        if self._first:
            self._first = False
            return tuple([pool[i] for i in indices])
        n = len(pool)
        r = len(indices)
        # Find the rightmost index not at its maximum (n - 1).
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            self._stopped = True
            raise StopIteration
        # Move it up, and set every index to its right to the same value.
        value = indices[i] + 1
        for j in range(i, r):
            indices[j] = value
        return tuple([pool[i] for i in indices])
