#include "ElidingComboBox.h"

#include <QAbstractItemView>
#include <QTest>

class TestElidingComboBox : public QObject
{
    Q_OBJECT

private slots:
    void keepsItsWidthWhateverTheChoices();
    void showsTheWholeChoiceAsTooltip();
    void opensAListWideEnoughForEveryChoice();
};

namespace {

const QString LongName = QStringLiteral("Blue Harbor Insurance and Reinsurance Logistics Worldwide");

} // namespace

void TestElidingComboBox::keepsItsWidthWhateverTheChoices()
{
    ElidingComboBox combo(16);
    combo.addItem(QStringLiteral("Acme"));
    const int width = combo.sizeHint().width();
    combo.addItem(LongName);
    combo.setCurrentIndex(1);
    QCOMPARE(combo.sizeHint().width(), width);
    QCOMPARE(combo.minimumSizeHint().width(), width);
    QVERIFY2(width < combo.fontMetrics().horizontalAdvance(LongName),
             qPrintable(QStringLiteral("%1 px").arg(width)));
}

void TestElidingComboBox::showsTheWholeChoiceAsTooltip()
{
    ElidingComboBox combo(16);
    combo.addItems({QStringLiteral("Acme"), LongName});
    QCOMPARE(combo.toolTip(), QStringLiteral("Acme"));
    combo.setCurrentIndex(1);
    QCOMPARE(combo.toolTip(), LongName);
}

void TestElidingComboBox::opensAListWideEnoughForEveryChoice()
{
    ElidingComboBox combo(16);
    combo.addItems({QStringLiteral("Acme"), LongName});
    combo.show();
    combo.showPopup();
    QVERIFY(combo.view()->isVisible());
    QVERIFY2(combo.view()->width() >= combo.fontMetrics().horizontalAdvance(LongName),
             qPrintable(QStringLiteral("%1 px").arg(combo.view()->width())));
    combo.hidePopup();
}

QTEST_MAIN(TestElidingComboBox)
#include "tst_elidingcombobox.moc"
