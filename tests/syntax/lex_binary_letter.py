flags = 0b11x
