# Collatz sequence with while
def collatz(n):
    steps = [n]
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps.append(n)
    return steps


seq = collatz(6)
print(len(seq), seq)

queue = [1, 2, 3]
while queue: print("pop", queue.pop())
