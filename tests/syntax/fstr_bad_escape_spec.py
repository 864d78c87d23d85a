s = f'{a:\x4}'
