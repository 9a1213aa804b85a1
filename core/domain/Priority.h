#pragma once

#include <QString>
#include <QStringView>
#include <array>
#include <optional>

enum class Priority : quint8 { P1, P2, P3 };
inline constexpr int PriorityCount = 3;
inline constexpr std::array<Priority, PriorityCount> AllPriorities{Priority::P1, Priority::P2, Priority::P3};

inline int priorityIndex(Priority priority)
{
    return static_cast<int>(priority);
}
// "P1", "P2", "P3": the words of the CSV files.
QString priorityCode(Priority priority);
// Accepts the codes in any letter case.
std::optional<Priority> parsePriority(QStringView text);
// English label, marked for translation in the "Priority" context.
const char *priorityLabel(Priority priority);
