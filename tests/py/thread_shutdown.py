# At exit the interpreter waits for the threads that are not daemons
# (threading._shutdown), and leaves the daemon threads behind.
import threading
import time

def slow():
    time.sleep(0.3)
    print('worker done')

def forever():
    while True:
        time.sleep(0.05)

threading.Thread(target=forever, daemon=True).start()
threading.Thread(target=slow).start()
d = threading.Thread(target=forever)
d.daemon = True
print(d.daemon, d.is_alive())
d.start()
print('main done')
