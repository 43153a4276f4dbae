// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace smec::desktop {

/// First start: the server address, user name and password (and, under "Advanced", a trusted CA
/// file for a private deployment), or "Work offline" on the shipped reference data. Checks the
/// address against the URL policy as the user types; the password never goes to settings.
/// Signing in does not close the dialog: signInRequested() asks the owner to try, and the owner
/// closes it (accept()) on success or shows why not (setError()).
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    enum class Choice { SignIn, WorkOffline };

    explicit SignInDialog(QWidget *parent = nullptr);

    void setServerUrl(const QString &url);
    void setUsername(const QString &username);
    QString serverUrl() const;
    QString username() const;
    QString password() const;
    QString caCertificate() const;
    Choice choice() const { return m_choice; }
    /// Shows why the last attempt failed.
    void setError(const QString &message);
    /// Offers "Work offline" (first start) or not (signing in from the running app).
    void setOfflineAllowed(bool allowed);
    /// While the server is asked: inputs disabled, "Signing in…" shown, closing refused.
    void setBusy(bool busy);
    void reject() override;

Q_SIGNALS:
    /// "Sign in" was pressed: the owner asks the server with the fields' values.
    void signInRequested();
    /// "Work offline" was pressed.
    void offlineRequested();

private:
    void validate();

    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_caFile;
    QGroupBox *m_advanced;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_signIn;
    QPushButton *m_offline;
    Choice m_choice = Choice::SignIn;
    bool m_busy = false;
};

} // namespace smec::desktop
