// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "syntheticgenerator.h"

#include "jsontextwriter.h"
#include "phrasebook.h"
#include "randomstream.h"
#include "slotvalues.h"
#include "textbuffer.h"
#include "vocabulary.h"

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
#include <QJsonValue>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <array>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace smec::datagen {

namespace {

using V = std::u16string_view;
using domain::Kind;
using domain::Record;
using namespace vocabulary;

QStringView view(V text)
{
    return QStringView(text.data(), qsizetype(text.size()));
}
QString string(V text)
{
    return view(text).toString();
}

// Salts keep the random streams and ids of different kinds apart.
constexpr quint64 kindSalt(Kind kind)
{
    return quint64(kind) + 0x5eedULL;
}

const PhraseBook &book(Language language)
{
    switch (language) {
    case French:
        return PhraseBook::french();
    case Spanish:
        return PhraseBook::spanish();
    case Arabic:
        return PhraseBook::arabic();
    case Chinese:
        return PhraseBook::chinese();
    case Russian:
        return PhraseBook::russian();
    case English:
        break;
    }
    return PhraseBook::english();
}

const Country &countryFor(RandomStream &rng, Language language)
{
    // English is written everywhere; other languages come from countries that use them.
    if (language == English && rng.percent(20))
        return countries[rng.below(countryCount)];
    for (;;) {
        const Country &country = countries[rng.below(countryCount)];
        if (country.language == language)
            return country;
    }
}

/// Distinct indices in [0, poolSize), at most `wanted` of them (partial Fisher-Yates).
int pickDistinct(RandomStream &rng, int poolSize, int wanted, int *out)
{
    std::array<int, 32> pool{};
    poolSize = std::min(poolSize, int(pool.size()));
    for (int i = 0; i < poolSize; ++i)
        pool[size_t(i)] = i;
    wanted = std::min(wanted, poolSize);
    for (int i = 0; i < wanted; ++i) {
        const int j = i + rng.below(poolSize - i);
        std::swap(pool[size_t(i)], pool[size_t(j)]);
        out[i] = pool[size_t(i)];
    }
    return wanted;
}

/// Appends `count` distinct sentences of `pool` as one Markdown paragraph.
void appendParagraph(TextBuffer &out, RandomStream &rng, const SlotValues &slots, Phrases pool,
                     int count)
{
    std::array<int, 32> picked{};
    const int n = pickDistinct(rng, int(pool.size()), count, picked.data());
    for (int i = 0; i < n; ++i) {
        if (i > 0)
            out.append(u' ');
        slots.fill(out, pool[size_t(picked[size_t(i)])]);
    }
    out.append(u'\n');
    out.append(u'\n');
}

/// Appends `count` distinct sentences of `pool` as a Markdown bullet list.
void appendBullets(TextBuffer &out, RandomStream &rng, const SlotValues &slots, Phrases pool,
                   int count)
{
    std::array<int, 32> picked{};
    const int n = pickDistinct(rng, int(pool.size()), count, picked.data());
    for (int i = 0; i < n; ++i) {
        out.append(u"- ");
        slots.fill(out, pool[size_t(picked[size_t(i)])]);
        out.append(u'\n');
    }
    out.append(u'\n');
}

void appendHeading(TextBuffer &out, const PhraseBook &words, PhraseBook::Heading heading,
                   QStringView level = u"## ")
{
    out.append(level);
    out.append(view(words.headings[heading]));
    out.append(u'\n');
    out.append(u'\n');
}

/// Digits grouped with commas, independent of the process locale (determinism).
void appendGrouped(TextBuffer &out, qint64 value)
{
    const QString digits = QString::number(value);
    const qsizetype head = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
    out.append(QStringView(digits).left(head));
    for (qsizetype pos = head; pos < digits.size(); pos += 3) {
        out.append(u',');
        out.append(QStringView(digits).mid(pos, 3));
    }
}

void writeStringMember(JsonTextWriter &out, QStringView name, V value)
{
    out.key(name);
    out.beginText();
    out.appendTrusted(view(value));
    out.endText();
}

/// The JSON arrays of every subset of `names` (index: bit mask), in table order. Inserting a
/// shared array into an object is cheaper than parsing or building a new one per record.
template<size_t N>
std::array<QJsonArray, (size_t(1) << N)> allSubsets(const V (&names)[N])
{
    std::array<QJsonArray, (size_t(1) << N)> all;
    for (size_t mask = 0; mask < all.size(); ++mask) {
        for (size_t i = 0; i < N; ++i) {
            if (mask & (size_t(1) << i))
                all[mask].append(string(names[i]));
        }
    }
    return all;
}

const QJsonArray &pillarArray(unsigned mask)
{
    static const auto arrays = allSubsets(pillarNames);
    return arrays[mask];
}

const QJsonArray &groupArray(unsigned mask)
{
    static const auto arrays = allSubsets(groupNames);
    return arrays[mask];
}

unsigned randomPillars(RandomStream &rng, int primary)
{
    unsigned mask = 1U << primary;
    const int extra = rng.weighted(std::array<int, 3>{60, 30, 10});
    for (int i = 0; i < extra; ++i)
        mask |= 1U << rng.below(3);
    return mask;
}

QString isoDate(int year, int month, int day)
{
    return QDate(year, month, day).toString(Qt::ISODate);
}

struct ExtraField
{
    QString name;
    QJsonValue value;
};

/// The record with the structured fields written to `fields` and the others added. Multi-line
/// text is inserted rather than written, because Qt's JSON parser decodes strings holding
/// escapes one character at a time; so are the shared arrays of pillarArray() and groupArray().
Record makeRecord(QString id, Kind kind, const JsonTextWriter &fields,
                  std::initializer_list<ExtraField> extras)
{
    Record record;
    record.id = std::move(id);
    record.kind = kind;
    record.fields = fields.toObject();
    for (const ExtraField &extra : extras)
        record.fields.insert(extra.name, extra.value);
    return record;
}

} // namespace

