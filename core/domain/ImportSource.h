#pragma once

#include "Ticket.h"

#include <QString>
#include <optional>

// What an import reads its tickets from, one at a time: the ticket CSV, or
// a help desk's export read through a mapping. An import runs it on a
// reading thread of its own while the store writes what was read.
class ImportSource
{
public:
    virtual ~ImportSource() = default;

    // The next ticket; nullopt at the end or on an error (see atError()).
    virtual std::optional<Ticket> next() = 0;
    virtual bool atError() const = 0;
    // Names the file, the line and the field.
    virtual QString error() const = 0;
    // Where the ticket last read starts, for errors the store finds later.
    virtual int line() const = 0;
    // Bytes of the file read so far, for progress.
    virtual qint64 bytesRead() const = 0;
};
