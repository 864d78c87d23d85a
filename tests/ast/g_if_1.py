# if / elif / else chains
temperature = 23

if temperature < 0:
    print("freezing")
elif temperature < 10:
    print("cold")
elif temperature < 20:
    print("mild")
elif temperature < 30:
    print("warm")
else:
    print("hot")

if temperature % 2 == 0:
    print("even degrees")