SyntheticGenerator::SyntheticGenerator(quint64 seed)
    : m_seed(seed)
{}

QString SyntheticGenerator::recordId(Kind kind, int index) const
{
    // UUIDv5 over (seed, kind, index) in a namespace of our own: stable across runs and
    // platforms, distinct between kinds and seeds.
    static const QUuid ns(0x6f1c3a52, 0x8d47, 0x5b8e, 0x9c, 0x1e, 0x3b, 0x0a, 0x6d, 0x2f, 0x4e,
                          0x71);
    std::array<char, 13> name{};
    for (int i = 0; i < 8; ++i)
        name[size_t(i)] = char((m_seed >> (8 * i)) & 0xff);
    name[8] = char(kind);
    for (int i = 0; i < 4; ++i)
        name[size_t(9 + i)] = char((quint32(index) >> (8 * i)) & 0xff);
    return QUuid::createUuidV5(ns, QByteArray(name.data(), qsizetype(name.size())))
        .toString(QUuid::WithoutBraces);
}

void SyntheticGenerator::setReferenceCounts(int practiceCount, int meetingCount)
{
    m_practiceCount = std::max(0, practiceCount);
    m_meetingCount = std::max(0, meetingCount);
}

QStringList SyntheticGenerator::countryCodes()
{
    QStringList codes;
    for (const Country &country : countries)
        codes.append(string(country.code));
    for (const Country &country : chineseCountries)
        codes.append(string(country.code));
    for (const Country &country : russianCountries)
        codes.append(string(country.code));
    return codes;
}

