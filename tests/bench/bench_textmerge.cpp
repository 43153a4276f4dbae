// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Text merge benchmark: the three-way merge of a practice body of about 200 KB (Markdown
// paragraphs, lists and tables in English, French and Arabic) with 50 scattered line edits on
// each side (domain::mergeText), next to the raw limit measured in the same run: one plain dtl
// line diff of the same base and mine (what any line diff costs; the merge makes two, plus
// normalisation and grouping). Prints one JSON object per line; medians over --runs.
//
//   bench_textmerge [--kb 200] [--edits 50] [--runs 21]
#include "domain/textmerge.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <dtl/dtl.hpp>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

void report(QJsonObject line)
{
    line.insert(u"bench"_s, u"textmerge"_s);
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

double loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return file.readAll().split(' ').value(0).toDouble();
}

const QStringList words = {
    u"SME"_s,         u"vouchers"_s,  u"digital"_s,     u"finance"_s, u"green"_s,
    u"guarantee"_s,   u"ministry"_s,  u"programme"_s,   u"firms"_s,   u"exporters"_s,
    u"entreprises"_s, u"numérique"_s, u"financement"_s, u"été"_s,     u"réseau"_s,
    u"الشركات"_s,     u"الصغيرة"_s,   u"والمتوسطة"_s,   u"التمويل"_s, u"الرقمي"_s,
};

QString sentence(QRandomGenerator &random, int serial)
{
    QString s;
    for (int i = 0, n = 8 + int(random.bounded(16)); i < n; ++i)
        s += words.at(int(random.bounded(int(words.size())))) + u' ';
    return s + u"(%1)."_s.arg(serial);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"kb"_s, u"Size of the body in KB."_s, u"N"_s, u"200"_s});
    parser.addOption({u"edits"_s, u"Scattered line edits on each side."_s, u"N"_s, u"50"_s});
    parser.addOption({u"runs"_s, u"Repetitions (medians are reported)."_s, u"N"_s, u"21"_s});
    parser.process(app);
    const int kb = std::max(1, parser.value(u"kb"_s).toInt());
    const int edits = std::max(1, parser.value(u"edits"_s).toInt());
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());

    QRandomGenerator random(20261203);
    int serial = 0;
    QStringList lines;
    qsizetype bytes = 0;
    while (bytes < qsizetype(kb) * 1024) {
        QString line;
        switch (random.bounded(6)) {
        case 0:
            line = u"## "_s + sentence(random, ++serial);
            break;
        case 1:
            line = u"- "_s + sentence(random, ++serial);
            break;
        case 2: {
            const QString left = sentence(random, ++serial);
            line = u"| %1 | %2 |"_s.arg(left, sentence(random, ++serial));
        } break;
        case 3:
            line = QString();
            break;
        default:
            line = sentence(random, ++serial);
            break;
        }
        bytes += line.toUtf8().size() + 1;
        lines.append(line);
    }
    // Scattered, disjoint edits: every other slot of a shuffled set of line positions.
    std::vector<int> positions(size_t(lines.size()));
    for (size_t i = 0; i < positions.size(); ++i)
        positions[i] = int(i);
    std::shuffle(positions.begin(), positions.end(), random);
    QStringList mineLines = lines;
    QStringList theirsLines = lines;
    for (int i = 0; i < edits && 2 * i + 1 < int(positions.size()); ++i) {
        mineLines[positions[size_t(2 * i)]] = sentence(random, ++serial);
        theirsLines[positions[size_t(2 * i + 1)]] = sentence(random, ++serial);
    }
    const QString base = lines.join(u'\n') + u'\n';
    const QString mine = mineLines.join(u'\n') + u'\n';
    const QString theirs = theirsLines.join(u'\n') + u'\n';

    std::vector<double> mergeMs;
    std::vector<double> diffMs;
    qsizetype hunks = 0;
    bool clean = true;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        const smec::domain::TextMergeResult merged = smec::domain::mergeText(base, mine, theirs);
        const QString text = merged.text();
        mergeMs.push_back(double(clock.nsecsElapsed()) / 1e6);
        hunks = merged.hunks.size();
        clean = merged.clean() && text.size() > 0;

        // The raw limit: one line diff of the same texts, lines already split and interned.
        clock.restart();
        const QStringList a = base.split(u'\n');
        const QStringList b = mine.split(u'\n');
        QHash<QString, int> ids;
        std::vector<int> ia;
        std::vector<int> ib;
        for (const QString &l : a)
            ia.push_back(int(ids.insert(l, ids.value(l, int(ids.size()))).value()));
        for (const QString &l : b)
            ib.push_back(int(ids.insert(l, ids.value(l, int(ids.size()))).value()));
        dtl::Diff<int, std::vector<int>> diff(ia, ib);
        diff.compose();
        diffMs.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    const double m = median(mergeMs);
    const double d = median(diffMs);
    report({{u"case"_s, u"merge_200kb_50_edits"_s},
            {u"bytes"_s, double(base.toUtf8().size())},
            {u"lines"_s, double(lines.size())},
            {u"edits_each_side"_s, edits},
            {u"runs"_s, runs},
            {u"merge_ms_median"_s, m},
            {u"plain_diff_ms_median"_s, d},
            {u"ratio_merge_over_diff"_s, d > 0 ? m / d : 0},
            {u"hunks"_s, double(hunks)},
            {u"clean"_s, clean},
            {u"loadavg"_s, loadAverage()}});
    return clean ? 0 : 1;
}
