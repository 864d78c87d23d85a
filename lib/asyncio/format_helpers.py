"""How asyncio shows callbacks in the reprs of handles and futures."""


def _short_repr(obj, limit=30):
    # reprlib.repr's way of keeping long reprs short: the middle of a repr
    # longer than the limit gives way to '...'.
    if isinstance(obj, str):
        s = repr(obj[:limit])
        if len(s) > limit:
            i = max(0, (limit - 3) // 2)
            j = max(0, limit - 3 - i)
            s = repr(obj[:i] + obj[len(obj) - j:])
            s = s[:i] + '...' + s[len(s) - j:]
        return s
    try:
        s = repr(obj)
    except Exception:
        return f'<{type(obj).__name__} instance at {id(obj):#x}>'
    if len(s) > limit:
        i = max(0, (limit - 3) // 2)
        j = max(0, limit - 3 - i)
        s = s[:i] + '...' + s[len(s) - j:]
    return s


def _is_partial(func):
    return type(func).__name__ == 'partial' and hasattr(func, 'func')


def _get_function_source(func):
    while hasattr(func, '__wrapped__'):
        func = func.__wrapped__
    if type(func).__name__ == 'function':
        code = func.__code__
        return (code.co_filename, code.co_firstlineno)
    if _is_partial(func):
        return _get_function_source(func.func)
    return None


def _format_callback_source(func, args):
    func_repr = _format_callback(func, args, None)
    source = _get_function_source(func)
    if source:
        func_repr += f' at {source[0]}:{source[1]}'
    return func_repr


def _format_args_and_kwargs(args, kwargs):
    """Format function arguments and keyword arguments.

    Special case for a single parameter: ('hello',) is formatted as ('hello').
    """
    items = []
    if args:
        items.extend(_short_repr(arg) for arg in args)
    if kwargs:
        items.extend(f'{k}={_short_repr(v)}' for k, v in kwargs.items())
    return '({})'.format(', '.join(items))


def _format_callback(func, args, kwargs, suffix=''):
    if _is_partial(func):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)

    if hasattr(func, '__qualname__') and func.__qualname__:
        func_repr = func.__qualname__
    elif hasattr(func, '__name__') and func.__name__:
        func_repr = func.__name__
    else:
        func_repr = repr(func)

    func_repr += _format_args_and_kwargs(args, kwargs)
    if suffix:
        func_repr += suffix
    return func_repr
