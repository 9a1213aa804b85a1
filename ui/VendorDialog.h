#pragma once

#include <QByteArray>
#include <QDialog>

class AppContext;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Who sends the customer's documents: the vendor's name and logo, settings
// of the store that the whole team's documents share.
class VendorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VendorDialog(AppContext &context, QWidget *parent = nullptr);

    // Takes a PNG or JPEG file as the logo (shown, saved with the name);
    // false, saying why, when it is not one.
    bool chooseLogoFile(const QString &path);
    void removeLogo();
    // Saves the name and logo; false, saying why, when the store refuses.
    bool save();

    QLineEdit *nameEdit() const { return m_name; }
    QLabel *logoPreview() const { return m_logo; }
    QLabel *messageLabel() const { return m_message; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showLogo();
    void retranslate();

    AppContext &m_context;
    QByteArray m_logoBytes;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_logoLabel = nullptr;
    QLabel *m_logo = nullptr;
    QPushButton *m_chooseLogo = nullptr;
    QPushButton *m_removeLogo = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
