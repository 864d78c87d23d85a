x = len("ab") = 2
