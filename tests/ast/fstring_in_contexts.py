# f-strings where programs use them.
print(f'{name}: {value:.2f}', end=f'{sep}\n')
def greet(who: f'{t}' = f'{d}') -> str:
    return f'Hello, {who}!'
lines = [f'{i:>3}' for i in range(10)]
table = {f'{k}': f'{v!r}' for k, v in items}
log = lambda m: f'[{level}] {m}'
raise ValueError(f'bad {value!r}')
