print(f'{}', end='')
