#pragma once

// The libpq connection under a Qt PostgreSQL connection, for the bulk import
// that sends its rows with COPY (a statement per row costs a round trip
// each), called through the libpq Qt's driver loaded (LibPq.h). Internal
// to core.

#include <QSqlError>
#include <optional>

class Database;
typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

// nullptr when the store is not on PostgreSQL, when its driver's libpq
// cannot be called (see libpq()), or when the handle is not the session Qt's connection uses (its
// backend pid differs): the callers then take their portable path.
PGconn *postgresHandleOf(const Database &database);
// Makes postgresHandleOf() give nullptr whatever the libraries: the
// portable path is then tested on this machine.
void usePortablePostgresPaths(bool portable);

// The error of a failed libpq call, as Qt's driver reports one: the server's
// message, and its SQLSTATE as the native code (see storeErrorKind()); a
// broken connection gets connection_failure's code.
QSqlError postgresError(PGconn *connection, const PGresult *result);

// Reads what is left of a statement's results, so that the session is free
// for the next statement; the first failure among them, if any.
std::optional<QSqlError> readRemainingResults(PGconn *connection);
