// A text's digest is the same from UTF-16 and from UTF-8, so a store read
// through SQLite and a file read through Qt compare without converting;
// one changed character changes it.
#include "TextDigest.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTextDigest : public QObject
{
    Q_OBJECT

private slots:
    void isTheSameFromUtf16AndUtf8_data();
    void isTheSameFromUtf16AndUtf8();
    void isTheSameFromUtf16AndUtf8ForMixedTexts();
    void readsBadUtf8AsQtDoes_data();
    void readsBadUtf8AsQtDoes();
    void changesWithOneCharacter();
    void changesWithOneOrTwoAsciiCharactersOfALongText();
    void tellsTrailingNulsApart();
};

void TestTextDigest::isTheSameFromUtf16AndUtf8_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("ascii") << u"Invoice 4411 not received"_s;
    QTest::newRow("latin") << u"Échéance dépassée, reçu à 9 h"_s;
    QTest::newRow("three bytes") << u"請求書 — €"_s;
    QTest::newRow("outside the BMP") << u"Lancement 🚀 raté 𝄞"_s;
    // Runs of up to eight ASCII characters are read as one: runs cut by
    // other characters at every offset, and a text's tail.
    QTest::newRow("runs cut") << u"Facture 4411 non reçue après l'échéance du 30 juin, relance n° 2"_s;
    QTest::newRow("runs cut at each offset") << u"aé abcdefghé abcdefghijé 12345678901234567é"_s;
    QTest::newRow("nine ASCII") << u"123456789"_s;
    QTest::newRow("eight bytes, fewer characters") << u"abcdeéé"_s;
    QTest::newRow("ASCII after a long run") << u"abcdefghijklmnopé"_s;
}

void TestTextDigest::isTheSameFromUtf16AndUtf8()
{
    QFETCH(QString, text);
    QCOMPARE(TextDigest::ofUtf8(text.toUtf8()), TextDigest::of(text));
}

void TestTextDigest::isTheSameFromUtf16AndUtf8ForMixedTexts()
{
    // Texts of 0 to 40 characters drawn from ASCII (NUL included) and
    // characters of two, three and four UTF-8 bytes, so that runs of ASCII
    // end at every offset of UTF-8's and UTF-16's eight-unit reads.
    const QStringList pieces{u"a"_s, u"Z"_s, u" "_s, QString(QChar(0)), u"é"_s, u"請"_s, u"🚀"_s};
    QRandomGenerator generator(20261201);
    for (int i = 0; i < 5000; ++i) {
        QString text;
        const int length = int(generator.bounded(41));
        for (int k = 0; k < length; ++k) {
            // Mostly ASCII, as subjects are.
            const auto piece = generator.bounded(10);
            text += piece < 7 ? pieces[piece % 4] : pieces[4 + piece % 3];
        }
        QCOMPARE(TextDigest::ofUtf8(text.toUtf8()), TextDigest::of(text));
    }
}

void TestTextDigest::readsBadUtf8AsQtDoes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("lone continuation") << QByteArray("a\x80z");
    QTest::newRow("cut short") << QByteArray("caf\xc3");
    QTest::newRow("overlong") << QByteArray("\xc0\xaf and \xe0\x80\xaf");
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80");
    QTest::newRow("past U+10FFFF") << QByteArray("\xf4\x90\x80\x80");
    QTest::newRow("Windows-1252") << QByteArray("Re\xe7u");
    QTest::newRow("a NUL") << QByteArray("a\0b", 3);
}

void TestTextDigest::readsBadUtf8AsQtDoes()
{
    QFETCH(QByteArray, bytes);
    QCOMPARE(TextDigest::ofUtf8(bytes), TextDigest::of(QString::fromUtf8(bytes)));
}

void TestTextDigest::changesWithOneCharacter()
{
    const QString text = u"Échéance dépassée 🚀"_s;
    QSet<quint64> digests{TextDigest::of(text)};
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString changed = text;
        changed[i] = QChar(changed[i].unicode() ^ 1);
        digests.insert(TextDigest::of(changed));
    }
    digests.insert(TextDigest::of(text.left(text.size() - 2)));
    digests.insert(TextDigest::of(text + u' '));
    QCOMPARE(digests.size(), text.size() + 3);
}

void TestTextDigest::changesWithOneOrTwoAsciiCharactersOfALongText()
{
    // Each character with its lowest bit flipped, then each pair of them:
    // flips in neighbouring runs of eight must not cancel out.
    const QString text = u"SD-000123 Video rooms drop participants after 40 minutes"_s;
    const auto flipped = [](QString changed, qsizetype at) {
        changed[at] = QChar(changed[at].unicode() ^ 1);
        return changed;
    };
    QSet<quint64> digests{TextDigest::of(text)};
    for (qsizetype i = 0; i < text.size(); ++i) {
        digests.insert(TextDigest::of(flipped(text, i)));
        for (qsizetype j = i + 1; j < text.size(); ++j)
            digests.insert(TextDigest::of(flipped(flipped(text, i), j)));
    }
    const qsizetype n = text.size();
    QCOMPARE(digests.size(), 1 + n + n * (n - 1) / 2);
}

void TestTextDigest::tellsTrailingNulsApart()
{
    // NULs add nothing to a run's bytes: "A" and seven NULs (a run of
    // eight), and six (a shorter run), and none must still differ.
    const QString eight = u"A"_s + QString(7, QChar(0));
    const QString seven = u"A"_s + QString(6, QChar(0));
    const QSet<quint64> digests{TextDigest::of(eight), TextDigest::of(seven), TextDigest::of(u"A")};
    QCOMPARE(digests.size(), 3);
    QCOMPARE(TextDigest::ofUtf8(eight.toUtf8()), TextDigest::of(eight));
    QCOMPARE(TextDigest::ofUtf8(seven.toUtf8()), TextDigest::of(seven));
}

QTEST_APPLESS_MAIN(TestTextDigest)
#include "tst_textdigest.moc"