Record SyntheticGenerator::practice(int index) const
{
    RandomStream rng = RandomStream::forRecord(m_seed, kindSalt(Kind::Practice), quint64(index));
    auto language = Language(rng.weighted(languageWeights));
    // Chinese and Russian from a stream of their own: every other practice stays as it was.
    RandomStream six =
        RandomStream::forRecord(m_seed, kindSalt(Kind::Practice) + 0x2300ULL, quint64(index));
    const int roll = six.below(100);
    if (roll < chinesePercent)
        language = Chinese;
    else if (roll < chinesePercent + russianPercent)
        language = Russian;
    const PhraseBook &words = book(language);
    const Country &country =
        language == Chinese   ? chineseCountries[six.below(int(std::size(chineseCountries)))]
        : language == Russian ? russianCountries[six.below(int(std::size(russianCountries)))]
                              : countryFor(rng, language);

    const int primaryPillar = rng.below(3);
    const unsigned pillars = randomPillars(rng, primaryPillar);
    const int instrument = rng.weighted(instrumentWeights);
    std::array<int, 9> groups{};
    const int groupCount = pickDistinct(rng, 9, rng.between(1, 3), groups.data());
    const int mainGroup = groups[0];
    unsigned groupMask = 0; // the set in canonical order, as a form stores it
    for (int g = 0; g < groupCount; ++g)
        groupMask |= 1U << groups[size_t(g)];
    const int topic = rng.below(6);
    const int secondTopic = (topic + 1 + rng.below(5)) % 6;
    const int org = rng.below(int(words.orgs.size()));
    const int startYear = rng.between(2010, 2025);
    const int endYear = std::min(startYear + rng.between(1, 6), 2030);
    const bool ongoing = endYear >= 2026;
    const int beneficiaries = rng.between(1, 400) * 50;
    const qint64 budget = qint64(rng.between(2, 1500)) * 100'000;

    SlotValues slots;
    slots.set(u'i', words.instruments[size_t(instrument)]);
    slots.setCapitalized(u'I', words.instruments[size_t(instrument)]);
    slots.set(u'g', words.groups[size_t(mainGroup)]);
    slots.setCapitalized(u'G', words.groups[size_t(mainGroup)]);
    slots.set(u't', words.topics[primaryPillar][size_t(topic)]);
    slots.set(u'T', words.topics[primaryPillar][size_t(secondTopic)]);
    slots.set(u'o', words.orgsInText[size_t(org)]);
    slots.setCapitalized(u'O', words.orgsInText[size_t(org)]);
    slots.setNumber(u'n', beneficiaries);
    slots.setNumber(u'N', rng.between(2, 300) * 25);
    slots.setNumber(u'p', rng.between(5, 60));
    slots.setNumber(u'q', rng.between(12, 85));
    slots.setNumber(u'e', rng.between(2, 9));
    slots.setNumber(u'd', rng.between(3, 24));
    slots.setNumber(u'y', startYear);

    TextBuffer title(160);
    slots.fill(title, rng.pick(words.titles));
    title.append(view(rng.pick(words.titleQualifiers)));

    TextBuffer summary(512);
    slots.fill(summary, rng.pick(words.summaries));
    summary.append(view(rng.pick(words.summaryClosers)));

    TextBuffer body(2560);
    appendHeading(body, words, PhraseBook::Context);
    appendParagraph(body, rng, slots, words.context, rng.between(3, 4));
    appendHeading(body, words, PhraseBook::Design);
    appendBullets(body, rng, slots, words.design, rng.between(3, 5));
    appendHeading(body, words, PhraseBook::Implementation);
    appendParagraph(body, rng, slots, words.implementation, rng.between(3, 4));
    appendHeading(body, words, PhraseBook::KeyFigures, u"### ");
    const auto cell = [&](PhraseBook::TableLabel label) {
        body.append(u"| ");
        body.append(view(words.tableLabels[label]));
        body.append(u" | ");
    };
    cell(PhraseBook::Indicator);
    body.append(view(words.tableLabels[PhraseBook::Value]));
    body.append(QStringView(u" |\n|---|---|\n"));
    cell(PhraseBook::Budget);
    appendGrouped(body, budget);
    body.append(u" |\n");
    cell(PhraseBook::FirmsReached);
    appendGrouped(body, beneficiaries);
    body.append(u" |\n");
    cell(PhraseBook::Period);
    body.append(slots.get(u'y'));
    body.append(u'–');
    if (ongoing)
        body.append(view(words.tableLabels[PhraseBook::Ongoing]));
    else
        body.appendNumber(endYear);
    body.append(u" |\n");
    cell(PhraseBook::Body);
    body.append(view(words.orgs[size_t(org)]));
    body.append(u" |\n");

    TextBuffer results(1024);
    appendHeading(results, words, PhraseBook::Results);
    appendBullets(results, rng, slots, words.results, rng.between(3, 4));
    appendHeading(results, words, PhraseBook::Evidence);
    appendParagraph(results, rng, slots, words.evidence, rng.between(1, 2));
    results.chop(1);

    TextBuffer lessons(1024);
    appendHeading(lessons, words, PhraseBook::Worked);
    appendBullets(lessons, rng, slots, words.worked, rng.between(2, 3));
    appendHeading(lessons, words, PhraseBook::DidNotWork);
    appendBullets(lessons, rng, slots, words.didNotWork, rng.between(1, 2));
    appendHeading(lessons, words, PhraseBook::Advice);
    appendParagraph(lessons, rng, slots, words.advice, 1);
    lessons.chop(1);

    JsonTextWriter out(1536);
    out.beginObject();
    // Phrase book text needs no escaping (tested), so it is written as is.
    out.key(u"title");
    out.beginText();
    out.appendTrusted(title.view());
    out.endText();
    out.key(u"summary");
    out.beginText();
    out.appendTrusted(summary.view());
    out.endText();
    writeStringMember(out, u"implementing_org", words.orgs[size_t(org)]);
    writeStringMember(out, u"country", country.code);
    writeStringMember(out, u"instrument", instrumentNames[size_t(instrument)]);
    out.key(u"start_year");
    out.integer(startYear);
    out.key(u"end_year");
    out.integer(endYear);
    out.key(u"budget_usd");
    out.integer(budget);
    out.key(u"beneficiaries");
    out.integer(beneficiaries);
    writeStringMember(out, u"evidence_level",
                      evidenceLevels[size_t(rng.weighted(evidenceWeights))]);

    out.key(u"sources");
    out.beginArray();
    const int sourceCount = rng.between(1, 2);
    const QString countryLower = string(country.code).toLower();
    for (int s = 0; s < sourceCount; ++s) {
        out.beginObject();
        out.key(u"title");
        out.string(QString(view(rng.pick(words.sourceTitles)) % u" "_s %
                           QString::number(std::min(startYear + 1 + s, 2026))));
        out.key(u"url");
        out.string(QString((rng.percent(10) ? u"http"_s : u"https"_s) % u"://example.org/"_s %
                           countryLower % u"/practices/"_s % QString::number(index) % u"/doc-"_s %
                           QString::number(s + 1) % u".pdf"_s));
        out.endObject();
    }
    out.endArray();

    out.key(u"tags");
    out.beginArray();
    out.string(view(topicTags[primaryPillar][topic]));
    out.string(view(topicTags[primaryPillar][secondTopic]));
    out.string(string(instrumentNames[size_t(instrument)]).replace(u'_', u'-'));
    if (rng.percent(40))
        out.string(string(groupNames[size_t(mainGroup)]).replace(u'_', u'-'));
    out.endArray();

    writeStringMember(out, u"language", words.language);
    const V status = practiceStatuses[size_t(rng.weighted(practiceStatusWeights))];
    writeStringMember(out, u"status", status);
    if (status == u"changes_requested")
        writeStringMember(out, u"review_note", rng.pick(words.reviewNotes));
    if (status != u"draft") {
        out.key(u"ref_code");
        out.string(QString(u"PRA-"_s % QString::number(std::min(startYear + 1, 2026)) % u"-"_s %
                           QString::number(index + 1).rightJustified(5, u'0')));
    }
    out.endObject();

    return makeRecord(recordId(Kind::Practice, index), Kind::Practice, out,
                      {{u"body"_s, body.take()},
                       {u"results"_s, results.take()},
                       {u"lessons"_s, lessons.take()},
                       {u"pillars"_s, pillarArray(pillars)},
                       {u"target_groups"_s, groupArray(groupMask)}});
}

