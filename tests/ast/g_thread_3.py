# A Thread subclass and an Event used to stop it
import threading
import time


class Heartbeat(threading.Thread):
    def __init__(self, interval):
        super().__init__(name="heartbeat")
        self.interval = interval
        self.stopped = threading.Event()
        self.beats = 0

    def run(self):
        while not self.stopped.wait(self.interval):
            self.beats += 1

    def stop(self):
        self.stopped.set()


hb = Heartbeat(0.001)
hb.start()
time.sleep(0.01)
hb.stop(); hb.join()
print(hb.name, hb.beats > 0, threading.current_thread().name)
