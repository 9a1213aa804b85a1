#pragma once

#include <QString>
#include <QStringList>

// The version of SupportDesk, as the project's CMake version gives it.
QString supportDeskVersion();

// What --version prints after the program's name and version: the Qt it
// runs on (and was built with) and the store schema version it writes.
QStringList versionDetails();
