# while loops: countdown and a loop with else
n = 5
while n > 0:
    print(n)
    n -= 1
print("liftoff")

candidate = 29
divisor = 2
while divisor * divisor <= candidate:
    if candidate % divisor == 0:
        print(candidate, "is composite")
        break
    divisor += 1
else:
    print(candidate, "is prime")
