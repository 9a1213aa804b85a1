#pragma once

// The libpq functions the COPY paths call, taken from the libpq that Qt's
// PostgreSQL driver loaded: the program links no libpq of its own (a store
// on SQLite then loads none, nor what libpq needs: a score of libraries
// and 4 ms at every start), and the functions called on the driver's
// session are always those of the library that opened it. Internal to
// core.

#include <libpq-fe.h>

struct LibPq
{
    decltype(&PQstatus) status;
    decltype(&PQtransactionStatus) transactionStatus;
    decltype(&PQbackendPID) backendPid;
    decltype(&PQerrorMessage) errorMessage;
    decltype(&PQexec) exec;
    decltype(&PQgetResult) getResult;
    decltype(&PQresultStatus) resultStatus;
    decltype(&PQresultErrorField) resultErrorField;
    decltype(&PQresultErrorMessage) resultErrorMessage;
    decltype(&PQclear) clear;
    decltype(&PQputCopyData) putCopyData;
    decltype(&PQputCopyEnd) putCopyEnd;
    decltype(&PQgetCopyData) getCopyData;
    decltype(&PQfreemem) freemem;
};

// nullptr while Qt's PostgreSQL driver is not loaded (no PostgreSQL store
// opened yet), where its libpq cannot be told (not Linux), or when that
// libpq lacks one of the functions.
const LibPq *libpq();
