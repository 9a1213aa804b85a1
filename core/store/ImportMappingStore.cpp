#include "ImportMappingStore.h"

#include "Database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace {

// A stored mapping that does not read back (written by a later version, or
// edited by hand) is an error naming it, never a mapping half applied.
Expected<ImportMapping> mappingFrom(const QString &name, const QString &text)
{
    QJsonParseError parse{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parse);
    QString why = parse.error == QJsonParseError::NoError ? QString() : parse.errorString();
    if (why.isEmpty() && !document.isObject())
        why = QStringLiteral("not a JSON object");
    if (why.isEmpty()) {
        if (auto mapping = ImportMapping::fromJson(document.object(), &why))
            return std::move(*mapping);
    }
    return Expected<ImportMapping>::failure(
        Error::Kind::Damaged,
        ImportMappingStore::tr("the saved mapping '%1' cannot be read: %2").arg(name, why));
}

} // namespace

ImportMappingStore::ImportMappingStore(Database &database) : m_database(database)
{
}

Status ImportMappingStore::save(const QString &name, const ImportMapping &mapping)
{
    if (name.trimmed().isEmpty())
        return Status::failure(Error::Kind::InvalidInput, tr("a mapping needs a name"));
    const QString text = QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact));
    return m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral(
            "INSERT INTO import_mappings (name, source, mapping) VALUES (?, ?, ?) "
            "ON CONFLICT (name) DO UPDATE SET source = excluded.source, mapping = excluded.mapping, "
            "version = import_mappings.version + 1"));
        query.addBindValue(name.trimmed());
        query.addBindValue(helpdeskSourceCode(mapping.source));
        query.addBindValue(text);
        return m_database.write(query);
    });
}

Expected<ImportMapping> ImportMappingStore::find(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT mapping FROM import_mappings WHERE name = ?"));
    query.addBindValue(name.trimmed());
    const auto found = m_database.readFirstRow(query);
    if (!found)
        return found.error();
    if (!*found)
        return Expected<ImportMapping>::failure(Error::Kind::NotFound,
                                                tr("no mapping is saved as '%1'").arg(name.trimmed()));
    return mappingFrom(name.trimmed(), query.value(0).toString());
}

Expected<QList<SavedMapping>> ImportMappingStore::all() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (const Status run = m_database.read(query, QStringLiteral("SELECT name, mapping FROM import_mappings "
                                                                 "ORDER BY name"));
        !run)
        return run.error();
    QList<SavedMapping> saved;
    while (query.next()) {
        const QString name = query.value(0).toString();
        auto mapping = mappingFrom(name, query.value(1).toString());
        if (!mapping)
            return mapping.error();
        saved.append(SavedMapping{name, std::move(*mapping)});
    }
    if (const Status ended = m_database.rowsEnded(query); !ended)
        return ended.error();
    return saved;
}

Status ImportMappingStore::remove(const QString &name)
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM import_mappings WHERE name = ?"));
        query.addBindValue(name.trimmed());
        if (const Status removed = m_database.write(query); !removed)
            return removed;
        if (query.numRowsAffected() < 1)
            return Status::failure(Error::Kind::NotFound,
                                   tr("no mapping is saved as '%1'").arg(name.trimmed()));
        return success();
    });
}