QList<Record> SyntheticGenerator::practices(int first, int count) const
{
    count = std::max(0, count);
    QList<Record> records(count);
    // Records are independent, so a large slice is shared out among the cores; each worker
    // writes its own range of the preallocated list.
    const int workers = count < 1024 ? 1 : std::clamp(QThread::idealThreadCount(), 1, 8);
    const int chunk = (count + workers - 1) / std::max(1, workers);
    const auto fill = [this, first, &records](int from, int to) {
        for (int i = from; i < to; ++i)
            records[i] = practice(first + i);
    };
    std::vector<std::unique_ptr<QThread>> threads;
    for (int w = 1; w < workers; ++w) {
        const int from = w * chunk;
        const int to = std::min(count, from + chunk);
        if (from >= to)
            break;
        threads.emplace_back(QThread::create(fill, from, to));
        threads.back()->start();
    }
    fill(0, std::min(count, chunk));
    for (const auto &thread : threads)
        thread->wait();
    return records;
}

Record SyntheticGenerator::thread(int index) const
{
    RandomStream rng = RandomStream::forRecord(m_seed, kindSalt(Kind::Thread), quint64(index));
    const PhraseBook &words = book(Language(rng.weighted(languageWeights)));
    const int primaryPillar = rng.below(3);

    SlotValues slots;
    slots.set(u'i', words.instruments[size_t(rng.weighted(instrumentWeights))]);
    slots.set(u'g', words.groups[size_t(rng.below(9))]);
    slots.set(u't', words.topics[primaryPillar][size_t(rng.below(6))]);
    const QString title = slots.filled(rng.pick(words.threadTitles));

    JsonTextWriter out;
    out.beginObject();
    writeStringMember(out, u"kind", threadKinds[size_t(rng.weighted(threadKindWeights))]);
    const unsigned pillars = randomPillars(rng, primaryPillar);
    out.key(u"practice_ids");
    out.beginArray();
    if (m_practiceCount > 0) {
        const int count = std::min(rng.below(3), m_practiceCount);
        const int first = rng.below(m_practiceCount);
        for (int i = 0; i < count; ++i) // distinct: the second is another practice
            out.string(recordId(Kind::Practice,
                                (first + i * (1 + rng.below(std::max(1, m_practiceCount - 1)))) %
                                    m_practiceCount));
    }
    out.endArray();
    writeStringMember(out, u"status", rng.percent(85) ? V(u"open") : V(u"closed"));
    if (m_meetingCount > 0 && rng.percent(20)) {
        out.key(u"meeting_id");
        out.string(recordId(Kind::Meeting, rng.below(m_meetingCount)));
    }
    out.endObject();

    return makeRecord(recordId(Kind::Thread, index), Kind::Thread, out,
                      {{u"title"_s, title}, {u"pillars"_s, pillarArray(pillars)}});
}

