#include "ImportMapping.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

constexpr std::array<QLatin1StringView, TicketFieldCount> FieldCodes{"id"_L1,
                                                                     "account"_L1,
                                                                     "subject"_L1,
                                                                     "priority"_L1,
                                                                     "product"_L1,
                                                                     "channel"_L1,
                                                                     "created_at"_L1,
                                                                     "first_response_at"_L1,
                                                                     "resolved_at"_L1,
                                                                     "tool_first_response"_L1,
                                                                     "first_response_minutes"_L1};

// The keys of the JSON object, in the order a reader of the file expects them
// (QJsonObject sorts them anyway: the text is stable whatever the order here).
const QStringList &knownKeys()
{
    static const QStringList keys{u"source"_s,   u"columns"_s,        u"priorities"_s,
                                  u"channels"_s, u"defaultChannel"_s, u"accounts"_s,
                                  u"zone"_s,     u"defaultAccount"_s, u"defaultProduct"_s};
    return keys;
}

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

// The value, normalised as the reader looks it up.
QString valueKey(const QString &text)
{
    return text.trimmed().toLower();
}

std::optional<ImportMapping> failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

QString ticketFieldCode(TicketField field)
{
    return FieldCodes[static_cast<std::size_t>(field)];
}

std::optional<TicketField> parseTicketField(QStringView code)
{
    for (int i = 0; i < TicketFieldCount; ++i) {
        if (code.compare(FieldCodes[std::size_t(i)], Qt::CaseInsensitive) == 0)
            return static_cast<TicketField>(i);
    }
    return std::nullopt;
}

QJsonObject ImportMapping::toJson() const
{
    QJsonObject columnsObject;
    for (int i = 0; i < TicketFieldCount; ++i) {
        if (!columns[std::size_t(i)].isEmpty())
            columnsObject.insert(FieldCodes[std::size_t(i)], columns[std::size_t(i)]);
    }
    QJsonObject prioritiesObject;
    for (auto it = priorities.cbegin(); it != priorities.cend(); ++it)
        prioritiesObject.insert(it.key(), it.value() ? QJsonValue(priorityCode(*it.value())) : QJsonValue());
    QJsonObject channelsObject;
    for (auto it = channels.cbegin(); it != channels.cend(); ++it)
        channelsObject.insert(it.key(), channelCode(it.value()));
    QJsonObject accountsObject;
    for (auto it = accounts.cbegin(); it != accounts.cend(); ++it)
        accountsObject.insert(it.key(), it.value());
    return QJsonObject{{u"source"_s, helpdeskSourceCode(source)},
                       {u"columns"_s, columnsObject},
                       {u"priorities"_s, prioritiesObject},
                       {u"channels"_s, channelsObject},
                       {u"defaultChannel"_s, channelCode(defaultChannel)},
                       {u"accounts"_s, accountsObject},
                       {u"zone"_s, zone},
                       {u"defaultAccount"_s, defaultAccount},
                       {u"defaultProduct"_s, defaultProduct}};
}

