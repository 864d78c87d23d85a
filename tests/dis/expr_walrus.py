if (n := len(a)) > 10:
    print(n)
while (line := read()) != '':
    print(line)
data = [y for x in xs if (y := f(x))]
