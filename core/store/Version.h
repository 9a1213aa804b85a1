#pragma once

#include <QString>
#include <QStringList>

// The version of SupportDesk, as the project's CMake version gives it.
QString supportDeskVersion();

// What --version prints after the program's name and version: the Qt it
// runs on (and was built with), the store schema version it writes, and
// whether its bulk paths use SQLite directly (see SqliteHandle.h).
QStringList versionDetails();
