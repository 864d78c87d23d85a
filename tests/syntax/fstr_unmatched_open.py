s = f'{x('
