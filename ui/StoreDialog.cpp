#include "StoreDialog.h"

#include "Database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace {

const QString locationKey = QStringLiteral("store/location");

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    label->setTextFormat(Qt::PlainText);
    return label;
}

QHBoxLayout *rowOf(QWidget *field, QLabel *error, QWidget *extra = nullptr)
{
    auto *row = new QHBoxLayout;
    row->addWidget(field, 2);
    if (extra)
        row->addWidget(extra);
    if (error)
        row->addWidget(error, 1);
    return row;
}

} // namespace

StoreDialog::StoreDialog(QWidget *parent) : QDialog(parent)
{
    m_sqlite = new QRadioButton(this);
    m_postgres = new QRadioButton(this);
    m_sqlite->setChecked(true);
    connect(m_sqlite, &QRadioButton::toggled, this, &StoreDialog::updateEnabled);

    m_fileBox = new QGroupBox(this);
    auto *fileForm = new QFormLayout(m_fileBox);
    m_pathLabel = new QLabel(m_fileBox);
    m_path = new QLineEdit(m_fileBox);
    m_path->setText(Database::defaultPath());
    m_pathLabel->setBuddy(m_path);
    m_browse = new QPushButton(m_fileBox);
    connect(m_browse, &QPushButton::clicked, this, &StoreDialog::browse);
    m_pathError = makeErrorLabel(m_fileBox);
    fileForm->addRow(m_pathLabel, rowOf(m_path, m_pathError, m_browse));

    m_serverBox = new QGroupBox(this);
    auto *serverForm = new QFormLayout(m_serverBox);
    m_hostLabel = new QLabel(m_serverBox);
    m_host = new QLineEdit(m_serverBox);
    m_host->setText(QStringLiteral("localhost"));
    m_hostError = makeErrorLabel(m_serverBox);
    m_portLabel = new QLabel(m_serverBox);
    m_port = new QSpinBox(m_serverBox);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_databaseLabel = new QLabel(m_serverBox);
    m_database = new QLineEdit(m_serverBox);
    m_database->setText(QStringLiteral("supportdesk"));
    m_databaseError = makeErrorLabel(m_serverBox);
    m_userLabel = new QLabel(m_serverBox);
    m_user = new QLineEdit(m_serverBox);
    m_user->setText(qEnvironmentVariable("USER"));
    m_userError = makeErrorLabel(m_serverBox);
    m_passwordLabel = new QLabel(m_serverBox);
    m_password = new QLineEdit(m_serverBox);
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordNote = new QLabel(m_serverBox);
    m_passwordNote->setWordWrap(true);
    m_hostLabel->setBuddy(m_host);
    m_portLabel->setBuddy(m_port);
    m_databaseLabel->setBuddy(m_database);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    serverForm->addRow(m_hostLabel, rowOf(m_host, m_hostError));
    serverForm->addRow(m_portLabel, rowOf(m_port, nullptr));
    serverForm->addRow(m_databaseLabel, rowOf(m_database, m_databaseError));
    serverForm->addRow(m_userLabel, rowOf(m_user, m_userError));
    serverForm->addRow(m_passwordLabel, m_password);
    serverForm->addRow(m_passwordNote);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StoreDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StoreDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sqlite);
    layout->addWidget(m_fileBox);
    layout->addWidget(m_postgres);
    layout->addWidget(m_serverBox);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setLocation(rememberedLocation());
    retranslate();
    updateEnabled();
}

void StoreDialog::setLocation(const QString &location)
{
    if (location.isEmpty())
        return;
    if (!Database::isPostgreSqlAddress(location)) {
        m_sqlite->setChecked(true);
        m_path->setText(QDir::toNativeSeparators(location));
        return;
    }
    m_postgres->setChecked(true);
    const QUrl url(location);
    m_host->setText(url.host());
    m_port->setValue(url.port(5432));
    m_database->setText(url.path().mid(1));
    m_user->setText(url.userName());
}

