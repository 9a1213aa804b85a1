// Mappings of help desks' exports saved by name in the store: kept whole,
// replaced by name, listed by name, removed; one the program cannot read
// back is an error naming it, never a mapping applied in part. On SQLite
// and, as tst_importmappingstore_postgresql, on PostgreSQL.
#include "Database.h"
#include "ImportMappingStore.h"
#include "StoreFixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestImportMappingStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<StoreFixture>();
        QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    }
    void cleanup() { m_fixture.reset(); }

    void keepsAMappingWhole()
    {
        ImportMappingStore store(m_fixture->database());
        const ImportMapping saved = edited();
        QVERIFY(store.save(u"Zendesk, Paris"_s, saved).ok());
        const auto read = store.find(u"Zendesk, Paris"_s);
        QVERIFY2(read.ok(), qPrintable(read.message()));
        QCOMPARE(read->toJson(), saved.toJson());
        QCOMPARE(read->priorities.value(u"critical"_s), std::optional<Priority>(Priority::P1));
        QCOMPARE(read->accounts.value(u"Acme Corp"_s), u"Acme"_s);
        QCOMPARE(read->zone, u"Europe/Paris"_s);
    }

    void replacesByNameAndListsByName()
    {
        ImportMappingStore store(m_fixture->database());
        ImportMapping jira =
            defaultMapping(HelpdeskSource::Jira, {u"Issue key"_s, u"Summary"_s, u"Created"_s});
        QVERIFY(store.save(u"b jira"_s, jira).ok());
        QVERIFY(store.save(u"a zendesk"_s, edited()).ok());
        jira.zone = u"America/New_York"_s;
        QVERIFY(store.save(u" b jira "_s, jira).ok()); // the same name, trimmed
        const QList<SavedMapping> all = store.all().value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].name, u"a zendesk"_s);
        QCOMPARE(all[1].name, u"b jira"_s);
        QCOMPARE(all[1].mapping.source, HelpdeskSource::Jira);
        QCOMPARE(all[1].mapping.zone, u"America/New_York"_s);
    }

    void removesAndSaysWhatIsMissing()
    {
        ImportMappingStore store(m_fixture->database());
        QVERIFY(store.save(u"old"_s, edited()).ok());
        QVERIFY(store.remove(u"old"_s).ok());
        QCOMPARE(store.find(u"old"_s).errorKind(), Error::Kind::NotFound);
        QCOMPARE(store.find(u"old"_s).message(), u"no mapping is saved as 'old'"_s);
        QCOMPARE(store.remove(u"old"_s).errorKind(), Error::Kind::NotFound);
        QCOMPARE(store.save(u"  "_s, edited()).errorKind(), Error::Kind::InvalidInput);
    }

    void anUnreadableMappingIsNamed()
    {
        QSqlQuery query(m_fixture->database().connection());
        QVERIFY(query.exec(u"INSERT INTO import_mappings (name, source, mapping) "
                           u"VALUES ('hand made', 'zendesk', '{\"source\": \"nosuchdesk\"}')"_s));
        ImportMappingStore store(m_fixture->database());
        const auto read = store.find(u"hand made"_s);
        QCOMPARE(read.errorKind(), Error::Kind::Damaged);
        QVERIFY2(read.message().startsWith(u"the saved mapping 'hand made' cannot be read: "_s),
                 qPrintable(read.message()));
        QCOMPARE(store.all().errorKind(), Error::Kind::Damaged);
    }

private:
    static ImportMapping edited()
    {
        ImportMapping mapping = defaultMapping(
            HelpdeskSource::Zendesk, {u"Id"_s, u"Organization"_s, u"Subject"_s, u"Priority"_s, u"Via"_s,
                                      u"Created at"_s, u"Solved at"_s, u"First reply time in minutes"_s});
        mapping.priorities.insert(u"critical"_s, Priority::P1);
        mapping.accounts.insert(u"Acme Corp"_s, u"Acme"_s);
        mapping.zone = u"Europe/Paris"_s;
        mapping.defaultProduct = u"Messaging"_s;
        return mapping;
    }

    std::unique_ptr<StoreFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestImportMappingStore)
#include "tst_importmappingstore.moc"