Record SyntheticGenerator::post(int index, const QString &threadId, const QString &replyTo) const
{
    RandomStream rng = RandomStream::forRecord(m_seed, kindSalt(Kind::Post), quint64(index));
    const PhraseBook &words = book(Language(rng.weighted(languageWeights)));

    SlotValues slots;
    slots.set(u'i', words.instruments[size_t(rng.weighted(instrumentWeights))]);
    slots.set(u'g', words.groups[size_t(rng.below(9))]);
    slots.set(u't', words.topics[rng.below(3)][size_t(rng.below(6))]);
    slots.setNumber(u'e', rng.between(2, 9));

    TextBuffer body(640);
    if (!replyTo.isEmpty()) {
        if (rng.percent(50)) {
            body.append(u"> ");
            slots.fill(body, rng.pick(words.postSentences));
            body.append(QStringView(u"\n\n"));
        }
        body.append(view(rng.pick(words.replyOpeners)));
        body.append(u' ');
    }
    appendParagraph(body, rng, slots, words.postSentences, rng.between(1, 3));
    if (rng.percent(40))
        appendParagraph(body, rng, slots, words.postSentences, rng.between(1, 2));
    body.chop(2); // the trailing blank line

    JsonTextWriter out(160);
    out.beginObject();
    out.key(u"thread_id");
    out.string(threadId);
    out.key(u"reply_to");
    if (replyTo.isEmpty())
        out.null();
    else
        out.string(replyTo);
    out.key(u"hidden");
    out.boolean(false);
    out.endObject();

    return makeRecord(recordId(Kind::Post, index), Kind::Post, out, {{u"body"_s, body.take()}});
}

