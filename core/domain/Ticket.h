#pragma once

#include "Channel.h"
#include "Priority.h"

#include <QString>
#include <optional>

// A support ticket as the user sees it. Instants are UTC seconds since the
// epoch: the store keeps them so, and local time exists only at the edges.
struct Ticket
{
    QString id; // unique within its account
    QString account;
    QString subject;
    Priority priority = Priority::P3;
    QString product;
    Channel channel = Channel::Email;
    qint64 createdAt = 0;
    std::optional<qint64> firstResponseAt;
    std::optional<qint64> resolvedAt;
    // The row's version when it was read from the store (optimistic
    // locking); 0 for a ticket not read from it. Not part of its data.
    qint64 version = 0;
};
