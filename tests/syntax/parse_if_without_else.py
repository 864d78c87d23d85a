x = 3
label = "odd" if x % 2
