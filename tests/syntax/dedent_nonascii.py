if True:
    x = 'é'
  y = 1
