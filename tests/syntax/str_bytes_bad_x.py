b = b'\xg0' + b''
