"""The DB-API 2.0 interface (PEP 249) to SQLite databases.

minipy's sqlite3: CPython 3.11's classes, behaviour and messages, written in
Python over _sqlite3 (src/modules/_sqlite3.c), which holds the SQLite
handles.  Left out: the adapters and converters (register_adapter,
register_converter, detect_types, PARSE_DECLTYPES, PARSE_COLNAMES), the
date and time helpers, text_factory, user functions, aggregates and
collations, blobs, backups, the authorizer and progress handlers.
"""

import os
import _thread

import _sqlite3
from _sqlite3 import (complete_statement, sqlite_version,
                      Warning, Error, InterfaceError, DatabaseError,
                      InternalError, OperationalError, ProgrammingError,
                      IntegrityError, DataError, NotSupportedError)

paramstyle = "qmark"
apilevel = "2.0"
# What sqlite3_threadsafe() says of the library, in the DB-API's terms: the
# system's SQLite is built serialized, so connections may be shared (3).
threadsafety = 3

version = "2.6.0"
version_info = tuple(int(part) for part in version.split("."))
sqlite_version_info = tuple(int(part) for part in sqlite_version.split("."))

Binary = memoryview

# SQLite's result codes (SQLITE_OK, SQLITE_ERROR, SQLITE_CONSTRAINT_UNIQUE...).
globals().update((name, value) for name, value in vars(_sqlite3).items()
                 if name.startswith("SQLITE_"))

# The isolation levels Connection accepts (besides None, autocommit).
_ISOLATION_LEVELS = ("", "DEFERRED", "IMMEDIATE", "EXCLUSIVE")


def _is_dml(sql):
    # CPython starts a transaction implicitly before INSERT, UPDATE, DELETE
    # and REPLACE, judged by the statement's first word (#9924: SELECT is
    # left alone).
    word = sql.lstrip(" \t\r\n")[:7].upper()
    return word.startswith(("INSERT", "UPDATE", "DELETE", "REPLACE"))


class Connection:
    """SQLite database connection object."""

    # The DB-API lets a program reach the exceptions through a connection.
    Warning = Warning
    Error = Error
    InterfaceError = InterfaceError
    DatabaseError = DatabaseError
    InternalError = InternalError
    OperationalError = OperationalError
    ProgrammingError = ProgrammingError
    IntegrityError = IntegrityError
    DataError = DataError
    NotSupportedError = NotSupportedError

    def __init__(self, database, timeout=5.0, detect_types=0,
                 isolation_level="", check_same_thread=True,
                 factory=None, cached_statements=128, uri=False):
        if detect_types:
            raise NotImplementedError(
                "minipy's sqlite3 does not support detect_types "
                "(no converters)")
        path = os.fspath(database)
        if isinstance(path, bytes):
            path = path.decode()
        self._db = _sqlite3.Database(path, timeout, uri)
        self._thread = _thread.get_ident()
        self._check_same_thread = check_same_thread
        self._isolation_level = None
        self._begin = None
        self.isolation_level = isolation_level
        self.row_factory = None

    # ---- checks every method makes first, in CPython's order

    def _check(self):
        if self._check_same_thread and _thread.get_ident() != self._thread:
            raise ProgrammingError(
                "SQLite objects created in a thread can only be used in that "
                "same thread. The object was created in thread id %d and "
                "this is thread id %d." % (self._thread, _thread.get_ident()))
        if self._db.closed():
            raise ProgrammingError("Cannot operate on a closed database.")

    # ---- transactions

    @property
    def isolation_level(self):
        return self._isolation_level

    @isolation_level.setter
    def isolation_level(self, level):
        if level is None:
            # Autocommit from now on: what is pending is committed first.
            if getattr(self, "_db", None) is not None and not self._db.closed():
                self.commit()
            self._begin = None
        elif not isinstance(level, str):
            raise TypeError("isolation_level must be str or None")
        elif "\0" in level:
            raise ValueError("embedded null character")
        elif level.upper() not in _ISOLATION_LEVELS:
            raise ValueError("isolation_level string must be '', 'DEFERRED', "
                             "'IMMEDIATE', or 'EXCLUSIVE'")
        else:
            # Kept as CPython keeps it: the canonical spelling.
            level = level.upper()
            self._begin = "BEGIN " + level
        self._isolation_level = level

    @property
    def in_transaction(self):
        self._check()
        return not self._db.autocommit()

    @property
    def total_changes(self):
        self._check()
        return self._db.total_changes()

    def _run(self, sql):
        # One statement with no parameters and no rows (BEGIN, COMMIT, ...).
        stmt = self._db.prepare(sql)
        try:
            stmt.step()
        finally:
            stmt.finalize()

    def _begin_if_needed(self):
        if self._begin is not None and self._db.autocommit():
            self._run(self._begin)

    def commit(self):
        """Commit any pending transaction to the database."""
        self._check()
        if not self._db.autocommit():
            self._run("COMMIT")

    def rollback(self):
        """Roll back to the start of any pending transaction."""
        self._check()
        if not self._db.autocommit():
            self._run("ROLLBACK")

    def close(self):
        """Close the database connection.

        Any pending transaction is not committed implicitly."""
        if self._check_same_thread and _thread.get_ident() != self._thread:
            self._check()
        self._db.close()

    # ---- cursors and the shortcuts through them

    def cursor(self, factory=None):
        """Return a cursor for the connection."""
        self._check()
        cursor = Cursor(self) if factory is None else factory(self)
        if not isinstance(cursor, Cursor):
            raise TypeError("factory must return a cursor, not %s"
                            % type(cursor).__name__)
        if self.row_factory is not None:
            cursor.row_factory = self.row_factory
        return cursor

    def execute(self, sql, parameters=(), /):
        """Executes an SQL statement."""
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, parameters, /):
        """Repeatedly executes an SQL statement."""
        return self.cursor().executemany(sql, parameters)

    def executescript(self, sql_script, /):
        """Executes multiple SQL statements at once."""
        return self.cursor().executescript(sql_script)

    # ---- the context manager: commit on success, roll back on an error

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None:
            try:
                self.commit()
            except BaseException:
                self.rollback()
                raise
        else:
            self.rollback()
        return False


