// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smec::desktop {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_licence(new QLabel)
    , m_components(new QTableWidget)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About SME Community"));

    auto *intro = new QLabel(
        tr("<p><b>SME Community %1</b></p><p>The desktop client of the Global SME Ministerial "
           "Community Platform: document SME policy practices, learn from peers, and follow up "
           "ministerial meetings and commitments.</p>")
            .arg(QApplication::applicationVersion()));
    intro->setObjectName(u"aboutIntro"_s);
    intro->setWordWrap(true);

    // Written with an escape so that REUSE tools do not read it as this file's copyright.
    auto *copyright = new QLabel(u"\u00a9 2026 SME Community contributors"_s);
    copyright->setObjectName(u"aboutCopyright"_s);

    m_licence->setObjectName(u"aboutLicence"_s);
    m_licence->setWordWrap(true);
    m_licence->setOpenExternalLinks(true);
    m_licence->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_licence->setText(
        tr("SME Community is free software: you can redistribute it and/or modify it under the "
           "terms of the <a href=\"%1\">GNU General Public License</a>, version 3 or (at your "
           "option) any later version (%2). It comes with NO WARRANTY, to the extent permitted "
           "by law.")
            .arg(u"https://www.gnu.org/licenses/gpl-3.0.html"_s, u"GPL-3.0-or-later"_s));
    m_licence->setAccessibleName(tr("Licence"));

    auto *componentsLabel = new QLabel(tr("Third-party components"));
    const QList<Component> rows = components();
    m_components->setObjectName(u"aboutComponents"_s);
    m_components->setAccessibleName(tr("Third-party components"));
    m_components->setColumnCount(3);
    m_components->setRowCount(int(rows.size()));
    m_components->setHorizontalHeaderLabels({tr("Component"), tr("Licence"), tr("Used for")});
    m_components->verticalHeader()->hide();
    m_components->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_components->setSelectionMode(QAbstractItemView::NoSelection);
    m_components->setWordWrap(true);
    for (int row = 0; row < rows.size(); ++row) {
        const Component &c = rows.at(row);
        m_components->setItem(row, 0, new QTableWidgetItem(c.name));
        m_components->setItem(row, 1, new QTableWidgetItem(c.licence));
        m_components->setItem(row, 2, new QTableWidgetItem(c.usedFor));
    }
    m_components->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_components->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_components->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_components->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    componentsLabel->setBuddy(m_components);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(copyright);
    layout->addWidget(m_licence);
    layout->addWidget(componentsLabel);
    layout->addWidget(m_components, 1);
    layout->addWidget(buttons);
    resize(640, 480);
}

QList<AboutDialog::Component> AboutDialog::components()
{
    return {
        {u"Qt %1"_s.arg(QString::fromLatin1(qVersion())),
         tr("LGPL-3.0; Qt HTTP Server and Qt Charts: GPL-3.0"),
         tr("user interface, networking and databases (desktop, CLI and server)")},
        {u"KSyntaxHighlighting"_s, u"MIT"_s,
         tr("Markdown highlighting in the editor (desktop, where installed)")},
        {u"QtKeychain"_s, u"BSD-3-Clause"_s,
         tr("keeping the sign-in in the system keychain (desktop and CLI)")},
        {u"libsodium"_s, u"ISC"_s, tr("password hashing (server)")},
        {u"dtl"_s, u"BSD-3-Clause"_s,
         tr("line diffs for merging text edited on two computers (desktop and CLI)")},
        {u"SQLite"_s, tr("public domain"),
         tr("the local replica, and the server's database on a single machine")},
    };
}

} // namespace smec::desktop
