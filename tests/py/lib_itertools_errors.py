# itertools: CPython's argument errors.
import itertools as it

tests = [
    "it.count('a')", "it.count(1, 'a')", "it.count(1, 2, 3)", "it.count(x=1)",
    "it.cycle()", "it.cycle(1)", "it.cycle([], [])", "it.cycle(x=[])",
    "it.repeat()", "it.repeat(1, 'a')", "it.repeat(1, 2, 3)", "it.repeat(times=3)",
    "it.repeat(1, object=2)",
    "it.accumulate()", "it.accumulate(1)", "it.accumulate([1], None, None)",
    "it.accumulate([], initial=1, x=2)", "it.accumulate([], y=2)",
    "it.chain(a=1)", "it.chain.from_iterable()", "it.chain.from_iterable(1)",
    "it.chain.from_iterable([], [])",
    "it.compress()", "it.compress([1])", "it.compress(1, [])", "it.compress([], 1)",
    "it.dropwhile()", "it.dropwhile(None)", "it.dropwhile(None, 1)",
    "it.filterfalse()", "it.filterfalse(None, 1)",
    "it.groupby()", "it.groupby(1)", "it.groupby([], None, 1)", "it.groupby([], k=1)",
    "it.islice()", "it.islice([])", "it.islice([], 1, 2, 3, 4)", "it.islice([], -1)",
    "it.islice([], 'a')", "it.islice([], 1, -1)", "it.islice([], 1, 2, 0)",
    "it.islice([], 1, 2, -1)", "it.islice([], -1, 2)", "it.islice([], 'a', 2)",
    "it.islice(1, 2)", "it.islice([], a=1)", "it.islice([], 1.0)",
    "it.islice([], 2 ** 63)", "it.islice([], 0, 5, 2 ** 64)", "it.islice(1, -1)",
    "it.pairwise()", "it.pairwise(1)", "it.pairwise([], [])",
    "it.starmap()", "it.starmap(pow)", "it.starmap(None, 1)",
    "it.takewhile()", "it.takewhile(None, 1)",
    "it.tee()", "it.tee(1)", "it.tee([], -1)", "it.tee([], 'a')", "it.tee([], 2, 3)",
    "it.tee(1, 0)",
    "it.zip_longest(1)", "it.zip_longest([], x=1)", "it.zip_longest([], fillvalue=1, x=2)",
    "it.product(1)", "it.product([], repeat=-1)", "it.product([], x=1)",
    "it.product([], repeat='a')", "it.product(repeat=1, x=2)",
    "it.permutations()", "it.permutations(1)", "it.permutations([], -1)",
    "it.permutations([], 'a')", "it.permutations([], 1.5)", "it.permutations(1, 'a')",
    "it.combinations([])", "it.combinations([], -1)", "it.combinations(1, 1)",
    "it.combinations([], 'a')", "it.combinations(1, 'a')", "it.combinations(1, -1)",
    "it.combinations_with_replacement([])", "it.combinations_with_replacement([], -1)",
    "it.combinations_with_replacement(r=1)",
]
for t in tests:
    try:
        eval(t)
        print(t, '-> ok')
    except Exception as e:
        print(t, '->', type(e).__name__, e)

# errors raised while iterating
lazy = [
    "list(it.chain(1))", "list(it.starmap(pow, [1]))",
    "list(it.takewhile(None, [1, 0]))", "list(it.dropwhile(None, [1]))",
    "list(it.accumulate([1, 'a']))",
    "it.repeat(1).__length_hint__()", "next(it.count('a' == 'a', None))",
    "list(it.groupby([1, 'a'], key=lambda x: x + 1))",
    "list(it.compress([1, 2], [1]))",
]
for t in lazy:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '->', type(e).__name__, e)

# an iterator that fails: the error passes through, and an islice or a
# chain is finished after it
def failing():
    yield 1
    raise KeyError('boom')

s = it.islice(failing(), 5)
print(next(s))
try:
    next(s)
except KeyError as e:
    print('KeyError', e)
print(list(s))

z = it.zip_longest(failing(), [1, 2, 3])
print(next(z))
try:
    next(z)
except KeyError as e:
    print('KeyError', e)
print(list(z))

# a tee cannot be re-entered from its own input
def reenter():
    yield next(a)
a, b = it.tee(reenter())
try:
    next(a)
except RuntimeError as e:
    print(type(e).__name__, e)