class Cursor:
    """SQLite database cursor class."""

    def __init__(self, connection, /):
        if not isinstance(connection, Connection):
            raise TypeError("Cursor() argument 1 must be sqlite3.Connection, not %s"
                            % type(connection).__name__)
        self._connection = connection
        self._stmt = None         # the statement whose rows are being read
        self._stmt_dml = False
        self._closed = False
        self.arraysize = 1
        self.row_factory = None
        self.description = None
        self.rowcount = -1
        self.lastrowid = None

    @property
    def connection(self):
        return self._connection

    def _check(self):
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed cursor.")
        self._connection._check()

    def _drop_statement(self):
        if self._stmt is not None:
            self._stmt.finalize()
            self._stmt = None

    # ---- running statements

    def _bind(self, stmt, parameters):
        # A sequence binds by position, a dict by name (CPython's
        # bind_parameters, with its messages).
        needed = stmt.bind_count()
        if isinstance(parameters, dict):
            for i in range(1, needed + 1):
                name = stmt.bind_name(i)
                if name is None:
                    raise ProgrammingError(
                        "Binding %d has no name, but you supplied a "
                        "dictionary (which has only names)." % i)
                try:
                    value = parameters[name[1:]]
                except KeyError:
                    raise ProgrammingError(
                        "You did not supply a value for binding parameter %s."
                        % name) from None
                stmt.bind(i, value, i)
        elif hasattr(type(parameters), "__getitem__"):
            # Any sequence, a str too (PySequence_Check).
            supplied = len(parameters)
            if supplied != needed:
                raise ProgrammingError(
                    "Incorrect number of bindings supplied. The current "
                    "statement uses %d, and there are %d supplied."
                    % (needed, supplied))
            for i in range(needed):
                stmt.bind(i + 1, parameters[i], i + 1)
        else:
            raise ProgrammingError("parameters are of unsupported type")

    def _execute(self, sql, parameter_sets, multiple):
        self._check()
        if not isinstance(sql, str):
            raise TypeError("%s() argument 1 must be str, not %s"
                            % ("executemany" if multiple else "execute",
                               type(sql).__name__))
        parameter_sets = iter(parameter_sets)
        self._drop_statement()
        self.description = None
        self.rowcount = -1
        try:
            db = self._connection._db
            stmt = db.prepare(sql)
            if stmt is None:          # only white space or comments
                return self
            self._stmt = stmt
            self._stmt_dml = dml = _is_dml(sql)
            if multiple and stmt.readonly():
                raise ProgrammingError(
                    "executemany() can only execute DML statements.")
            if dml:
                self.rowcount = 0
                self._connection._begin_if_needed()
            for parameters in parameter_sets:
                stmt.reset()
                self._bind(stmt, parameters)
                has_row = stmt.step()
                names = stmt.columns()
                if self.description is None and names:
                    self.description = tuple((name, None, None, None, None, None, None)
                                             for name in names)
                if not has_row:
                    if dml:
                        self.rowcount += db.changes()
                    stmt.reset()
            if not multiple:
                self.lastrowid = db.last_insert_rowid()
        except BaseException:
            self.rowcount = -1
            raise
        return self

    def execute(self, sql, parameters=(), /):
        """Executes an SQL statement."""
        return self._execute(sql, [parameters], False)

    def executemany(self, sql, seq_of_parameters, /):
        """Repeatedly executes an SQL statement."""
        return self._execute(sql, seq_of_parameters, True)

    def executescript(self, sql_script, /):
        """Executes multiple SQL statements at once."""
        self._check()
        if not isinstance(sql_script, str):
            raise ValueError("script argument must be unicode.")
        self._drop_statement()
        # A pending transaction is committed first, as CPython does.
        self._connection.commit()
        self._connection._db.exec(sql_script)
        return self

    # ---- reading rows

    def _next_row(self):
        # The current row, then a step to the next; None when done.
        self._check()
        stmt = self._stmt
        if stmt is None or not stmt.busy():
            return None
        row = stmt.row()
        try:
            more = stmt.step()
        except BaseException:
            self._drop_statement()
            raise
        if not more:
            if self._stmt_dml:
                self.rowcount = self._connection._db.changes()
            self._drop_statement()
        if self.row_factory is not None:
            row = self.row_factory(self, row)
        return row

    def fetchone(self):
        """Fetches one row from the resultset."""
        return self._next_row()

    def fetchmany(self, size=None):
        """Fetches several rows from the resultset."""
        if size is None:
            size = self.arraysize
        rows = []
        while size > 0:
            row = self._next_row()
            if row is None:
                break
            rows.append(row)
            size -= 1
        return rows

    def fetchall(self):
        """Fetches all rows from the resultset."""
        rows = []
        while (row := self._next_row()) is not None:
            rows.append(row)
        return rows

    def __iter__(self):
        return self

    def __next__(self):
        row = self._next_row()
        if row is None:
            raise StopIteration
        return row

    def close(self):
        """Closes the cursor."""
        self._connection._check()
        self._drop_statement()
        self._closed = True

    def setinputsizes(self, sizes, /):
        """Required by DB-API. Does nothing in sqlite3."""

    def setoutputsize(self, size, column=None, /):
        """Required by DB-API. Does nothing in sqlite3."""


