"""runpy: running a module as the main program (what `minipy -m NAME` does).

A small version of CPython's runpy: the module's source is found as
`import` would find it, without importing it, then run in the namespace of
__main__ with __name__ set to "__main__".  A package runs its __main__
submodule.
"""

import sys
import _imp


def _run_module_as_main(mod_name):
    """Run mod_name as __main__, with sys.argv[0] its file name."""
    try:
        filename, source, is_package = _imp.find_source(mod_name)
        if is_package:
            mod_name = mod_name + ".__main__"
            filename, source, is_package = _imp.find_source(mod_name)
            if is_package:
                raise ImportError("cannot run a package's __main__ that is a package")
    except ImportError as exc:
        # As CPython: the error is printed plainly and the exit status is 1.
        exe = sys.executable or "minipy"
        if isinstance(exc, ModuleNotFoundError) and exc.name == mod_name:
            msg = "%s: No module named %s" % (exe, mod_name)
        else:
            msg = "%s: Error while finding module specification for %r (%s: %s)" % (
                exe, mod_name, type(exc).__name__, exc)
        sys.exit(msg)
    main = sys.modules["__main__"]
    globals_ = main.__dict__
    package = mod_name.rpartition(".")[0]
    globals_.update(__name__="__main__", __file__=filename, __cached__=None,
                    __package__=package, __loader__=None, __spec__=None)
    sys.argv[0] = filename
    code = compile(source, filename, "exec")
    exec(code, globals_)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Run a module's code in a fresh namespace and return that namespace."""
    filename, source, is_package = _imp.find_source(mod_name)
    if is_package:
        mod_name = mod_name + ".__main__"
        filename, source, is_package = _imp.find_source(mod_name)
    namespace = dict(init_globals or {})
    namespace.update(__name__=run_name or mod_name, __file__=filename, __cached__=None,
                     __package__=mod_name.rpartition(".")[0], __loader__=None, __spec__=None)
    exec(compile(source, filename, "exec"), namespace)
    return namespace


def run_path(path_name, init_globals=None, run_name=None):
    """Run the file at path_name and return its namespace."""
    with open(path_name, "rb") as f:
        source = f.read()
    namespace = dict(init_globals or {})
    namespace.update(__name__=run_name or "<run_path>", __file__=path_name, __cached__=None,
                     __package__=None, __loader__=None, __spec__=None)
    exec(compile(source, path_name, "exec"), namespace)
    return namespace
