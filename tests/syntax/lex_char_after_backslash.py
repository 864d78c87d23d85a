total = 1 + \ # continued
    2
