// Any text through the business hours parser: no crash, no undefined
// behaviour, every interval it accepts is in range, and its canonical text
// reads back to the same schedule.
#include "HoursSpec.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto schedule = parseHoursSpec(text);
    if (!schedule) {
        if (schedule.message().isEmpty())
            std::abort();
        return 0;
    }
    for (const auto &intervals : *schedule) {
        for (const DailyInterval &interval : intervals) {
            if (interval.startMinute < 0 || interval.startMinute > 1439 || interval.endMinute < 0 ||
                interval.endMinute > 1440 || interval.startMinute == interval.endMinute)
                std::abort();
        }
    }
    const auto again = parseHoursSpec(formatHoursSpec(*schedule));
    if (!again || *again != *schedule)
        std::abort();
    return 0;
}
