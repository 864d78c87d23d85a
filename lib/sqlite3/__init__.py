"""The sqlite3 extension module provides a DB-API 2.0 (PEP 249) compliant
interface to the SQLite library, and requires SQLite 3.7.15 or newer.

To use the module, start by creating a database Connection object:

    import sqlite3
    cx = sqlite3.connect("test.db")  # test.db will be created or opened

The special path name ":memory:" can be provided to connect to a transient
in-memory database:

    cx = sqlite3.connect(":memory:")  # connect to a database in RAM

Once a connection has been established, create a Cursor object and call
its execute() method to perform SQL queries:

    cu = cx.cursor()
    cu.execute("create table lang(name, first_appeared)")
    cu.execute("insert into lang values (?, ?)", ("C", 1972))
    cu.execute("select * from lang")
    print(cu.fetchall())

minipy's version: everything lives in sqlite3.dbapi2 (as in CPython), over
the SQLite handles of the built-in _sqlite3 module.
"""

from sqlite3.dbapi2 import *
from sqlite3.dbapi2 import (Connection, Cursor, Row, Warning, Error,
                            InterfaceError, DatabaseError, InternalError,
                            OperationalError, ProgrammingError, IntegrityError,
                            DataError, NotSupportedError, Binary, apilevel,
                            paramstyle, threadsafety, version, version_info,
                            sqlite_version, sqlite_version_info,
                            complete_statement, connect)
