#pragma once

#include "Error.h"

class QSqlError;

// The kind of a failed statement's error, from the engine's own code:
// Damaged for a file SQLite finds malformed (or not a database at all) and
// for PostgreSQL's corrupted data, Busy for another connection's lock,
// ReadOnly for a file or role that may not write, Storage for the rest
// (a full disk, a lost connection, an I/O error).
Error::Kind storeErrorKind(const QSqlError &error);
// The same for a result code of SQLite's own interface.
Error::Kind sqliteErrorKind(int code);
