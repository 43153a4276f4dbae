// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "statusstyle.h"

#include "models/displaytext.h"

using namespace Qt::StringLiterals;

namespace smec::desktop {

QColor StatusStyle::color(const QString &status)
{
    if (status == u"announced"_s)
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    if (status == u"in_progress"_s)
        return QColor(0x00, 0x72, 0xB2); // blue
    if (status == u"achieved"_s)
        return QColor(0x00, 0x9E, 0x73); // bluish green
    if (status == u"partially_achieved"_s)
        return QColor(0xE6, 0x9F, 0x00); // orange
    if (status == u"not_achieved"_s)
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    if (status == u"withdrawn"_s)
        return QColor(0x99, 0x99, 0x99); // grey
    return QColor(0xCC, 0x79, 0xA7);     // reddish purple: a status this build does not know
}

QString StatusStyle::symbol(const QString &status)
{
    if (status == u"announced"_s)
        return u"\u25CB"_s; // white circle
    if (status == u"in_progress"_s)
        return u"\u25D0"_s; // circle, left half black
    if (status == u"achieved"_s)
        return u"\u25CF"_s; // black circle
    if (status == u"partially_achieved"_s)
        return u"\u25D1"_s; // circle, right half black
    if (status == u"not_achieved"_s)
        return u"\u2715"_s; // multiplication x
    if (status == u"withdrawn"_s)
        return u"\u2013"_s; // en dash
    return u"?"_s;
}

QString StatusStyle::label(const QString &status)
{
    return symbol(status) + u' ' +
           models::DisplayText::option(domain::Kind::Commitment, u"status"_s, status);
}

} // namespace smec::desktop
