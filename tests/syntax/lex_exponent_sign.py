tiny = 2.5e-
