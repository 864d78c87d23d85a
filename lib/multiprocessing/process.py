#
# Module providing the `Process` class which emulates `threading.Thread`
#

# minipy: as CPython's multiprocessing/process.py and popen_fork.py, with
# fork() as the only way to start a process.  The child runs the target
# and leaves with os._exit(), after flushing its output, so that it runs
# none of the parent's exit code; the parent learns the exit code with
# waitpid().

__all__ = ['BaseProcess', 'Process', 'current_process', 'active_children',
           'parent_process']

import os
import sys
import threading
import time

#
# Public functions
#


def current_process():
    '''
    Return process object representing the current process
    '''
    return _current_process


def active_children():
    '''
    Return list of process objects corresponding to live child processes
    '''
    _cleanup()
    return list(_children)


def parent_process():
    '''
    Return process object representing the parent process
    '''
    return _parent_process


def _cleanup():
    # check for processes which have finished
    for p in list(_children):
        if p._popen.poll() is not None:
            _children.discard(p)


def _flush_std_streams():
    # Before a fork (or the child would write the parent's buffered output
    # a second time) and before the child leaves with os._exit().
    try:
        sys.stdout.flush()
    except (AttributeError, ValueError):
        pass
    try:
        sys.stderr.flush()
    except (AttributeError, ValueError):
        pass


def _close_stdin():
    # A child does not read the parent's standard input.
    if sys.stdin is None:
        return
    try:
        sys.stdin.close()
    except (OSError, ValueError):
        pass
    try:
        sys.stdin = open(os.devnull)
    except (OSError, ValueError, AttributeError):
        pass


class _Popen:
    '''A child process started by fork() (CPython's popen_fork.Popen).'''
    method = 'fork'

    def __init__(self, process_obj):
        _flush_std_streams()
        self.returncode = None
        self.pid = os.fork()
        if self.pid == 0:
            code = 1
            try:
                # Only this thread exists in the child now.
                threading._after_fork()
                code = process_obj._bootstrap()
            finally:
                os._exit(code)

    def poll(self, flag=os.WNOHANG):
        if self.returncode is None:
            try:
                pid, sts = os.waitpid(self.pid, flag)
            except OSError:
                # Child process not yet created. See #1731717
                # e.errno == errno.ECHILD == 10
                return None
            if pid == self.pid:
                self.returncode = os.waitstatus_to_exitcode(sts)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            if timeout is None:
                return self.poll(0)
            # CPython waits on a pipe the child closes as it ends; this
            # asks waitpid() now and then until the time is up.
            deadline = time.monotonic() + timeout
            delay = 0.0005
            while self.poll() is None:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                delay = min(delay * 2, remaining, 0.05)
                time.sleep(delay)
        return self.returncode

    def _send_signal(self, sig):
        if self.returncode is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass
            except OSError:
                if self.wait(timeout=0.1) is None:
                    raise

    def terminate(self):
        self._send_signal(_SIGTERM)

    def kill(self):
        self._send_signal(_SIGKILL)

    def close(self):
        pass


#
# The `Process` class
#

