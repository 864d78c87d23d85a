print('déjà vu', 0b2)