Expected<QString> StoreDialog::checkedLocation()
{
    for (QLabel *error : {m_pathError, m_hostError, m_databaseError, m_userError})
        error->clear();
    if (m_sqlite->isChecked()) {
        const QString path = m_path->text().trimmed();
        QString problem;
        if (path.isEmpty())
            problem = tr("Choose the store's file.");
        else if (QFileInfo(path).isDir())
            problem = tr("This is a folder: choose a file in it.");
        if (!problem.isEmpty()) {
            m_pathError->setText(problem);
            return Expected<QString>::failure(Error::Kind::InvalidInput, problem);
        }
        return QDir::fromNativeSeparators(path);
    }
    QString first;
    auto refuse = [&first](QLabel *label, const QString &text) {
        label->setText(text);
        if (first.isEmpty())
            first = text;
    };
    const QString host = m_host->text().trimmed();
    const QString database = m_database->text().trimmed();
    const QString user = m_user->text().trimmed();
    if (host.isEmpty() || host.contains(u'/') || host.contains(u' '))
        refuse(m_hostError, tr("Enter the server's name or address, such as db.example.com."));
    if (database.isEmpty())
        refuse(m_databaseError, tr("Enter the name of the database on the server."));
    if (user.isEmpty())
        refuse(m_userError, tr("Enter the user name to connect as."));
    if (!first.isEmpty())
        return Expected<QString>::failure(Error::Kind::InvalidInput, first);
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(m_port->value());
    url.setPath(QLatin1Char('/') + database);
    if (!url.isValid()) {
        refuse(m_hostError, tr("Enter the server's name or address, such as db.example.com."));
        return Expected<QString>::failure(Error::Kind::InvalidInput, first);
    }
    return url.toString();
}

QString StoreDialog::sessionPassword() const
{
    return m_postgres->isChecked() ? m_password->text() : QString();
}

QString StoreDialog::fieldError(QLineEdit *field) const
{
    const QLabel *label = errorLabelFor(field);
    return label ? label->text() : QString();
}

QLabel *StoreDialog::errorLabelFor(QLineEdit *field) const
{
    if (field == m_path)
        return m_pathError;
    if (field == m_host)
        return m_hostError;
    if (field == m_database)
        return m_databaseError;
    if (field == m_user)
        return m_userError;
    return nullptr;
}

void StoreDialog::accept()
{
    if (checkedLocation())
        QDialog::accept();
}

QString StoreDialog::rememberedLocation()
{
    return QSettings().value(locationKey).toString();
}

void StoreDialog::remember(const QString &location)
{
    // Addresses never hold a password (Database::open refuses one), so
    // what is saved here is safe to keep in plain text.
    QSettings().setValue(locationKey, location);
}

void StoreDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Store file"), m_path->text(),
                                                      tr("SupportDesk stores (*.sqlite);;All files (*)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void StoreDialog::updateEnabled()
{
    m_fileBox->setEnabled(m_sqlite->isChecked());
    m_serverBox->setEnabled(m_postgres->isChecked());
}

void StoreDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void StoreDialog::retranslate()
{
    setWindowTitle(tr("Open store"));
    m_sqlite->setText(tr("A &file on this computer (SQLite)"));
    m_postgres->setText(tr("A database on a &PostgreSQL server, shared by a team"));
    m_fileBox->setTitle(tr("File"));
    m_pathLabel->setText(tr("F&ile:"));
    m_browse->setText(tr("&Browse…"));
    m_serverBox->setTitle(tr("Server"));
    m_hostLabel->setText(tr("&Host:"));
    m_portLabel->setText(tr("P&ort:"));
    m_databaseLabel->setText(tr("&Database:"));
    m_userLabel->setText(tr("&User:"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_password->setPlaceholderText(tr("From ~/.pgpass or PGPASSWORD"));
    m_passwordNote->setText(tr(
        "SupportDesk never saves a password. Leave it empty to use ~/.pgpass or the PGPASSWORD variable; one "
        "typed here is used for this connection only and forgotten when SupportDesk quits."));
}
