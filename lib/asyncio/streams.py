"""The parts of asyncio that do I/O (streams, subprocesses, sockets).

minipy's event loop runs callbacks and timers only: it has no selector to
watch sockets, pipes or signals.  These names exist so that a program that
uses them learns why it cannot, instead of meeting an AttributeError.
"""

__all__ = ('open_connection', 'start_server', 'open_unix_connection',
           'start_unix_server', 'create_subprocess_exec',
           'create_subprocess_shell')

_WHY = ("minipy's asyncio has no networking, pipes or subprocesses "
        "(its event loop only runs callbacks, tasks and timers)")


def _unsupported(name):
    def unsupported(*args, **kwargs):
        raise NotImplementedError(f"{name}() is not supported: {_WHY}")
    unsupported.__name__ = unsupported.__qualname__ = name.rpartition('.')[2]
    return unsupported


open_connection = _unsupported('asyncio.open_connection')
start_server = _unsupported('asyncio.start_server')
open_unix_connection = _unsupported('asyncio.open_unix_connection')
start_unix_server = _unsupported('asyncio.start_unix_server')
create_subprocess_exec = _unsupported('asyncio.create_subprocess_exec')
create_subprocess_shell = _unsupported('asyncio.create_subprocess_shell')

# The event loop's methods of the same kind (added to BaseEventLoop).
LOOP_IO_METHODS = (
    'create_connection', 'create_server', 'create_datagram_endpoint',
    'create_unix_connection', 'create_unix_server', 'connect_accepted_socket',
    'connect_read_pipe', 'connect_write_pipe', 'subprocess_exec',
    'subprocess_shell', 'sendfile', 'start_tls', 'sock_recv', 'sock_recv_into',
    'sock_recvfrom', 'sock_recvfrom_into', 'sock_sendall', 'sock_sendto',
    'sock_connect', 'sock_accept', 'sock_sendfile', 'getaddrinfo',
    'getnameinfo', 'add_reader', 'remove_reader', 'add_writer',
    'remove_writer', 'add_signal_handler', 'remove_signal_handler',
)