class Row:
    """A row of a query's result that can be read by index or by column name."""

    __slots__ = ("_data", "_description")

    def __init__(self, cursor, data, /):
        if not isinstance(cursor, Cursor):
            raise TypeError("Row() argument 1 must be sqlite3.Cursor, not %s"
                            % type(cursor).__name__)
        if not isinstance(data, tuple):
            raise TypeError("Row() argument 2 must be tuple, not %s"
                            % type(data).__name__)
        self._data = data
        self._description = cursor.description

    def keys(self):
        """Returns the keys of the row."""
        if self._description is None:
            return []
        return [column[0] for column in self._description]

    def __getitem__(self, key):
        if isinstance(key, (int, slice)):
            return self._data[key]
        if isinstance(key, str):
            # Column names match without regard to (ASCII) case.
            wanted = key.lower()
            for i, name in enumerate(self.keys()):
                if name.lower() == wanted:
                    return self._data[i]
            raise IndexError("No item with that key")
        raise IndexError("Index must be int or string")

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return (self._description == other._description
                and self._data == other._data)

    def __ne__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return not self == other

    def __hash__(self):
        return hash(self._description) ^ hash(self._data)


def connect(database, timeout=5.0, detect_types=0, isolation_level="",
            check_same_thread=True, factory=Connection, cached_statements=128,
            uri=False):
    """Opens a connection to the SQLite database file database."""
    return factory(database, timeout, detect_types, isolation_level,
                   check_same_thread, factory, cached_statements, uri)


# The classes print as sqlite3's, where CPython defines them.
for _cls in (Connection, Cursor, Row):
    _cls.__module__ = "sqlite3"
del _cls
