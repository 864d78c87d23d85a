s = f'\x4{a}'
