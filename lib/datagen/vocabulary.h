// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

#include <array>
#include <iterator>
#include <string_view>

// The enumerations and reference tables SyntheticGenerator draws from, with their weights.
// Wire values follow DESIGN.md section 2; the order of each table is the order PhraseBook's
// per-language arrays follow.
namespace smec::datagen::vocabulary {

using V = std::u16string_view;

enum Language { English, French, Spanish, Arabic, Chinese, Russian };
/// The first draw, over the first four languages (kept as it was, so that seeds give the same
/// records); then chinesePercent and russianPercent of practices, drawn from a stream of their
/// own, are written in Chinese or Russian instead (SyntheticGenerator::practice()).
inline constexpr std::array<int, 4> languageWeights{55, 15, 15, 15};
inline constexpr int chinesePercent = 3;
inline constexpr int russianPercent = 3;

struct Country
{
    V code;
    Language language; ///< the language a ministry of that country would most likely write in
    V capital;
};

// Real ISO 3166-1 alpha-3 codes; capitals are used as meeting cities.
inline constexpr Country countries[] = {
    {u"KEN", English, u"Nairobi"},
    {u"NGA", English, u"Abuja"},
    {u"GHA", English, u"Accra"},
    {u"ZAF", English, u"Pretoria"},
    {u"UGA", English, u"Kampala"},
    {u"TZA", English, u"Dodoma"},
    {u"RWA", English, u"Kigali"},
    {u"ETH", English, u"Addis Ababa"},
    {u"IND", English, u"New Delhi"},
    {u"PAK", English, u"Islamabad"},
    {u"BGD", English, u"Dhaka"},
    {u"LKA", English, u"Colombo"},
    {u"IDN", English, u"Jakarta"},
    {u"PHL", English, u"Manila"},
    {u"VNM", English, u"Hanoi"},
    {u"THA", English, u"Bangkok"},
    {u"MYS", English, u"Kuala Lumpur"},
    {u"SGP", English, u"Singapore"},
    {u"KOR", English, u"Seoul"},
    {u"JPN", English, u"Tokyo"},
    {u"AUS", English, u"Canberra"},
    {u"NZL", English, u"Wellington"},
    {u"GBR", English, u"London"},
    {u"IRL", English, u"Dublin"},
    {u"DEU", English, u"Berlin"},
    {u"NLD", English, u"Amsterdam"},
    {u"SWE", English, u"Stockholm"},
    {u"FIN", English, u"Helsinki"},
    {u"EST", English, u"Tallinn"},
    {u"POL", English, u"Warsaw"},
    {u"ITA", English, u"Rome"},
    {u"PRT", English, u"Lisbon"},
    {u"USA", English, u"Washington"},
    {u"CAN", English, u"Ottawa"},
    {u"JAM", English, u"Kingston"},
    {u"TUR", English, u"Ankara"},
    {u"GEO", English, u"Tbilisi"},
    {u"UKR", English, u"Kyiv"},
    {u"KAZ", English, u"Astana"},
    {u"MNG", English, u"Ulaanbaatar"},
    {u"FRA", French, u"Paris"},
    {u"BEL", French, u"Brussels"},
    {u"SEN", French, u"Dakar"},
    {u"CIV", French, u"Yamoussoukro"},
    {u"CMR", French, u"Yaoundé"},
    {u"MDG", French, u"Antananarivo"},
    {u"BEN", French, u"Porto-Novo"},
    {u"LUX", French, u"Luxembourg"},
    {u"CHE", French, u"Bern"},
    {u"ESP", Spanish, u"Madrid"},
    {u"MEX", Spanish, u"Mexico City"},
    {u"COL", Spanish, u"Bogotá"},
    {u"ARG", Spanish, u"Buenos Aires"},
    {u"CHL", Spanish, u"Santiago"},
    {u"PER", Spanish, u"Lima"},
    {u"ECU", Spanish, u"Quito"},
    {u"URY", Spanish, u"Montevideo"},
    {u"CRI", Spanish, u"San José"},
    {u"GTM", Spanish, u"Guatemala City"},
    {u"DOM", Spanish, u"Santo Domingo"},
    {u"PRY", Spanish, u"Asunción"},
    {u"EGY", Arabic, u"Cairo"},
    {u"JOR", Arabic, u"Amman"},
    {u"MAR", Arabic, u"Rabat"},
    {u"TUN", Arabic, u"Tunis"},
    {u"SAU", Arabic, u"Riyadh"},
    {u"ARE", Arabic, u"Abu Dhabi"},
    {u"OMN", Arabic, u"Muscat"},
    {u"QAT", Arabic, u"Doha"},
    {u"KWT", Arabic, u"Kuwait City"},
    {u"BHR", Arabic, u"Manama"},
    {u"LBN", Arabic, u"Beirut"},
};
inline constexpr int countryCount = int(std::size(countries));
// Kept out of `countries`, whose draws for the other languages must not change.
inline constexpr Country chineseCountries[] = {{u"CHN", Chinese, u"Beijing"},
                                               {u"SGP", Chinese, u"Singapore"}};
inline constexpr Country russianCountries[] = {{u"RUS", Russian, u"Moscow"},
                                               {u"KAZ", Russian, u"Astana"},
                                               {u"KGZ", Russian, u"Bishkek"},
                                               {u"BLR", Russian, u"Minsk"}};

inline constexpr V pillarNames[] = {u"digital", u"finance", u"green"};
inline constexpr V instrumentNames[] = {
    u"grant",       u"loan",     u"guarantee", u"equity",          u"tax_incentive",
    u"regulation",  u"training", u"advisory",  u"digital_service", u"platform",
    u"procurement", u"network",  u"other"};
inline constexpr std::array<int, 13> instrumentWeights{14, 10, 10, 5, 7, 6, 12, 10, 8, 7, 4, 4, 3};
inline constexpr V groupNames[] = {u"micro",     u"small",     u"medium",
                                   u"startups",  u"women_led", u"youth_led",
                                   u"exporters", u"informal",  u"rural"};
inline constexpr V topicTags[3][6] = {
    {u"e-invoicing", u"cloud", u"e-commerce", u"cybersecurity", u"digital-payments",
     u"e-government"},
    {u"working-capital", u"collateral", u"supply-chain-finance", u"credit-scoring", u"leasing",
     u"venture-capital"},
    {u"energy-efficiency", u"circular-economy", u"solar", u"green-finance", u"water", u"emissions"},
};
inline constexpr V evidenceLevels[] = {u"emerging", u"promising", u"proven"};
inline constexpr std::array<int, 3> evidenceWeights{40, 40, 20};
inline constexpr V practiceStatuses[] = {
    u"published", u"draft", u"submitted", u"in_review", u"changes_requested", u"archived"};
inline constexpr std::array<int, 6> practiceStatusWeights{78, 6, 4, 4, 3, 5};
inline constexpr V threadKinds[] = {u"question", u"discussion", u"consultation"};
inline constexpr std::array<int, 3> threadKindWeights{50, 35, 15};
inline constexpr V meetingKinds[] = {u"global_ministerial", u"regional", u"thematic",
                                     u"consultation", u"technical"};
inline constexpr std::array<int, 5> meetingKindWeights{10, 30, 30, 15, 15};
inline constexpr V meetingModes[] = {u"in_person", u"virtual", u"hybrid"};
inline constexpr std::array<int, 3> meetingModeWeights{45, 20, 35};
inline constexpr V commitmentStatuses[] = {u"announced",          u"in_progress",  u"achieved",
                                           u"partially_achieved", u"not_achieved", u"withdrawn"};
inline constexpr std::array<int, 6> commitmentStatusWeights{20, 40, 18, 12, 6, 4};
inline constexpr V initiativeKinds[] = {u"joint_programme",   u"peer_review",        u"twinning",
                                        u"regional_facility", u"coordinated_policy", u"other"};
inline constexpr std::array<int, 6> initiativeKindWeights{30, 20, 15, 15, 15, 5};
// English title openings per initiative kind, completed with a pillar topic.
inline constexpr V initiativeTitleOpenings[] = {
    u"Joint programme on ",    u"Peer review of ",        u"Twinning of agencies for ",
    u"Regional facility for ", u"Coordinated policy on ", u"Partnership on "};
inline constexpr V initiativeStatuses[] = {u"proposed", u"active", u"completed", u"paused",
                                           u"ended"};
inline constexpr std::array<int, 5> initiativeStatusWeights{20, 50, 15, 10, 5};

} // namespace smec::datagen::vocabulary
