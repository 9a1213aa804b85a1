#pragma once

#include "Expected.h"

class Database;

// Fills a new store with the vendor's plan catalog and default calendar.
class StoreSeeder
{
public:
    // In one transaction; only tables still empty are filled, so the manager's
    // edits are never overwritten and seeding twice adds nothing.
    static Status seed(Database &database);
};
