class Empty:

class Other:
    pass
