avogadro = 6.022e
