# Non-ASCII text and names in f-strings.
café = 1
a = f'café {café} naïve'
b = f'{café=}'
c = f'日本語{x}😀{y}ü'
d = f'{"é":>5}'
e = f'\u00e9{x}\N{SNOWMAN}'
