// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "signindialog.h"

#include "sync/serverurlpolicy.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smec::desktop {

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
    , m_server(new QLineEdit)
    , m_user(new QLineEdit)
    , m_password(new QLineEdit)
    , m_caFile(new QLineEdit)
    , m_advanced(new QGroupBox(tr("Advanced")))
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox)
    , m_signIn(new QPushButton(tr("&Sign in")))
    , m_offline(new QPushButton(tr("Work &offline")))
{
    setObjectName(u"signInDialog"_s);
    setWindowTitle(tr("Sign in to SME Community"));
    auto *intro = new QLabel(tr("Sign in to your platform's server to sync practices, dialogue "
                                "and meetings. You can also work offline and sign in later."));
    intro->setWordWrap(true);

    m_server->setObjectName(u"serverUrlEdit"_s);
    m_server->setAccessibleName(tr("Server address"));
    m_server->setPlaceholderText(u"https://community.example.org"_s);
    m_user->setObjectName(u"usernameEdit"_s);
    m_user->setAccessibleName(tr("User name"));
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("Se&rver:"), m_server);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    m_advanced->setObjectName(u"advancedGroup"_s);
    m_advanced->setCheckable(true);
    m_advanced->setChecked(false);
    m_caFile->setObjectName(u"caFileEdit"_s);
    m_caFile->setAccessibleName(tr("Trusted certificate authority file"));
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(u"caBrowseButton"_s);
    browse->setAccessibleName(tr("Choose a certificate authority file"));
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile);
    caRow->addWidget(browse);
    auto *advancedForm = new QFormLayout(m_advanced);
    advancedForm->addRow(tr("Trusted &CA file:"), caRow);
    auto *caHint = new QLabel(tr("Only for a private deployment whose certificate is issued by "
                                 "your organisation."));
    caHint->setWordWrap(true);
    advancedForm->addRow(caHint);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Trusted certificate authority"), {},
                                         tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });

    m_error->setObjectName(u"signInError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c0392b;"_s);
    m_error->setVisible(false);

    m_signIn->setObjectName(u"signInButton"_s);
    m_signIn->setDefault(true);
    m_offline->setObjectName(u"workOfflineButton"_s);
    m_offline->setToolTip(tr("Browse and draft on this computer with the shipped reference "
                             "data; sign in later from the File menu."));
    m_buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    m_buttons->addButton(m_offline, QDialogButtonBox::ActionRole);
    m_buttons->addButton(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_advanced);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_signIn, &QPushButton::clicked, this, [this] {
        m_choice = Choice::SignIn;
        Q_EMIT signInRequested();
    });
    connect(m_offline, &QPushButton::clicked, this, [this] {
        m_choice = Choice::WorkOffline;
        Q_EMIT offlineRequested();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_server, &QLineEdit::textChanged, this, &SignInDialog::validate);
    connect(m_user, &QLineEdit::textChanged, this, &SignInDialog::validate);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::validate);
    validate();
}

void SignInDialog::setOfflineAllowed(bool allowed)
{
    m_offline->setVisible(allowed);
}

void SignInDialog::reject()
{
    if (m_busy)
        return; // the answer is on its way; the owner closes the dialog or shows the error
    QDialog::reject();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_user),
                       static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_advanced),
                       static_cast<QWidget *>(m_buttons)})
        w->setEnabled(!busy);
    if (busy) {
        m_error->setStyleSheet(QString());
        m_error->setText(tr("Signing in…"));
        m_error->setVisible(true);
    } else {
        m_error->setStyleSheet(u"color: #c0392b;"_s);
        m_error->setVisible(false);
    }
}

void SignInDialog::validate()
{
    QString problem;
    if (!m_server->text().trimmed().isEmpty()) {
        auto url = sync::ServerUrlPolicy::normalise(m_server->text());
        if (!url)
            problem = url.error().message;
    }
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_signIn->setEnabled(problem.isEmpty() && !m_server->text().trimmed().isEmpty() &&
                         !m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

void SignInDialog::setServerUrl(const QString &url)
{
    m_server->setText(url);
}

void SignInDialog::setUsername(const QString &username)
{
    m_user->setText(username);
}

QString SignInDialog::serverUrl() const
{
    auto url = sync::ServerUrlPolicy::normalise(m_server->text());
    return url ? url->toString() : m_server->text().trimmed();
}

QString SignInDialog::username() const
{
    return m_user->text().trimmed();
}

QString SignInDialog::password() const
{
    return m_password->text();
}

QString SignInDialog::caCertificate() const
{
    return m_advanced->isChecked() ? m_caFile->text().trimmed() : QString();
}

void SignInDialog::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace smec::desktop
