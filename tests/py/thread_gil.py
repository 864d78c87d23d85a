# The switch interval of the GIL, and a thread that computes while the
# main thread waits on a lock.
import sys
import threading

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print('ValueError', e)
sys.setswitchinterval(0.005)

total = []
def compute():
    s = 0
    for i in range(200000):
        s += i * i
    total.append(s)
ts = [threading.Thread(target=compute) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total == [sum(i * i for i in range(200000))] * 3)

# A shared counter updated under a lock is exact.
counter = [0]
lock = threading.Lock()
def bump():
    for _ in range(20000):
        with lock:
            counter[0] += 1
ts = [threading.Thread(target=bump) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter[0])