class BaseProcess(object):
    '''
    Process objects represent activity that is run in a separate process

    The class is analogous to `threading.Thread`
    '''
    def _Popen(self):
        raise NotImplementedError

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={},
                 *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = _next_count()
        self._identity = _current_process._identity + (count,)
        self._config = _current_process._config.copy()
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._popen = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + \
                     ':'.join(str(i) for i in self._identity)
        if daemon is not None:
            self.daemon = daemon

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def run(self):
        '''
        Method to be run in sub-process; can be overridden in sub-class
        '''
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        '''
        Start child process
        '''
        self._check_closed()
        assert self._popen is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), \
               'can only start a process object created by current process'
        assert not _current_process._config.get('daemon'), \
               'daemonic processes are not allowed to have children'
        _cleanup()
        self._popen = self._Popen(self)
        # Avoid a refcycle if the target function holds an indirect
        # reference to the process object (see bpo-30775)
        del self._target, self._args, self._kwargs
        _children.add(self)

    def terminate(self):
        '''
        Terminate process; sends SIGTERM signal or uses TerminateProcess()
        '''
        self._check_closed()
        self._popen.terminate()

    def kill(self):
        '''
        Terminate process; sends SIGKILL signal or uses TerminateProcess()
        '''
        self._check_closed()
        self._popen.kill()

    def join(self, timeout=None):
        '''
        Wait until child process terminates
        '''
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._popen is not None, 'can only join a started process'
        res = self._popen.wait(timeout)
        if res is not None:
            _children.discard(self)

    def is_alive(self):
        '''
        Return whether process is alive
        '''
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'

        if self._popen is None:
            return False

        returncode = self._popen.poll()
        if returncode is None:
            return True
        else:
            _children.discard(self)
            return False

    def close(self):
        '''
        Close the Process object.

        This method releases resources held by the Process object.  It is
        an error to call this method if the child process is still running.
        '''
        if self._popen is not None:
            if self._popen.poll() is None:
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
            self._popen.close()
            self._popen = None
            _children.discard(self)
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        '''
        Return whether process is a daemon
        '''
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        '''
        Set whether process is a daemon
        '''
        assert self._popen is None, 'process has already started'
        self._config['daemon'] = daemonic

    @property
    def exitcode(self):
        '''
        Return exit code of process or `None` if it has yet to stop
        '''
        self._check_closed()
        if self._popen is None:
            return self._popen
        return self._popen.poll()

    @property
    def ident(self):
        '''
        Return identifier (PID) of process or `None` if it has yet to start
        '''
        self._check_closed()
        if self is _current_process:
            return os.getpid()
        else:
            return self._popen and self._popen.pid

    pid = ident

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != os.getpid():
            status = 'unknown'
        elif self._popen is None:
            status = 'initial'
        else:
            exitcode = self._popen.poll()
            if exitcode is not None:
                status = 'stopped'
            else:
                status = 'started'

        info = [type(self).__name__, 'name=%r' % self._name]
        if self._popen is not None:
            info.append('pid=%s' % self._popen.pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            exitcode = _exitcode_to_name.get(exitcode, exitcode)
            info.append('exitcode=%s' % exitcode)
        if self.daemon:
            info.append('daemon')

        return '<%s>' % ' '.join(info)

    ##

    def _bootstrap(self):
        # In the child, just after the fork: run, and work out the exit
        # code as Python's own exit does.
        global _current_process, _parent_process, _process_counter, _children

        try:
            _process_counter = 0
            _children = set()
            _close_stdin()
            _current_process = self
            _parent_process = _ParentProcess(self._parent_name, self._parent_pid)
            threading.main_thread()._set_native_id()
            try:
                self.run()
                exitcode = 0
            finally:
                _exit_function()
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                exitcode = 1
        except:
            exitcode = 1
            sys.stderr.write('Process %s:\n' % self.name)
            sys.excepthook(*sys.exc_info())
        finally:
            threading._shutdown()
            _flush_std_streams()

        return exitcode


class Process(BaseProcess):
    _start_method = None

    @staticmethod
    def _Popen(process_obj):
        return _Popen(process_obj)


#
# Create object representing the parent process
#

class _ParentProcess(BaseProcess):

    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {}

    def is_alive(self):
        # CPython watches a pipe from the parent; asking the system whether
        # the process is still there tells the same.
        try:
            os.kill(self._pid, 0)
        except ProcessLookupError:
            return False
        except OSError:
            return True
        return True

    @property
    def ident(self):
        return self._pid

    def join(self, timeout=None):
        '''
        Wait until parent process terminates
        '''
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.is_alive():
            if deadline is not None and time.monotonic() >= deadline:
                break
            time.sleep(0.01)

    pid = ident


#
# Create object representing the main process
#

class _MainProcess(BaseProcess):

    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {}

    def close(self):
        pass


_parent_process = None
_current_process = _MainProcess()
_process_counter = 0
_children = set()
del _MainProcess


def _next_count():
    # CPython counts with itertools.count(1).
    global _process_counter
    _process_counter += 1
    return _process_counter


#
# Give names to some return codes
#

# CPython builds this from the signal module: {-SIGTERM: '-SIGTERM', ...}.
_SIGTERM = 15
_SIGKILL = 9
_exitcode_to_name = {}
for _name, _num in [('SIGHUP', 1), ('SIGINT', 2), ('SIGQUIT', 3), ('SIGILL', 4),
                    ('SIGTRAP', 5), ('SIGABRT', 6), ('SIGBUS', 7), ('SIGFPE', 8),
                    ('SIGKILL', 9), ('SIGUSR1', 10), ('SIGSEGV', 11), ('SIGUSR2', 12),
                    ('SIGPIPE', 13), ('SIGALRM', 14), ('SIGTERM', 15)]:
    _exitcode_to_name[-_num] = '-' + _name
del _name, _num


def _exit_function():
    # At exit (atexit in the parent; the end of _bootstrap in a child):
    # daemonic children are terminated, the others joined.
    for p in active_children():
        if p.daemon:
            p._popen.terminate()

    for p in active_children():
        p.join()


import atexit as _atexit
_atexit.register(_exit_function)
del _atexit
