# The main thread ends with an uncaught exception while a thread still
# runs: the traceback is printed, the thread is waited for, and the exit
# status is 1.
import threading
import time

def worker():
    time.sleep(0.2)
    print('worker finished')

threading.Thread(target=worker).start()
print('main raising')
raise RuntimeError('main thread failed')