Record SyntheticGenerator::conversationPost(int index, int threadCount) const
{
    threadCount = std::max(1, threadCount);
    const int thread = index % threadCount;
    QString replyTo;
    // A stream of its own, so that the layout does not shift the content of post().
    RandomStream rng = RandomStream::forRecord(m_seed, kindSalt(Kind::Post) + 100, quint64(index));
    if (index >= threadCount && rng.percent(50))
        replyTo = recordId(Kind::Post, index - threadCount);
    return post(index, recordId(Kind::Thread, thread), replyTo);
}

Record SyntheticGenerator::meeting(int index) const
{
    RandomStream rng = RandomStream::forRecord(m_seed, kindSalt(Kind::Meeting), quint64(index));
    const PhraseBook &words = PhraseBook::english();
    const int kind = rng.weighted(meetingKindWeights);
    const int primaryPillar = rng.below(3);
    const int year = rng.between(2019, 2027);
    const int month = rng.between(1, 12);
    const int day = rng.between(1, 25);
    const Country &host = countries[rng.below(countryCount)];

    SlotValues slots;
    slots.set(u'i', words.instruments[size_t(rng.weighted(instrumentWeights))]);
    slots.set(u'g', words.groups[size_t(rng.below(9))]);
    slots.set(u't', words.topics[primaryPillar][size_t(rng.below(6))]);
    slots.setNumber(u'y', year);
    slots.setNumber(u'n', rng.between(3, 25));
    slots.set(u'R', rng.pick(PhraseBook::regions()));
    const QString title = slots.filled(rng.pick(PhraseBook::meetingTitles(kind)));

    JsonTextWriter out(1024);
    out.beginObject();
    writeStringMember(out, u"kind", meetingKinds[size_t(kind)]);
    out.key(u"starts_on");
    out.string(isoDate(year, month, day));
    out.key(u"ends_on");
    out.string(isoDate(year, month, day + rng.between(0, 2)));
    writeStringMember(out, u"host_country", host.code);
    writeStringMember(out, u"mode", meetingModes[size_t(rng.weighted(meetingModeWeights))]);
    const unsigned pillars = randomPillars(rng, primaryPillar);

    out.key(u"participants");
    out.beginArray();
    std::array<int, 32> picked{};
    const int participantCount = pickDistinct(rng, 32, rng.between(5, 30), picked.data());
    // Spread the 32 picks over the whole table, distinct because 2 * 31 < countryCount.
    const int offset = rng.below(countryCount);
    for (int i = 0; i < participantCount; ++i)
        out.string(view(countries[(offset + picked[size_t(i)] * 2) % countryCount].code));
    out.endArray();
    out.endObject();

    TextBuffer agenda(1024);
    agenda.append(QStringView(u"## Agenda\n\n"));
    const Phrases items = PhraseBook::agendaItems();
    const int itemCount = rng.between(5, int(items.size()));
    for (int i = 0; i < itemCount; ++i) {
        // Keep the opening first and the closing last, as real agendas do.
        const size_t item = i == itemCount - 1 ? items.size() - 1 : size_t(i);
        agenda.appendNumber(i + 1);
        agenda.append(QStringView(u". "));
        agenda.append(QString::number(9 + i).rightJustified(2, u'0'));
        agenda.append(i % 2 ? QStringView(u":30 — ") : QStringView(u":00 — "));
        slots.fill(agenda, items[item]);
        agenda.append(u'\n');
    }

    TextBuffer outcomes(512);
    if (year <= 2025) {
        outcomes.append(QStringView(u"## Outcomes\n\n"));
        appendBullets(outcomes, rng, slots, PhraseBook::outcomeItems(), rng.between(2, 4));
        outcomes.chop(1);
    }

    return makeRecord(recordId(Kind::Meeting, index), Kind::Meeting, out,
                      {{u"title"_s, title},
                       {u"city"_s, string(host.capital)},
                       {u"agenda"_s, agenda.take()},
                       {u"outcomes"_s, outcomes.take()},
                       {u"pillars"_s, pillarArray(pillars)}});
}

