z = 2jx
