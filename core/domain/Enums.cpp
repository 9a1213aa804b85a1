#include "Channel.h"
#include "Priority.h"
#include "ProductCategory.h"

#include <QtGlobal>

namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> parseCode(QStringView text, const std::array<Enum, N> &all, QString (*code)(Enum))
{
    for (Enum value : all) {
        if (text.compare(code(value), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

} // namespace

QString priorityCode(Priority priority)
{
    switch (priority) {
    case Priority::P1: return QStringLiteral("P1");
    case Priority::P2: return QStringLiteral("P2");
    case Priority::P3: return QStringLiteral("P3");
    }
    Q_UNREACHABLE();
}

std::optional<Priority> parsePriority(QStringView text)
{
    return parseCode(text.trimmed(), AllPriorities, priorityCode);
}

const char *priorityLabel(Priority priority)
{
    switch (priority) {
    case Priority::P1: return QT_TRANSLATE_NOOP("Priority", "P1 business critical");
    case Priority::P2: return QT_TRANSLATE_NOOP("Priority", "P2 degraded service");
    case Priority::P3: return QT_TRANSLATE_NOOP("Priority", "P3 general issue");
    }
    Q_UNREACHABLE();
}

QString channelCode(Channel channel)
{
    switch (channel) {
    case Channel::Email: return QStringLiteral("email");
    case Channel::Chat: return QStringLiteral("chat");
    case Channel::Phone: return QStringLiteral("phone");
    case Channel::Web: return QStringLiteral("web");
    }
    Q_UNREACHABLE();
}

std::optional<Channel> parseChannel(QStringView text)
{
    return parseCode(text.trimmed(), AllChannels, channelCode);
}

const char *channelLabel(Channel channel)
{
    switch (channel) {
    case Channel::Email: return QT_TRANSLATE_NOOP("Channel", "Email");
    case Channel::Chat: return QT_TRANSLATE_NOOP("Channel", "Chat");
    case Channel::Phone: return QT_TRANSLATE_NOOP("Channel", "Phone");
    case Channel::Web: return QT_TRANSLATE_NOOP("Channel", "Web");
    }
    Q_UNREACHABLE();
}

QString productCategoryCode(ProductCategory category)
{
    switch (category) {
    case ProductCategory::Ga: return QStringLiteral("ga");
    case ProductCategory::Alpha: return QStringLiteral("alpha");
    case ProductCategory::Beta: return QStringLiteral("beta");
    case ProductCategory::LimitedRelease: return QStringLiteral("limited_release");
    case ProductCategory::DeveloperPreview: return QStringLiteral("developer_preview");
    case ProductCategory::Pilot: return QStringLiteral("pilot");
    case ProductCategory::Carrier: return QStringLiteral("carrier");
    case ProductCategory::SpecialistTeam: return QStringLiteral("specialist_team");
    case ProductCategory::Segment: return QStringLiteral("segment");
    }
    Q_UNREACHABLE();
}

std::optional<ProductCategory> parseProductCategory(QStringView text)
{
    return parseCode(text.trimmed(), AllProductCategories, productCategoryCode);
}

const char *productCategoryLabel(ProductCategory category)
{
    switch (category) {
    case ProductCategory::Ga: return QT_TRANSLATE_NOOP("ProductCategory", "Generally available");
    case ProductCategory::Alpha: return QT_TRANSLATE_NOOP("ProductCategory", "Alpha");
    case ProductCategory::Beta: return QT_TRANSLATE_NOOP("ProductCategory", "Beta");
    case ProductCategory::LimitedRelease: return QT_TRANSLATE_NOOP("ProductCategory", "Limited release");
    case ProductCategory::DeveloperPreview: return QT_TRANSLATE_NOOP("ProductCategory", "Developer preview");
    case ProductCategory::Pilot: return QT_TRANSLATE_NOOP("ProductCategory", "Pilot");
    case ProductCategory::Carrier: return QT_TRANSLATE_NOOP("ProductCategory", "Carrier service");
    case ProductCategory::SpecialistTeam: return QT_TRANSLATE_NOOP("ProductCategory", "Specialist team");
    case ProductCategory::Segment: return QT_TRANSLATE_NOOP("ProductCategory", "Segment");
    }
    Q_UNREACHABLE();
}
