#include "ElidingComboBox.h"

#include <QAbstractItemView>
#include <QScrollBar>
#include <QStyleOptionComboBox>
#include <QStylePainter>

ElidingComboBox::ElidingComboBox(int characters, QWidget *parent) : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(characters);
    connect(this, &QComboBox::currentTextChanged, this, &QWidget::setToolTip);
}

void ElidingComboBox::showPopup()
{
    QAbstractItemView *list = view();
    list->setMinimumWidth(list->sizeHintForColumn(0) + list->verticalScrollBar()->sizeHint().width());
    QComboBox::showPopup();
}

void ElidingComboBox::paintEvent(QPaintEvent *)
{
    // As QComboBox paints itself, but styles clip the text rather than elide it.
    QStylePainter painter(this);
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    QRect room = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
    if (!option.currentIcon.isNull())
        room.setWidth(room.width() - option.iconSize.width() - 4);
    option.currentText = fontMetrics().elidedText(option.currentText, Qt::ElideRight, room.width() - 2);
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}