Record SyntheticGenerator::commitment(int index, const QString &meetingId) const
{
    RandomStream rng = RandomStream::forRecord(m_seed, kindSalt(Kind::Commitment), quint64(index));
    const PhraseBook &words = PhraseBook::english();
    const int pillar = rng.below(3);
    const int deadlineYear = rng.between(2024, 2030);
    const V status = commitmentStatuses[size_t(rng.weighted(commitmentStatusWeights))];

    SlotValues slots;
    slots.set(u'i', words.instruments[size_t(rng.weighted(instrumentWeights))]);
    slots.set(u'g', words.groups[size_t(rng.below(9))]);
    slots.set(u't', words.topics[pillar][size_t(rng.below(6))]);
    slots.setNumber(u'y', deadlineYear);
    slots.setNumber(u'n', rng.between(2, 200) * 50);
    slots.setNumber(u'p', rng.between(10, 60));
    slots.setNumber(u'd', rng.between(3, 30));
    slots.setNumber(u'm', rng.between(2, 250));
    const QString title = slots.filled(rng.pick(PhraseBook::commitmentTitles()));
    const QString description = slots.filled(rng.pick(PhraseBook::commitmentDescriptions()));
    const QString target = slots.filled(rng.pick(PhraseBook::commitmentTargets()));

    JsonTextWriter out(512);
    out.beginObject();
    writeStringMember(out, u"country", countries[rng.below(countryCount)].code);
    writeStringMember(out, u"pillar", pillarNames[pillar]);
    out.key(u"deadline");
    out.string(isoDate(deadlineYear, rng.percent(50) ? 6 : 12, rng.percent(50) ? 30 : 1));
    writeStringMember(out, u"status", status);
    out.key(u"practice_ids");
    out.beginArray();
    if (m_practiceCount > 0 && rng.percent(50))
        out.string(recordId(Kind::Practice, rng.below(m_practiceCount)));
    out.endArray();
    if (!meetingId.isEmpty()) {
        out.key(u"meeting_id");
        out.string(meetingId);
    }
    out.endObject();

    const QString progress =
        status == u"announced" ? QString() : slots.filled(rng.pick(PhraseBook::progressNotes()));
    return makeRecord(recordId(Kind::Commitment, index), Kind::Commitment, out,
                      {{u"title"_s, title},
                       {u"description"_s, description},
                       {u"target"_s, target},
                       {u"progress_note"_s, progress}});
}

