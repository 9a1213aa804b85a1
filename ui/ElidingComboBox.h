#pragma once

#include <QComboBox>

// A combo box that keeps the width of `characters` characters whatever its
// choices: a longer choice is cut short with "…" on the button, in full in
// its tooltip and in the open list. A bar of them then fits a laptop's
// screen however long the names in the store.
class ElidingComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit ElidingComboBox(int characters, QWidget *parent = nullptr);

    void showPopup() override;

protected:
    void paintEvent(QPaintEvent *event) override;
};
