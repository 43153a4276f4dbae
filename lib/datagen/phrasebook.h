// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <span>
#include <string_view>

namespace smec::datagen {

using Phrases = std::span<const std::u16string_view>;

/// The phrase templates of one language that SyntheticGenerator combines into practices, threads
/// and posts. Templates hold slots in braces, filled per record: `{i}` instrument, `{I}` the same
/// capitalised, `{g}` target group, `{G}` capitalised, `{t}`/`{T}` topics, `{o}` implementing
/// body as used in a sentence, `{n}` `{N}` counts, `{p}` `{q}` `{e}` percentages, `{y}` a year,
/// `{d}` a duration, `{m}` an amount in millions.
///
/// Arrays indexed by enumeration follow DESIGN.md order: instruments as in the `instrument`
/// field, groups as in `target_groups`, topics per pillar (`digital`, `finance`, `green`).
struct PhraseBook final
{
    std::u16string_view language; ///< BCP 47 code
    Phrases instruments;          ///< 13, lower case
    Phrases groups;               ///< 9
    Phrases topics[3];            ///< per pillar
    Phrases orgs;                 ///< field values
    Phrases orgsInText;           ///< same bodies, as used inside a sentence
    Phrases titles;
    Phrases titleQualifiers;
    Phrases summaries;
    Phrases summaryClosers;
    Phrases headings; ///< see PhraseBook::Heading
    Phrases context;
    Phrases design;
    Phrases implementation;
    Phrases results;
    Phrases evidence;
    Phrases worked;
    Phrases didNotWork;
    Phrases advice;
    Phrases tableLabels; ///< indicator, value, budget, firms reached, period, implementing body,
                         ///< ongoing
    Phrases threadTitles;
    Phrases postSentences;
    Phrases replyOpeners;
    Phrases reviewNotes;
    Phrases sourceTitles;

    enum Heading {
        Context,
        Design,
        Implementation,
        KeyFigures,
        Results,
        Evidence,
        Worked,
        DidNotWork,
        Advice,
    };

    enum TableLabel { Indicator, Value, Budget, FirmsReached, Period, Body, Ongoing };

    static const PhraseBook &english();
    static const PhraseBook &french();
    static const PhraseBook &spanish();
    static const PhraseBook &arabic();
    /// Chinese and Russian come in a few per cent of practices (SyntheticGenerator::practice()).
    static const PhraseBook &chinese();
    static const PhraseBook &russian();
    /// Meeting and commitment vocabulary (the secretariat works in English).
    static Phrases meetingTitles(int kindIndex);
    static Phrases regions();
    static Phrases agendaItems();
    static Phrases outcomeItems();
    static Phrases commitmentTitles();
    static Phrases commitmentDescriptions();
    static Phrases commitmentTargets();
    static Phrases progressNotes();
};

} // namespace smec::datagen
