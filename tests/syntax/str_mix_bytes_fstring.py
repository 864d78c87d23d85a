print('a' f'{x}' b'c')
