// Any text through the timestamp and date parsers: no crash, no undefined
// behaviour; a timestamp that parses resolves in a zone with clock changes
// or says why not, and a UTC instant formats to text that parses back to it.
#include "Timestamp.h"
#include "ZoneRules.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const auto paris = ZoneRules::forZone(QStringLiteral("Europe/Paris"));
    static const auto utc = ZoneRules::forZone(QStringLiteral("UTC"));
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    (void)parseIsoDate(text);
    const auto parsed = parseIsoTimestamp(text);
    if (!parsed) {
        if (parsed.message().isEmpty())
            std::abort();
        return 0;
    }
    for (const auto &zone : {paris, utc}) {
        const auto instant = resolveTimestamp(*parsed, *zone);
        if (!instant) {
            if (instant.message().isEmpty())
                std::abort();
            continue;
        }
        // Years 1..9999 only: the format has four digits and no year 0.
        if (*instant < -62135596800LL || *instant > 253402300799LL)
            continue;
        const auto again = parseIsoTimestamp(formatUtcTimestamp(*instant));
        if (!again || !again->hasOffset || again->utcSeconds != *instant)
            std::abort();
    }
    return 0;
}
