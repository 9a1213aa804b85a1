#pragma once

#include <QString>

// Why something could not be done: a kind, on which callers decide what to
// do (reload on a conflict, retry when busy, point to a backup when the
// store is damaged), and a message for the person, in their language, which
// no caller reads to decide anything.
struct Error
{
    enum class Kind : quint8 {
        InvalidInput, // what was given is wrong: the message says where and why
        NotFound,     // what was named does not exist (any more)
        Conflict,     // changed elsewhere since it was read: nothing was saved
        Busy,         // another program holds the store's lock
        ReadOnly,     // the store may not be changed here
        Damaged,      // the store's file is damaged: check it, restore a backup
        Storage,      // the store or a file could not be read or written
        Cancelled,    // the person stopped it: nothing was changed
    };

    Kind kind = Kind::InvalidInput;
    QString message;

    // The same kind of error in other words, e.g. with what was being done.
    Error reworded(QString newMessage) const { return Error{kind, std::move(newMessage)}; }
};