Record SyntheticGenerator::initiative(int index, const QString &meetingId,
                                      int commitmentCount) const
{
    RandomStream rng = RandomStream::forRecord(m_seed, kindSalt(Kind::Initiative), quint64(index));
    const PhraseBook &words = PhraseBook::english();
    const int pillar = rng.below(3);
    const int kind = rng.weighted(initiativeKindWeights);
    const V status = initiativeStatuses[size_t(rng.weighted(initiativeStatusWeights))];
    const int startYear = rng.between(2024, 2027);

    // The lead and its partners: distinct countries, spread over the table.
    std::array<int, 32> picked{};
    const int partnerCount = rng.between(2, 5);
    const int drawn = pickDistinct(rng, 32, partnerCount + 1, picked.data());
    const int offset = rng.below(countryCount);
    auto countryAt = [&](int i) {
        return countries[(offset + picked[size_t(i)] * 2) % countryCount].code;
    };

    SlotValues slots;
    slots.set(u'g', words.groups[size_t(rng.below(9))]);
    slots.set(u't', words.topics[pillar][size_t(rng.below(6))]);
    slots.setNumber(u'y', startYear + 1);
    slots.setNumber(u'n', rng.between(2, 200) * 50);
    slots.setNumber(u'p', rng.between(10, 60));
    slots.setNumber(u'd', rng.between(3, 30));
    slots.setNumber(u'm', rng.between(2, 250));
    const QString title =
        string(initiativeTitleOpenings[size_t(kind)]) + slots.filled(u"{t} for {g}");
    const QString description = slots.filled(rng.pick(PhraseBook::commitmentDescriptions()));

    JsonTextWriter out(1024);
    out.beginObject();
    writeStringMember(out, u"lead_country", countryAt(0));
    out.key(u"partners");
    out.beginArray();
    for (int i = 1; i < drawn; ++i) {
        out.beginObject();
        writeStringMember(out, u"country", countryAt(i));
        // Proposals wait for answers; running initiatives have mostly joined partners.
        const bool joined = status == u"proposed" ? rng.percent(40) : rng.percent(85);
        writeStringMember(out, u"state", joined ? V(u"joined") : V(u"invited"));
        out.endObject();
    }
    out.endArray();
    writeStringMember(out, u"kind", initiativeKinds[size_t(kind)]);
    writeStringMember(out, u"status", status);
    out.key(u"starts_on");
    out.string(isoDate(startYear, rng.between(1, 12), 1));
    out.key(u"ends_on");
    out.string(isoDate(startYear + rng.between(1, 3), rng.between(1, 12), 28));
    if (!meetingId.isEmpty()) {
        out.key(u"launched_at_meeting");
        out.string(meetingId);
    }
    out.key(u"commitment_ids");
    out.beginArray();
    if (commitmentCount > 0 && rng.percent(60))
        out.string(recordId(Kind::Commitment, rng.below(commitmentCount)));
    out.endArray();
    out.key(u"practice_ids");
    out.beginArray();
    if (m_practiceCount > 0 && rng.percent(60))
        out.string(recordId(Kind::Practice, rng.below(m_practiceCount)));
    out.endArray();
    out.key(u"milestones");
    out.beginArray();
    const QString id = recordId(Kind::Initiative, index);
    const int milestoneCount = rng.between(2, 5);
    const Phrases targets = PhraseBook::commitmentTargets();
    for (int i = 0; i < milestoneCount; ++i) {
        out.beginObject();
        // Stable ids: derived from the initiative's, so regenerating gives the same milestones.
        out.key(u"id");
        out.string(QUuid::createUuidV5(QUuid::fromString(id), QByteArray::number(i))
                       .toString(QUuid::WithoutBraces));
        out.key(u"title");
        out.string(slots.filled(rng.pick(targets)));
        out.key(u"due");
        out.string(isoDate(startYear + i / 2, (i % 2) ? 12 : 6, (i % 2) ? 31 : 30));
        out.key(u"done");
        out.boolean(status == u"completed" || (status != u"proposed" && rng.percent(40)));
        out.endObject();
    }
    out.endArray();
    out.endObject();

    return makeRecord(id, Kind::Initiative, out,
                      {{u"title"_s, title},
                       {u"summary"_s, description},
                       {u"description"_s, description},
                       {u"pillars"_s, pillarArray(1u << pillar)},
                       {u"outcomes"_s, QString()}});
}

} // namespace smec::datagen
