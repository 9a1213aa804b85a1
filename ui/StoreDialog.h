#pragma once

#include "Expected.h"

#include <QDialog>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

// Chooses the store to open: a SQLite file on this computer or a database on
// a PostgreSQL server that a team shares. SupportDesk never saves a
// password: the server's comes from ~/.pgpass or PGPASSWORD, or is typed
// here for this session only and handed to the connection alone.
class StoreDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StoreDialog(QWidget *parent = nullptr);

    // Fills the form from a file path or a postgresql:// address.
    void setLocation(const QString &location);
    // The file path or postgresql://user@host:port/dbname the form
    // describes; a failure shows each problem beside its field.
    Expected<QString> checkedLocation();
    // Typed for this session; empty to leave it to ~/.pgpass or PGPASSWORD.
    QString sessionPassword() const;
    void accept() override;

    // The store chosen last, opened at start when no --db is given; empty
    // when none was chosen.
    static QString rememberedLocation();
    static void remember(const QString &location);

    QRadioButton *sqliteButton() const { return m_sqlite; }
    QRadioButton *postgresButton() const { return m_postgres; }
    QLineEdit *pathEdit() const { return m_path; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portSpin() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QString fieldError(QLineEdit *field) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void browse();
    void updateEnabled();
    void retranslate();
    QLabel *errorLabelFor(QLineEdit *field) const;

    QRadioButton *m_sqlite = nullptr;
    QRadioButton *m_postgres = nullptr;
    QGroupBox *m_fileBox = nullptr;
    QGroupBox *m_serverBox = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QLabel *m_portLabel = nullptr;
    QSpinBox *m_port = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLineEdit *m_database = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_passwordNote = nullptr;
    QLabel *m_pathError = nullptr;
    QLabel *m_hostError = nullptr;
    QLabel *m_databaseError = nullptr;
    QLabel *m_userError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
