#pragma once

#include "Expected.h"
#include "Ticket.h"

#include <QList>

class Database;

// Tickets whose response times and due instants were worked out by hand on
// two calendars in two zones, for the ticket table's derived orders.
//
// Acme: Production (P1 3 business hours, P2 6) on the vendor's calendar,
// Los Angeles 06:00-18:00 (14:00Z-02:00Z in March). Kaiju: Production on a
// Tokyo calendar, 09:00-17:00 JST (00:00Z-08:00Z). Blue Harbor: Developer,
// no target. Monday 2 March 2026; "now" is 20:00Z.
namespace TwoZoneTickets {

// The Tokyo calendar and Kaiju on Production from January 2026. Acme, Blue
// Harbor and the product Messaging are left to the caller (a test's own
// fixture may have them already).
Status addKaiju(Database &database);
// Acme and Blue Harbor as above, and the product Messaging.
Status addAcmeBlueHarborAndProduct(Database &database);
// The nine tickets: A1-A4 of Acme, K1-K3 of Kaiju, B1-B2 of Blue Harbor.
QList<Ticket> tickets();
// "Now" for these tickets: 2026-03-02T20:00:00Z.
qint64 now();

} // namespace TwoZoneTickets