std::optional<ImportMapping> ImportMapping::fromJson(const QJsonObject &object, QString *error)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!knownKeys().contains(it.key()))
            return failWith(error, QCoreApplication::translate(
                                       "ImportMapping", "unknown key %1 in the mapping: the keys are %2")
                                       .arg(quoted(it.key()), knownKeys().join(u", "_s)));
    }
    const auto objectAt = [&object](const QString &key) -> std::optional<QJsonObject> {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return QJsonObject();
        if (!value.isObject())
            return std::nullopt;
        return value.toObject();
    };
    const auto textAt = [&object](const QString &key) -> std::optional<QString> {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return QString();
        if (!value.isString())
            return std::nullopt;
        return value.toString();
    };
    const auto notAnObject = [error](const QString &key) {
        return failWith(error,
                        QCoreApplication::translate("ImportMapping", "%1 of the mapping must be an object")
                            .arg(quoted(key)));
    };
    const auto notText = [error](const QString &key) {
        return failWith(
            error,
            QCoreApplication::translate("ImportMapping", "%1 of the mapping must be text").arg(quoted(key)));
    };

    ImportMapping mapping;
    const std::optional<QString> sourceCode = textAt(u"source"_s);
    if (!sourceCode)
        return notText(u"source"_s);
    const std::optional<HelpdeskSource> source = parseHelpdeskSource(*sourceCode);
    if (!source)
        return failWith(error,
                        QCoreApplication::translate("ImportMapping", "unknown source %1 in the mapping")
                            .arg(quoted(*sourceCode)));
    mapping.source = *source;

    const std::optional<QJsonObject> columnsObject = objectAt(u"columns"_s);
    if (!columnsObject)
        return notAnObject(u"columns"_s);
    for (auto it = columnsObject->begin(); it != columnsObject->end(); ++it) {
        const std::optional<TicketField> field = parseTicketField(it.key());
        if (!field)
            return failWith(error, QCoreApplication::translate("ImportMapping",
                                                               "unknown field %1 in the mapping's columns")
                                       .arg(quoted(it.key())));
        if (!it.value().isString())
            return failWith(error,
                            QCoreApplication::translate("ImportMapping", "the column of %1 must be text")
                                .arg(quoted(it.key())));
        mapping.column(*field) = it.value().toString().trimmed();
    }

    const std::optional<QJsonObject> prioritiesObject = objectAt(u"priorities"_s);
    if (!prioritiesObject)
        return notAnObject(u"priorities"_s);
    for (auto it = prioritiesObject->begin(); it != prioritiesObject->end(); ++it) {
        if (it.value().isNull()) {
            mapping.priorities.insert(valueKey(it.key()), std::nullopt);
            continue;
        }
        const std::optional<Priority> priority =
            it.value().isString() ? parsePriority(it.value().toString()) : std::nullopt;
        if (!priority)
            return failWith(error, QCoreApplication::translate(
                                       "ImportMapping",
                                       "unknown priority for %1 in the mapping: expected P1, P2, P3 or null")
                                       .arg(quoted(it.key())));
        mapping.priorities.insert(valueKey(it.key()), *priority);
    }

    const std::optional<QJsonObject> channelsObject = objectAt(u"channels"_s);
    if (!channelsObject)
        return notAnObject(u"channels"_s);
    for (auto it = channelsObject->begin(); it != channelsObject->end(); ++it) {
        const std::optional<Channel> channel =
            it.value().isString() ? parseChannel(it.value().toString()) : std::nullopt;
        if (!channel)
            return failWith(error,
                            QCoreApplication::translate(
                                "ImportMapping",
                                "unknown channel for %1 in the mapping: expected email, chat, phone or web")
                                .arg(quoted(it.key())));
        mapping.channels.insert(valueKey(it.key()), *channel);
    }
    const QJsonValue defaultChannel = object.value(u"defaultChannel"_s);
    if (!defaultChannel.isUndefined()) {
        const std::optional<Channel> channel =
            defaultChannel.isString() ? parseChannel(defaultChannel.toString()) : std::nullopt;
        if (!channel)
            return failWith(error, QCoreApplication::translate(
                                       "ImportMapping",
                                       "unknown default channel in the mapping: expected email, chat, "
                                       "phone or web"));
        mapping.defaultChannel = *channel;
    }

    const std::optional<QJsonObject> accountsObject = objectAt(u"accounts"_s);
    if (!accountsObject)
        return notAnObject(u"accounts"_s);
    for (auto it = accountsObject->begin(); it != accountsObject->end(); ++it) {
        if (!it.value().isString())
            return failWith(error,
                            QCoreApplication::translate("ImportMapping", "the account of %1 must be text")
                                .arg(quoted(it.key())));
        mapping.accounts.insert(it.key(), it.value().toString().trimmed());
    }

    for (const auto &[key, target] :
         {std::pair{u"zone"_s, &mapping.zone}, std::pair{u"defaultAccount"_s, &mapping.defaultAccount},
          std::pair{u"defaultProduct"_s, &mapping.defaultProduct}}) {
        const std::optional<QString> text = textAt(key);
        if (!text)
            return notText(key);
        *target = text->trimmed();
    }
    return mapping;
}
