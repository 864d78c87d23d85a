s = f'{a=!x}'
