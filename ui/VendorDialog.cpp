#include "VendorDialog.h"

#include "AppContext.h"
#include "VendorSettings.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

VendorDialog::VendorDialog(AppContext &context, QWidget *parent) : QDialog(parent), m_context(context)
{
    m_name = new QLineEdit(this);
    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    m_logo = new QLabel(this);
    m_logo->setMinimumSize(160, 56);
    m_logo->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_logoLabel = new QLabel(this);
    m_chooseLogo = new QPushButton(this);
    m_removeLogo = new QPushButton(this);
    m_logoLabel->setBuddy(m_chooseLogo);
    connect(m_chooseLogo, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the logo"), QString(),
                                                          tr("Images (*.png *.jpg *.jpeg)"));
        if (!path.isEmpty())
            chooseLogoFile(path);
    });
    connect(m_removeLogo, &QPushButton::clicked, this, &VendorDialog::removeLogo);
    auto *logoButtons = new QHBoxLayout;
    logoButtons->addWidget(m_chooseLogo);
    logoButtons->addWidget(m_removeLogo);
    logoButtons->addStretch();
    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_logoLabel, m_logo);
    form->addRow(QString(), logoButtons);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_context.canEdit());
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &VendorDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    VendorSettings settings(m_context.database());
    const auto name = settings.name();
    const auto logo = settings.logo();
    m_name->setText(name ? *name : QString());
    m_logoBytes = logo ? *logo : QByteArray();
    m_message->setText(!name ? name.message() : !logo ? logo.message() : QString());
    showLogo();
    retranslate();
}

bool VendorDialog::chooseLogoFile(const QString &path)
{
    QFile file(path);
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly))
        bytes = file.read(VendorSettings::MaximumLogoBytes + 1);
    QImage image;
    if (bytes.isEmpty() || !image.loadFromData(bytes)) {
        m_message->setText(tr("'%1' is not an image SupportDesk can read.").arg(path));
        return false;
    }
    if (bytes.size() > VendorSettings::MaximumLogoBytes) {
        m_message->setText(
            tr("'%1' is larger than %2 KB.").arg(path).arg(VendorSettings::MaximumLogoBytes / 1024));
        return false;
    }
    m_logoBytes = bytes;
    m_message->clear();
    showLogo();
    return true;
}

void VendorDialog::removeLogo()
{
    m_logoBytes.clear();
    showLogo();
}

bool VendorDialog::save()
{
    VendorSettings settings(m_context.database());
    Status saved = settings.setName(m_name->text());
    if (saved)
        saved = m_logoBytes.isEmpty() ? settings.clearLogo() : settings.setLogo(m_logoBytes);
    if (!saved) {
        m_message->setText(saved.message());
        return false;
    }
    m_context.notifyDataChanged();
    return true;
}

void VendorDialog::showLogo()
{
    QImage image;
    if (m_logoBytes.isEmpty() || !image.loadFromData(m_logoBytes)) {
        m_logo->setPixmap({});
        m_logo->setText(tr("No logo"));
    } else {
        m_logo->setPixmap(QPixmap::fromImage(image.scaledToHeight(48, Qt::SmoothTransformation)));
    }
    m_removeLogo->setEnabled(!m_logoBytes.isEmpty());
}

void VendorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void VendorDialog::retranslate()
{
    setWindowTitle(tr("Sender of the documents"));
    m_nameLabel->setText(tr("&Name:"));
    m_logoLabel->setText(tr("&Logo:"));
    m_chooseLogo->setText(tr("&Choose…"));
    m_removeLogo->setText(tr("&Remove"));
    showLogo();
}
