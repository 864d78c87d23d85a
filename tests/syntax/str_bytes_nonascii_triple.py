data = b'''one
café'''
