// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "phrasebook.h"

// Phrase templates for synthetic content. They read like ministry prose so that search, ranking,
// snippets and layout are exercised on realistic vocabulary (accents, Arabic script), but they
// describe no real programme: every combination is invented.

namespace smec::datagen {

namespace {

using V = std::u16string_view;

// ---------------------------------------------------------------------------------- English

constexpr V enInstruments[] = {
    u"grant scheme",
    u"concessional loan line",
    u"partial credit guarantee",
    u"co-investment fund",
    u"tax incentive",
    u"regulatory simplification",
    u"training programme",
    u"advisory service",
    u"online public service",
    u"digital platform",
    u"public procurement set-aside",
    u"business network",
    u"support package",
};
constexpr V enGroups[] = {
    u"micro-enterprises",    u"small firms",          u"medium-sized enterprises",
    u"early-stage startups", u"women-led businesses", u"youth-led businesses",
    u"first-time exporters", u"informal businesses",  u"rural enterprises",
};
constexpr V enDigital[] = {u"e-invoicing adoption", u"cloud accounting",
                           u"e-commerce readiness", u"basic cybersecurity",
                           u"digital payments",     u"online business registration"};
constexpr V enFinance[] = {u"working capital",      u"collateral-free lending",
                           u"supply-chain finance", u"credit scoring with alternative data",
                           u"equipment leasing",    u"early-stage equity"};
constexpr V enGreen[] = {u"energy-efficiency upgrades",
                         u"circular economy practices",
                         u"rooftop solar",
                         u"green lending",
                         u"water efficiency",
                         u"emissions reporting"};
constexpr V enOrgs[] = {
    u"National SME Agency",         u"Ministry of Economy",     u"Ministry of Trade and Industry",
    u"National Development Bank",   u"Export Promotion Agency", u"National Chamber of Commerce",
    u"Ministry of Digital Economy", u"National Guarantee Fund", u"Ministry of Environment",
    u"National Innovation Agency"};
constexpr V enOrgsInText[] = {u"the National SME Agency",
                              u"the Ministry of Economy",
                              u"the Ministry of Trade and Industry",
                              u"the National Development Bank",
                              u"the Export Promotion Agency",
                              u"the National Chamber of Commerce",
                              u"the Ministry of Digital Economy",
                              u"the National Guarantee Fund",
                              u"the Ministry of Environment",
                              u"the National Innovation Agency"};
constexpr V enTitles[] = {
    u"{I} for {g}: {t}", u"{I} to support {t} among {g}", u"Scaling {t} for {g} through a {i}",
    u"{I} for {t}",      u"Helping {g} with {t}: a {i}",
};
constexpr V enTitleQualifiers[] = {
    u"", u"", u"", u" (pilot)", u" in rural regions", u", second phase", u" in secondary cities"};
constexpr V enSummaries[] = {
    u"The {i} helps {g} with {t} by combining targeted support with simple procedures. It was "
    u"launched in {y} by {o} and has reached {n} firms so far.",
    u"A {i} run by {o} since {y}, aimed at {g} and focused on {t}. Around {p}% of participants "
    u"reported higher sales within two years.",
    u"This practice describes how {o} designed a {i} for {g}, what it cost and what it achieved "
    u"on {t}.",
    u"Launched in {y}, the {i} lowers the cost of {t} for {g}. Take-up exceeded the initial "
    u"target by {p}% and the scheme was extended.",
};
constexpr V enSummaryClosers[] = {
    u" It is documented here so that other countries can adapt it.",
    u" The design, costs and evaluation results are summarised below.",
    u" Figures are reported by the implementing body.",
};
constexpr V enHeadings[] = {u"Context",
                            u"Design",
                            u"Implementation",
                            u"Key figures",
                            u"Results",
                            u"Evidence",
                            u"What worked",
                            u"What did not work",
                            u"Advice for other countries"};
constexpr V enContext[] = {
    u"Before {y}, fewer than {p}% of {g} had access to {t}, according to the national "
    u"enterprise survey.",
    u"{G} account for a large share of employment but face high transaction costs when they try "
    u"to adopt {t}.",
    u"Consultations with business associations showed that complex paperwork, not lack of "
    u"interest, was the main barrier.",
    u"Commercial banks regarded {g} as high-risk borrowers and typically asked for collateral "
    u"worth {q}% of the loan.",
    u"The national SME strategy set a target of doubling the number of firms engaged in {t} by "
    u"the end of the decade.",
    u"Regional disparities were significant: firms outside the capital were three times less "
    u"likely to use {t}.",
    u"Earlier pilots had shown promise but remained small and fragmented across several "
    u"agencies.",
    u"The pandemic accelerated demand for {T} and made the gap between large and small firms "
    u"more visible.",
    u"A diagnostic carried out with development partners identified {t} as a priority for "
    u"productivity growth.",
    u"Many {g} operate with fewer than five employees and have no dedicated finance or IT "
    u"staff.",
};
constexpr V enDesign[] = {
    u"**Eligibility:** {g} registered for at least one year, with annual turnover below the "
    u"national SME threshold.",
    u"**Support:** a {i} covering up to {p}% of eligible costs, capped per firm.",
    u"**Delivery:** applications submitted online in under thirty minutes, with decisions within "
    u"{d} days.",
    u"**Partners:** accredited service providers, commercial banks and business associations.",
    u"**Conditionality:** a short diagnostic and an action plan agreed with an adviser before "
    u"funds are released.",
    u"**Targeting:** at least {q}% of the budget reserved for firms outside the capital region.",
    u"**Monitoring:** quarterly reporting through a shared dashboard with anonymised firm-level "
    u"data.",
    u"**Exit:** support tapers off over {d} months so that firms take full ownership of the "
    u"investment.",
    u"**Co-financing:** firms contribute between 10% and 30% of costs, which improved "
    u"commitment.",
    u"**Simplicity:** one application form, one contact point and standard contracts for all "
    u"partners.",
};
constexpr V enImplementation[] = {
    u"{O} ran the programme through a small dedicated unit of {d} staff, working with regional "
    u"offices.",
    u"A call for service providers was launched first, so that a catalogue of accredited "
    u"solutions was ready on day one.",
    u"Applications opened in {y} and were processed in monthly batches, with priority for "
    u"first-time applicants.",
    u"Awareness campaigns used radio, social media and chambers of commerce to reach {g}.",
    u"An independent evaluator was contracted from the start and agreed the baseline indicators "
    u"with the team.",
    u"Payments were made directly to providers after the firm confirmed delivery, reducing the "
    u"risk of misuse.",
    u"Mid-term adjustments simplified the eligibility rules after take-up among {g} was lower "
    u"than expected.",
    u"Data-sharing agreements with the tax administration allowed automatic checks of turnover "
    u"and registration.",
    u"Training sessions on {T} were delivered in local languages, in person and online.",
    u"A help desk answered on average {n} requests per month during the first year.",
};
constexpr V enResults[] = {
    u"{n} firms supported, of which {p}% were {g}.",
    u"Average turnover of participating firms grew by {q}% compared with a matched control "
    u"group.",
    u"Adoption of {t} among participants rose from {e}% to {q}%.",
    u"{N} jobs created or preserved, according to the programme's monitoring data.",
    u"Processing time fell from {d} weeks to a few days.",
    u"Every dollar of public funds mobilised an estimated {e} dollars of private investment.",
    u"Participant satisfaction reached {q}% in the final survey.",
    u"Energy consumption of participating firms fell by {p}% on average.",
    u"Default rates on supported loans stayed below {e}%.",
};
constexpr V enEvidence[] = {
    u"Results come from an independent evaluation using a matched comparison group of "
    u"non-participants.",
    u"Figures are based on administrative data and a survey of {n} participating firms.",
    u"A phased roll-out across regions allowed a rigorous estimate of the impact.",
    u"Evidence is still emerging: the evaluation covers only the first {d} months of operation.",
    u"Tax records were used to verify turnover growth one and two years after support.",
};
constexpr V enWorked[] = {
    u"Keeping the application short and fully online increased take-up among {g}.",
    u"Working through trusted intermediaries such as chambers of commerce built credibility "
    u"quickly.",
    u"Paying providers only after delivery protected public funds without burdening firms.",
    u"Publishing results every quarter kept political support and helped adjust the design.",
    u"Combining financial support with advice on {t} produced better results than either "
    u"alone.",
    u"A clear exit strategy avoided long-term dependency on subsidies.",
    u"Involving the tax administration early made automatic eligibility checks possible.",
    u"Peer learning between participating firms spread practical know-how at low cost.",
};
constexpr V enDidNotWork[] = {
    u"The first call was oversubscribed, and the waiting list frustrated applicants.",
    u"Rural firms needed more hands-on support than the budget had foreseen.",
    u"Some accredited providers inflated prices until a price ceiling was introduced.",
    u"Reporting requirements were too heavy for the smallest firms and were later simplified.",
    u"Awareness remained low among {g} outside the main cities.",
    u"Coordination between agencies took longer than planned and delayed the launch by {d} "
    u"months.",
};
constexpr V enAdvice[] = {
    u"Start with a small pilot, measure it properly, and scale what works.",
    u"Agree on indicators and data sharing before the launch, not after.",
    u"Budget for outreach: the firms that need support most are the hardest to reach.",
    u"Design the scheme with the intermediaries who will deliver it.",
    u"Plan the exit from public support from the beginning.",
};
constexpr V enTableLabels[] = {u"Indicator",     u"Value",  u"Budget (USD)",
                               u"Firms reached", u"Period", u"Implementing body",
                               u"ongoing"};
constexpr V enThreadTitles[] = {
    u"How to design a {i} for {g}?",
    u"Experiences with {t} for small firms",
    u"Measuring the impact of {t}: which indicators?",
    u"Peer exchange: {i} and {t}",
    u"Consultation: draft guidance on {t}",
    u"Lessons from scaling a {i}",
};
constexpr V enPostSentences[] = {
    u"Thank you for sharing this. How did you decide on the eligibility threshold for {g}?",
    u"We ran a similar {i} and found that take-up depended heavily on outreach through business "
    u"associations.",
    u"Could you share the evaluation report, or at least the baseline indicators you used?",
    u"In our experience, combining advice on {t} with finance worked better than grants alone.",
    u"What was the average processing time for applications in the first year?",
    u"Our ministry is preparing a {i} for {g}; we would welcome a short call with your team.",
    u"The point about paying providers after delivery is important; we had problems with advance "
    u"payments.",
    u"Did you coordinate with the tax administration for eligibility checks, and how long did the "
    u"data agreement take?",
    u"We saw default rates of about {e}% on comparable loans, so these figures look encouraging.",
    u"I would add that rural firms needed much more hands-on support than we planned for.",
    u"How did you measure results on {t}? We struggle to find a credible comparison group.",
    u"Agreed. The secretariat could compile the designs shared in this thread into a short note.",
};
constexpr V enReplyOpeners[] = {u"Good question.", u"To answer your question:",
                                u"Thanks, that is helpful.", u"Building on this point:"};
constexpr V enReviewNotes[] = {
    u"Please add the source of the results figures and the evaluation method.",
    u"The budget and the number of beneficiaries do not match the summary; please check.",
    u"Please describe what did not work, so that other countries can learn from it.",
};
constexpr V enSourceTitles[] = {u"Programme evaluation report", u"Annual activity report",
                                u"Operational guidelines", u"Impact assessment summary",
                                u"Ministerial decree establishing the scheme"};

// ---------------------------------------------------------------------------------- French

constexpr V frInstruments[] = {
    u"programme de subventions",     u"ligne de prêts concessionnels",
    u"garantie partielle de crédit", u"fonds de co-investissement",
    u"incitation fiscale",           u"simplification réglementaire",
    u"programme de formation",       u"service de conseil",
    u"service public en ligne",      u"plateforme numérique",
    u"quota de marchés publics",     u"réseau d'entreprises",
    u"dispositif d'appui",
};
constexpr V frGroups[] = {
    u"les micro-entreprises",
    u"les petites entreprises",
    u"les moyennes entreprises",
    u"les jeunes pousses",
    u"les entreprises dirigées par des femmes",
    u"les entreprises de jeunes",
    u"les primo-exportateurs",
    u"les entreprises informelles",
    u"les entreprises rurales",
};
constexpr V frDigital[] = {u"facturation électronique", u"comptabilité en nuage",
                           u"commerce en ligne",        u"cybersécurité de base",
                           u"paiements numériques",     u"transformation numérique"};
constexpr V frFinance[] = {u"fonds de roulement",
                           u"crédit sans garantie",
                           u"financement de la chaîne d'approvisionnement",
                           u"notation de crédit alternative",
                           u"crédit-bail d'équipements",
                           u"capital d'amorçage"};
constexpr V frGreen[] = {u"efficacité énergétique", u"économie circulaire",
                         u"solaire en toiture",     u"crédit vert",
                         u"gestion de l'eau",       u"mesure des émissions"};
constexpr V frOrgs[] = {u"Agence nationale des PME",
                        u"Ministère de l'Économie",
                        u"Ministère du Commerce et de l'Industrie",
                        u"Banque publique d'investissement",
                        u"Agence de promotion des exportations",
                        u"Chambre de commerce et d'industrie",
                        u"Ministère de l'Économie numérique",
                        u"Fonds national de garantie",
                        u"Ministère de l'Environnement",
                        u"Agence nationale de l'innovation"};
constexpr V frOrgsInText[] = {u"l'Agence nationale des PME",
                              u"le ministère de l'Économie",
                              u"le ministère du Commerce et de l'Industrie",
                              u"la Banque publique d'investissement",
                              u"l'Agence de promotion des exportations",
                              u"la Chambre de commerce et d'industrie",
                              u"le ministère de l'Économie numérique",
                              u"le Fonds national de garantie",
                              u"le ministère de l'Environnement",
                              u"l'Agence nationale de l'innovation"};
constexpr V frTitles[] = {
    u"{I} pour {g} : {t}",
    u"{I} en matière de {t}",
    u"Accompagner {g} vers {t} : {i}",
    u"{I} au service de {t}",
};
constexpr V frTitleQualifiers[] = {
    u"", u"", u"", u" (phase pilote)", u" en zones rurales", u", deuxième phase"};
constexpr V frSummaries[] = {
    u"Le {i} aide {g} en matière de {t} en combinant un appui ciblé et des procédures simples. "
    u"Lancé en {y} par {o}, il a déjà touché {n} entreprises.",
    u"Un {i} géré par {o} depuis {y}, destiné en priorité à {g} et centré sur {t}. Environ {p} % "
    u"des participants déclarent une hausse de leur chiffre d'affaires en deux ans.",
    u"Cette pratique décrit comment {o} a conçu un {i} pour {g}, son coût et ses résultats en "
    u"matière de {t}.",
};
constexpr V frSummaryClosers[] = {
    u" Elle est documentée ici pour que d'autres pays puissent l'adapter.",
    u" La conception, les coûts et les résultats de l'évaluation sont résumés ci-dessous.",
};
constexpr V frHeadings[] = {u"Contexte",
                            u"Conception",
                            u"Mise en œuvre",
                            u"Chiffres clés",
                            u"Résultats",
                            u"Données probantes",
                            u"Ce qui a fonctionné",
                            u"Ce qui n'a pas fonctionné",
                            u"Conseils aux autres pays"};
constexpr V frContext[] = {
    u"Avant {y}, moins de {p} % des entreprises ciblées avaient accès à des solutions de {t}, "
    u"selon l'enquête nationale sur les entreprises.",
    u"{G} représentent une part importante de l'emploi mais supportent des coûts de transaction "
    u"élevés en matière de {t}.",
    u"Les consultations avec les organisations professionnelles ont montré que la complexité "
    u"administrative, et non le manque d'intérêt, était le principal obstacle.",
    u"Les banques commerciales considéraient ces entreprises comme des emprunteurs à risque et "
    u"exigeaient des garanties de l'ordre de {q} % du prêt.",
    u"La stratégie nationale pour les PME visait à doubler le nombre d'entreprises engagées dans "
    u"la {T} d'ici la fin de la décennie.",
    u"Les disparités régionales étaient fortes : hors de la capitale, les entreprises étaient "
    u"trois fois moins équipées.",
    u"Des projets pilotes antérieurs s'étaient révélés prometteurs mais restaient dispersés entre "
    u"plusieurs agences.",
    u"La pandémie a accéléré la demande de services numériques et rendu plus visible l'écart entre "
    u"grandes et petites entreprises.",
};
constexpr V frDesign[] = {
    u"**Éligibilité :** entreprises immatriculées depuis au moins un an, dont le chiffre "
    u"d'affaires est inférieur au seuil national des PME.",
    u"**Appui :** un {i} couvrant jusqu'à {p} % des dépenses éligibles, plafonné par entreprise.",
    u"**Guichet :** demande en ligne en moins de trente minutes, décision sous {d} jours.",
    u"**Partenaires :** prestataires agréés, banques commerciales et organisations "
    u"professionnelles.",
    u"**Conditionnalité :** un court diagnostic et un plan d'action validé avec un conseiller "
    u"avant tout décaissement.",
    u"**Ciblage :** au moins {q} % du budget réservé aux entreprises situées hors de la capitale.",
    u"**Suivi :** rapports trimestriels au moyen d'un tableau de bord partagé et de données "
    u"anonymisées.",
    u"**Cofinancement :** les entreprises apportent entre 10 % et 30 % du coût, ce qui renforce "
    u"leur engagement.",
};
constexpr V frImplementation[] = {
    u"{O} a piloté le dispositif avec une petite équipe dédiée de {d} personnes, en lien avec les "
    u"directions régionales.",
    u"Un appel à prestataires a été lancé en premier, afin qu'un catalogue de solutions agréées "
    u"soit disponible dès l'ouverture.",
    u"Les candidatures ont été ouvertes en {y} et traitées par lots mensuels, en donnant la "
    u"priorité aux primo-demandeurs.",
    u"Des campagnes de sensibilisation à la radio et sur les réseaux sociaux ont permis "
    u"d'atteindre {g}.",
    u"Un évaluateur indépendant a été recruté dès le départ et a fixé les indicateurs de "
    u"référence avec l'équipe.",
    u"Les paiements étaient versés directement aux prestataires après confirmation de la "
    u"livraison par l'entreprise.",
    u"Des sessions de formation sur la {T} ont été organisées en présentiel et à distance.",
    u"Un service d'assistance a traité en moyenne {n} demandes par mois la première année.",
};
constexpr V frResults[] = {
    u"{n} entreprises accompagnées, dont {p} % situées hors de la capitale.",
    u"Le chiffre d'affaires moyen des bénéficiaires a progressé de {q} % par rapport à un groupe "
    u"témoin.",
    u"L'adoption de solutions de {t} est passée de {e} % à {q} % parmi les participants.",
    u"{N} emplois créés ou maintenus selon les données de suivi du programme.",
    u"Le délai de traitement est passé de {d} semaines à quelques jours.",
    u"Chaque euro public a mobilisé environ {e} euros d'investissement privé.",
    u"La consommation d'énergie des entreprises participantes a baissé de {p} % en moyenne.",
};
constexpr V frEvidence[] = {
    u"Les résultats proviennent d'une évaluation indépendante fondée sur un groupe de comparaison "
    u"apparié.",
    u"Les chiffres reposent sur des données administratives et une enquête auprès de {n} "
    u"entreprises bénéficiaires.",
    u"Les données sont encore préliminaires : l'évaluation ne couvre que les {d} premiers mois.",
};
constexpr V frWorked[] = {
    u"Un dossier court et entièrement en ligne a favorisé la participation des entreprises.",
    u"Le recours à des intermédiaires de confiance, comme les chambres de commerce, a "
    u"rapidement crédibilisé le dispositif.",
    u"Le paiement des prestataires après livraison a protégé les fonds publics.",
    u"La publication trimestrielle des résultats a maintenu le soutien politique.",
    u"Associer financement et conseil en matière de {t} a donné de meilleurs résultats.",
    u"Les échanges entre entreprises participantes ont diffusé un savoir-faire concret à faible "
    u"coût.",
};
constexpr V frDidNotWork[] = {
    u"Le premier appel a été sursouscrit et la liste d'attente a découragé certains candidats.",
    u"Les entreprises rurales avaient besoin d'un accompagnement plus soutenu que prévu.",
    u"Certains prestataires ont gonflé leurs prix jusqu'à l'introduction d'un plafond.",
    u"La coordination entre agences a retardé le lancement de {d} mois.",
};
constexpr V frAdvice[] = {
    u"Commencer par un projet pilote, le mesurer sérieusement, puis étendre ce qui fonctionne.",
    u"Convenir des indicateurs et du partage des données avant le lancement.",
    u"Prévoir un budget de communication : les entreprises qui en ont le plus besoin sont les "
    u"plus difficiles à atteindre.",
};
constexpr V frTableLabels[] = {u"Indicateur",   u"Valeur",
                               u"Budget (USD)", u"Entreprises touchées",
                               u"Période",      u"Organisme de mise en œuvre",
                               u"en cours"};
constexpr V frThreadTitles[] = {
    u"Comment concevoir un {i} pour {g} ?",
    u"Retours d'expérience sur la {t}",
    u"Mesurer l'impact en matière de {t} : quels indicateurs ?",
};
constexpr V frPostSentences[] = {
    u"Merci pour ce partage. Comment avez-vous fixé le seuil d'éligibilité ?",
    u"Nous avons mis en place un {i} similaire ; la participation dépendait beaucoup des "
    u"organisations professionnelles.",
    u"Pourriez-vous partager le rapport d'évaluation, ou au moins les indicateurs de référence ?",
    u"Chez nous, associer conseil et financement en matière de {t} a mieux fonctionné que les "
    u"subventions seules.",
    u"Quel était le délai moyen de traitement des demandes la première année ?",
    u"Notre ministère prépare un dispositif pour {g} ; un court échange avec votre équipe serait "
    u"très utile.",
};
constexpr V frReplyOpeners[] = {u"Bonne question.", u"Pour répondre à votre question :",
                                u"Merci, c'est très utile."};
constexpr V frReviewNotes[] = {
    u"Merci d'indiquer la source des chiffres de résultats et la méthode d'évaluation.",
    u"Le budget et le nombre de bénéficiaires ne correspondent pas au résumé ; merci de vérifier.",
};
constexpr V frSourceTitles[] = {u"Rapport d'évaluation du programme", u"Rapport d'activité annuel",
                                u"Guide opérationnel"};

// ---------------------------------------------------------------------------------- Spanish

constexpr V esInstruments[] = {
    u"programa de subvenciones",
    u"línea de préstamos concesionales",
    u"garantía parcial de crédito",
    u"fondo de coinversión",
    u"incentivo fiscal",
    u"simplificación regulatoria",
    u"programa de capacitación",
    u"servicio de asesoría",
    u"servicio público en línea",
    u"plataforma digital",
    u"reserva de compras públicas",
    u"red empresarial",
    u"paquete de apoyo",
};
constexpr V esGroups[] = {
    u"las microempresas",
    u"las pequeñas empresas",
    u"las medianas empresas",
    u"las empresas emergentes",
    u"las empresas lideradas por mujeres",
    u"las empresas de jóvenes",
    u"las empresas exportadoras noveles",
    u"las empresas informales",
    u"las empresas rurales",
};
constexpr V esDigital[] = {u"facturación electrónica", u"contabilidad en la nube",
                           u"comercio electrónico",    u"ciberseguridad básica",
                           u"pagos digitales",         u"transformación digital"};
constexpr V esFinance[] = {u"capital de trabajo",
                           u"financiación sin garantías",
                           u"financiación de la cadena de suministro",
                           u"calificación crediticia alternativa",
                           u"arrendamiento de equipos",
                           u"capital semilla"};
constexpr V esGreen[] = {u"eficiencia energética",    u"economía circular",
                         u"energía solar en tejados", u"crédito verde",
                         u"eficiencia hídrica",       u"medición de emisiones"};
constexpr V esOrgs[] = {u"Agencia Nacional de Pymes",
                        u"Ministerio de Economía",
                        u"Ministerio de Comercio e Industria",
                        u"Banco Nacional de Desarrollo",
                        u"Agencia de Promoción de Exportaciones",
                        u"Cámara Nacional de Comercio",
                        u"Ministerio de Economía Digital",
                        u"Fondo Nacional de Garantías",
                        u"Ministerio de Ambiente",
                        u"Agencia Nacional de Innovación"};
constexpr V esOrgsInText[] = {u"la Agencia Nacional de Pymes",
                              u"el Ministerio de Economía",
                              u"el Ministerio de Comercio e Industria",
                              u"el Banco Nacional de Desarrollo",
                              u"la Agencia de Promoción de Exportaciones",
                              u"la Cámara Nacional de Comercio",
                              u"el Ministerio de Economía Digital",
                              u"el Fondo Nacional de Garantías",
                              u"el Ministerio de Ambiente",
                              u"la Agencia Nacional de Innovación"};
constexpr V esTitles[] = {
    u"{I} para {g}: {t}",
    u"{I} en materia de {t}",
    u"Acompañar a {g} en {t}: {i}",
    u"{I} al servicio de la {T}",
};
constexpr V esTitleQualifiers[] = {
    u"", u"", u"", u" (fase piloto)", u" en zonas rurales", u", segunda fase"};
constexpr V esSummaries[] = {
    u"El {i} apoya a {g} en materia de {t} combinando apoyo focalizado y trámites sencillos. "
    u"Fue lanzado en {y} por {o} y ya ha llegado a {n} empresas.",
    u"Un {i} gestionado por {o} desde {y}, dirigido a {g} y centrado en {t}. Alrededor del {p} % "
    u"de los participantes declaró un aumento de sus ventas en dos años.",
    u"Esta práctica describe cómo {o} diseñó un {i} para {g}, cuánto costó y qué logró en materia "
    u"de {t}.",
};
constexpr V esSummaryClosers[] = {
    u" Se documenta aquí para que otros países puedan adaptarla.",
    u" A continuación se resumen el diseño, los costos y los resultados de la evaluación.",
};
constexpr V esHeadings[] = {
    u"Contexto",     u"Diseño",          u"Implementación",
    u"Cifras clave", u"Resultados",      u"Evidencia",
    u"Qué funcionó", u"Qué no funcionó", u"Recomendaciones para otros países"};
constexpr V esContext[] = {
    u"Antes de {y}, menos del {p} % de las empresas destinatarias tenía acceso a soluciones de "
    u"{t}, según la encuesta nacional de empresas.",
    u"{G} concentran una parte importante del empleo pero enfrentan altos costos de transacción "
    u"en materia de {t}.",
    u"Las consultas con las asociaciones empresariales mostraron que la complejidad de los "
    u"trámites, y no la falta de interés, era la principal barrera.",
    u"La banca comercial consideraba a estas empresas prestatarias de alto riesgo y exigía "
    u"garantías de hasta el {q} % del préstamo.",
    u"La estrategia nacional de pymes fijó la meta de duplicar el número de empresas que "
    u"participan en la {T} antes del final de la década.",
    u"Las disparidades regionales eran notables: fuera de la capital, la adopción era tres veces "
    u"menor.",
    u"Los pilotos anteriores habían sido prometedores, pero seguían dispersos entre varias "
    u"agencias.",
    u"La pandemia aceleró la demanda de financiación y de servicios digitales y evidenció la "
    u"brecha entre grandes y pequeñas empresas.",
};
constexpr V esDesign[] = {
    u"**Elegibilidad:** empresas registradas desde hace al menos un año, con ventas anuales "
    u"inferiores al umbral nacional de pymes.",
    u"**Apoyo:** un {i} que cubre hasta el {p} % de los costos elegibles, con un tope por "
    u"empresa.",
    u"**Ventanilla:** solicitud en línea en menos de treinta minutos y resolución en {d} días.",
    u"**Aliados:** proveedores acreditados, bancos comerciales y asociaciones empresariales.",
    u"**Condicionalidad:** un diagnóstico breve y un plan de acción acordado con un asesor antes "
    u"del desembolso.",
    u"**Focalización:** al menos el {q} % del presupuesto reservado a empresas fuera de la "
    u"capital.",
    u"**Seguimiento:** informes trimestrales mediante un tablero compartido con datos "
    u"anonimizados.",
    u"**Cofinanciación:** las empresas aportan entre el 10 % y el 30 % del costo, lo que mejoró su "
    u"compromiso.",
};
constexpr V esImplementation[] = {
    u"{O} gestionó el programa con un pequeño equipo dedicado de {d} personas, junto con las "
    u"oficinas regionales.",
    u"Primero se abrió una convocatoria de proveedores, para contar con un catálogo de soluciones "
    u"acreditadas desde el inicio.",
    u"Las solicitudes se abrieron en {y} y se tramitaron en lotes mensuales, con prioridad para "
    u"quienes solicitaban por primera vez.",
    u"Las campañas de difusión en radio y redes sociales permitieron llegar a {g}.",
    u"Se contrató desde el inicio a un evaluador independiente, que acordó la línea de base con "
    u"el equipo.",
    u"Los pagos se hacían directamente a los proveedores una vez que la empresa confirmaba la "
    u"entrega.",
    u"Se impartieron talleres sobre {T} de forma presencial y en línea.",
    u"Una mesa de ayuda atendió en promedio {n} consultas al mes durante el primer año.",
};
constexpr V esResults[] = {
    u"{n} empresas apoyadas, de las cuales el {p} % se ubica fuera de la capital.",
    u"Las ventas promedio de las empresas participantes crecieron un {q} % frente a un grupo de "
    u"control.",
    u"La adopción de {t} entre los participantes pasó del {e} % al {q} %.",
    u"{N} empleos creados o mantenidos, según los datos de seguimiento del programa.",
    u"El tiempo de tramitación bajó de {d} semanas a pocos días.",
    u"Cada dólar público movilizó cerca de {e} dólares de inversión privada.",
    u"El consumo de energía de las empresas participantes cayó un {p} % en promedio.",
};
constexpr V esEvidence[] = {
    u"Los resultados provienen de una evaluación independiente con un grupo de comparación "
    u"emparejado.",
    u"Las cifras se basan en registros administrativos y en una encuesta a {n} empresas "
    u"participantes.",
    u"La evidencia aún es preliminar: la evaluación cubre solo los primeros {d} meses.",
};
constexpr V esWorked[] = {
    u"Una solicitud corta y totalmente en línea aumentó la participación.",
    u"Trabajar con intermediarios de confianza, como las cámaras de comercio, generó "
    u"credibilidad rápidamente.",
    u"Pagar a los proveedores después de la entrega protegió los fondos públicos.",
    u"Publicar resultados cada trimestre mantuvo el apoyo político.",
    u"Combinar financiación y asesoría en {t} dio mejores resultados que cada uno por separado.",
    u"El aprendizaje entre pares difundió conocimientos prácticos a bajo costo.",
};
constexpr V esDidNotWork[] = {
    u"La primera convocatoria tuvo exceso de demanda y la lista de espera desanimó a algunos "
    u"solicitantes.",
    u"Las empresas rurales necesitaron más acompañamiento del previsto.",
    u"Algunos proveedores inflaron sus precios hasta que se fijó un tope.",
    u"La coordinación entre agencias retrasó el lanzamiento {d} meses.",
};
constexpr V esAdvice[] = {
    u"Empezar con un piloto pequeño, medirlo bien y ampliar lo que funciona.",
    u"Acordar indicadores e intercambio de datos antes del lanzamiento.",
    u"Presupuestar la difusión: las empresas que más lo necesitan son las más difíciles de "
    u"alcanzar.",
};
constexpr V esTableLabels[] = {
    u"Indicador",         u"Valor",   u"Presupuesto (USD)", u"Empresas atendidas", u"Período",
    u"Entidad ejecutora", u"en curso"};
constexpr V esThreadTitles[] = {
    u"¿Cómo diseñar un {i} para {g}?",
    u"Experiencias en {t}",
    u"Medir el impacto en materia de {t}: ¿qué indicadores?",
};
constexpr V esPostSentences[] = {
    u"Gracias por compartir. ¿Cómo definieron el umbral de elegibilidad?",
    u"Implementamos un {i} similar y la participación dependió mucho de las asociaciones "
    u"empresariales.",
    u"¿Podrían compartir el informe de evaluación o al menos la línea de base?",
    u"En nuestra experiencia, combinar asesoría en {t} con financiación funcionó mejor que las "
    u"subvenciones solas.",
    u"¿Cuál fue el tiempo promedio de tramitación durante el primer año?",
    u"Nuestro ministerio prepara un programa para {g}; nos gustaría conversar con su equipo.",
};
constexpr V esReplyOpeners[] = {u"Buena pregunta.", u"Para responder a su pregunta:",
                                u"Gracias, es muy útil."};
constexpr V esReviewNotes[] = {
    u"Por favor, indiquen la fuente de las cifras de resultados y el método de evaluación.",
    u"El presupuesto y el número de beneficiarios no coinciden con el resumen; revísenlos.",
};
constexpr V esSourceTitles[] = {u"Informe de evaluación del programa", u"Informe anual de gestión",
                                u"Manual operativo"};

// ---------------------------------------------------------------------------------- Arabic

constexpr V arInstruments[] = {
    u"برنامج منح",
    u"خط قروض ميسّرة",
    u"ضمان ائتماني جزئي",
    u"صندوق استثمار مشترك",
    u"حافز ضريبي",
    u"تبسيط تنظيمي",
    u"برنامج تدريبي",
    u"خدمة استشارية",
    u"خدمة حكومية إلكترونية",
    u"منصة رقمية",
    u"حصة في المشتريات العامة",
    u"شبكة أعمال",
    u"حزمة دعم",
};
constexpr V arGroups[] = {
    u"المؤسسات متناهية الصغر", u"المؤسسات الصغيرة",          u"المؤسسات المتوسطة",
    u"الشركات الناشئة",        u"المؤسسات التي تقودها نساء", u"المؤسسات التي يقودها شباب",
    u"المصدّرين الجدد",         u"المؤسسات غير الرسمية",      u"المؤسسات الريفية",
};
constexpr V arDigital[] = {u"الفوترة الإلكترونية", u"المحاسبة السحابية", u"التجارة الإلكترونية",
                           u"الأمن السيبراني",     u"المدفوعات الرقمية", u"التحول الرقمي"};
constexpr V arFinance[] = {u"رأس المال العامل",         u"الإقراض دون ضمانات",
                           u"تمويل سلاسل الإمداد",      u"التصنيف الائتماني البديل",
                           u"التأجير التمويلي للمعدات", u"رأس المال التأسيسي"};
constexpr V arGreen[] = {u"كفاءة الطاقة",   u"الاقتصاد الدائري",     u"الطاقة الشمسية على الأسطح",
                         u"التمويل الأخضر", u"كفاءة استخدام المياه", u"قياس الانبعاثات"};
constexpr V arOrgs[] = {u"الهيئة الوطنية للمؤسسات الصغيرة والمتوسطة",
                        u"وزارة الاقتصاد",
                        u"وزارة التجارة والصناعة",
                        u"بنك التنمية الوطني",
                        u"هيئة تنمية الصادرات",
                        u"غرفة التجارة والصناعة",
                        u"وزارة الاقتصاد الرقمي",
                        u"الصندوق الوطني للضمان",
                        u"وزارة البيئة",
                        u"الهيئة الوطنية للابتكار"};
constexpr V arTitles[] = {
    u"{I} لدعم {g}: {t}",
    u"{I} في مجال {t}",
    u"مرافقة {g} نحو {t}: {i}",
};
constexpr V arTitleQualifiers[] = {
    u"", u"", u"", u" (مرحلة تجريبية)", u" في المناطق الريفية", u"، المرحلة الثانية"};
constexpr V arSummaries[] = {
    u"يساعد {i} {g} في مجال {t} من خلال الجمع بين دعم موجّه وإجراءات مبسطة. أطلقته {o} في عام "
    u"{y} واستفادت منه حتى الآن {n} مؤسسة.",
    u"{I} تديره {o} منذ عام {y}، موجّه إلى {g} ويركّز على {t}. أفاد نحو {p}% من المشاركين بارتفاع "
    u"مبيعاتهم خلال عامين.",
    u"تصف هذه الممارسة كيف صمّمت {o} {i} لصالح {g}، وكم كلّف، وما حقّقه في مجال {t}.",
};
constexpr V arSummaryClosers[] = {
    u" وثّقت هنا حتى تتمكن بلدان أخرى من تكييفها.",
    u" يرد أدناه ملخص للتصميم والتكاليف ونتائج التقييم.",
};
constexpr V arHeadings[] = {u"السياق",       u"التصميم",         u"التنفيذ",
                            u"أرقام رئيسية", u"النتائج",         u"الأدلة",
                            u"ما الذي نجح",  u"ما الذي لم ينجح", u"نصائح للبلدان الأخرى"};
constexpr V arContext[] = {
    u"قبل عام {y}، كانت أقل من {p}% من المؤسسات المستهدفة تستفيد من حلول {t}، وفق المسح الوطني "
    u"للمؤسسات.",
    u"تمثّل {g} حصة كبيرة من التشغيل لكنها تواجه تكاليف معاملات مرتفعة في مجال {t}.",
    u"أظهرت المشاورات مع جمعيات الأعمال أن تعقيد الإجراءات، لا ضعف الاهتمام، كان العائق الرئيسي.",
    u"كانت المصارف التجارية تعدّ هذه المؤسسات مقترضين مرتفعي المخاطر وتطلب ضمانات تصل إلى {q}% من "
    u"قيمة القرض.",
    u"حدّدت الاستراتيجية الوطنية للمؤسسات الصغيرة والمتوسطة هدف مضاعفة عدد المؤسسات العاملة في "
    u"مجال {T} قبل نهاية العقد.",
    u"كانت الفوارق الإقليمية كبيرة: خارج العاصمة كان الاعتماد أقل بثلاث مرات.",
    u"أظهرت التجارب السابقة نتائج واعدة لكنها بقيت صغيرة ومشتتة بين عدة جهات.",
};
constexpr V arDesign[] = {
    u"**الأهلية:** مؤسسات مسجلة منذ عام على الأقل ويقل رقم أعمالها السنوي عن الحد الوطني.",
    u"**الدعم:** {i} يغطي حتى {p}% من التكاليف المؤهلة، بسقف لكل مؤسسة.",
    u"**الشباك:** تقديم الطلب إلكترونياً في أقل من ثلاثين دقيقة، والبتّ خلال {d} يوماً.",
    u"**الشركاء:** مزودو خدمات معتمدون ومصارف تجارية وجمعيات أعمال.",
    u"**الاشتراطات:** تشخيص قصير وخطة عمل يُتفق عليها مع مستشار قبل صرف الأموال.",
    u"**الاستهداف:** تخصيص {q}% على الأقل من الميزانية للمؤسسات خارج العاصمة.",
    u"**المتابعة:** تقارير فصلية عبر لوحة متابعة مشتركة ببيانات مجهولة الهوية.",
};
constexpr V arImplementation[] = {
    u"أدارت {o} البرنامج عبر وحدة صغيرة مخصصة من {d} موظفين بالتعاون مع المكاتب الإقليمية.",
    u"أُطلق أولاً نداء لمزودي الخدمات حتى يكون دليل الحلول المعتمدة جاهزاً منذ اليوم الأول.",
    u"فُتح باب الطلبات في عام {y} وعولجت الطلبات على دفعات شهرية مع أولوية لمن يتقدم لأول مرة.",
    u"استُخدمت الإذاعة ووسائل التواصل الاجتماعي وغرف التجارة للوصول إلى {g}.",
    u"تم التعاقد مع مقيّم مستقل منذ البداية واتُّفق معه على مؤشرات خط الأساس.",
    u"كانت المدفوعات تُصرف مباشرة لمزودي الخدمات بعد تأكيد المؤسسة للاستلام.",
    u"نُظّمت دورات تدريبية حول {T} حضورياً وعن بُعد.",
};
constexpr V arResults[] = {
    u"دعم {n} مؤسسة، {p}% منها خارج العاصمة.",
    u"نما متوسط رقم أعمال المؤسسات المشاركة بنسبة {q}% مقارنة بمجموعة ضابطة.",
    u"ارتفع اعتماد {t} بين المشاركين من {e}% إلى {q}%.",
    u"استحداث أو الحفاظ على {N} وظيفة وفق بيانات المتابعة.",
    u"انخفضت مدة المعالجة من {d} أسابيع إلى بضعة أيام.",
    u"انخفض استهلاك الطاقة لدى المؤسسات المشاركة بنسبة {p}% في المتوسط.",
};
constexpr V arEvidence[] = {
    u"تستند النتائج إلى تقييم مستقل باستخدام مجموعة مقارنة مطابقة.",
    u"تعتمد الأرقام على بيانات إدارية ومسح شمل {n} مؤسسة مستفيدة.",
    u"الأدلة ما زالت أولية: يغطي التقييم أول {d} شهراً فقط.",
};
constexpr V arWorked[] = {
    u"أدى تبسيط الطلب وإتاحته إلكترونياً بالكامل إلى زيادة المشاركة.",
    u"العمل عبر وسطاء موثوقين مثل غرف التجارة بنى المصداقية بسرعة.",
    u"الدفع لمزودي الخدمات بعد التسليم حمى الأموال العامة.",
    u"الجمع بين التمويل والاستشارة في مجال {t} حقق نتائج أفضل.",
    u"نشر النتائج كل ثلاثة أشهر حافظ على الدعم السياسي.",
};
constexpr V arDidNotWork[] = {
    u"تجاوز الطلب على الدعوة الأولى المتاح، وأحبطت قائمة الانتظار بعض المتقدمين.",
    u"احتاجت المؤسسات الريفية إلى مرافقة أكبر مما كان متوقعاً.",
    u"أدى ضعف التنسيق بين الجهات إلى تأخير الإطلاق {d} أشهر.",
};
constexpr V arAdvice[] = {
    u"ابدأوا بمشروع تجريبي صغير وقيسوا نتائجه جيداً ثم وسّعوا ما ينجح.",
    u"اتفقوا على المؤشرات وتبادل البيانات قبل الإطلاق.",
    u"خصّصوا ميزانية للتوعية: المؤسسات الأكثر حاجة هي الأصعب وصولاً.",
};
constexpr V arTableLabels[] = {
    u"المؤشر",        u"القيمة", u"الميزانية (دولار أمريكي)", u"المؤسسات المستفيدة", u"الفترة",
    u"الجهة المنفذة", u"مستمر"};
constexpr V arThreadTitles[] = {
    u"كيف نصمّم {i} لصالح {g}؟",
    u"تجارب في مجال {t}",
    u"قياس الأثر في مجال {t}: أي مؤشرات؟",
};
constexpr V arPostSentences[] = {
    u"شكراً على المشاركة. كيف حدّدتم معايير الأهلية؟",
    u"نفّذنا {i} مماثلاً ووجدنا أن المشاركة اعتمدت كثيراً على جمعيات الأعمال.",
    u"هل يمكنكم مشاركة تقرير التقييم أو على الأقل مؤشرات خط الأساس؟",
    u"في تجربتنا، كان الجمع بين الاستشارة في مجال {t} والتمويل أنجح من المنح وحدها.",
    u"ما متوسط مدة معالجة الطلبات في السنة الأولى؟",
    u"تعدّ وزارتنا برنامجاً لصالح {g}، ونرحب بلقاء قصير مع فريقكم.",
};
constexpr V arReplyOpeners[] = {u"سؤال وجيه.", u"رداً على سؤالكم:", u"شكراً، هذا مفيد جداً."};
constexpr V arReviewNotes[] = {
    u"يرجى ذكر مصدر أرقام النتائج وطريقة التقييم.",
    u"الميزانية وعدد المستفيدين لا يتطابقان مع الملخص؛ يرجى المراجعة.",
};
constexpr V arSourceTitles[] = {u"تقرير تقييم البرنامج", u"التقرير السنوي", u"الدليل التشغيلي"};

// ---------------------------------------------------------------------------------- Chinese

constexpr V zhInstruments[] = {u"补贴计划",      u"优惠贷款", u"部分信用担保", u"股权投资基金",
                               u"税收优惠",      u"监管简化", u"培训计划",     u"咨询服务",
                               u"数字政务服务",  u"数字平台", u"政府采购份额", u"企业网络",
                               u"一揽子支持措施"};
constexpr V zhGroups[] = {u"微型企业",   u"小型企业",       u"中型企业",
                          u"初创企业",   u"女性领导的企业", u"青年领导的企业",
                          u"新出口企业", u"非正规企业",     u"农村企业"};
constexpr V zhDigital[] = {u"电子发票", u"云会计",   u"电子商务",
                           u"网络安全", u"数字支付", u"数字化转型"};
constexpr V zhFinance[] = {u"营运资金",     u"无抵押贷款",   u"供应链金融",
                           u"替代信用评分", u"设备融资租赁", u"种子资本"};
constexpr V zhGreen[] = {u"能源效率", u"循环经济", u"屋顶太阳能",
                         u"绿色金融", u"节水",     u"碳排放核算"};
constexpr V zhOrgs[] = {u"国家中小企业发展局", u"经济部",     u"工业和贸易部", u"国家开发银行",
                        u"出口促进局",         u"工商联合会", u"数字经济部",   u"国家担保基金",
                        u"生态环境部",         u"国家创新署"};
constexpr V zhTitles[] = {u"面向{g}的{t}{i}", u"{t}{i}", u"支持{g}开展{t}：{i}"};
constexpr V zhTitleQualifiers[] = {
    u"", u"", u"", u"（试点阶段）", u"（农村地区）", u"（第二阶段）"};
constexpr V zhSummaries[] = {
    u"该{i}通过有针对性的支持和简化的程序，帮助{g}开展{t}。{o}于{y}年启动该计划，迄今已有{n}家"
    u"企业受益。",
    u"{o}自{y}年起实施这项面向{g}的{i}，重点是{t}。约{p}%的参与企业在两年内销售额有所增长。",
    u"本实践介绍{o}如何为{g}设计{i}、花费多少以及在{t}方面取得了哪些成果。",
};
constexpr V zhSummaryClosers[] = {u"在此记录，供其他国家借鉴。",
                                  u"下文概述了设计、成本和评估结果。"};
constexpr V zhHeadings[] = {u"背景", u"设计",         u"实施",         u"关键数据",        u"成果",
                            u"证据", u"哪些做法有效", u"哪些做法无效", u"对其他国家的建议"};
constexpr V zhContext[] = {
    u"{y}年以前，根据全国企业调查，目标企业中只有不到{p}%使用{t}解决方案。",
    u"{g}吸纳了大量就业，但在{t}方面面临较高的交易成本。",
    u"与商会的磋商表明，主要障碍是程序复杂，而不是缺乏兴趣。",
    u"商业银行将这些企业视为高风险借款人，要求的抵押品高达贷款金额的{q}%。",
    u"国家中小企业战略提出，到本十年末使从事{T}的企业数量翻一番。",
};
constexpr V zhDesign[] = {
    u"**资格**：注册满一年、年营业额低于国家标准的企业。",
    u"**支持**：{i}最多覆盖{p}%的合格成本，每家企业设有上限。",
    u"**窗口**：三十分钟内完成在线申请，{d}天内作出决定。",
    u"**合作伙伴**：经认证的服务提供商、商业银行和行业协会。",
    u"**目标**：至少{q}%的预算用于首都以外的企业。",
};
constexpr V zhImplementation[] = {
    u"{o}通过一个由{d}名工作人员组成的专门小组管理该计划，并与各地区办事处合作。",
    u"首先面向服务提供商发布征集，确保第一天就有经认证的解决方案目录。",
    u"申请于{y}年开放，按月分批处理，首次申请者优先。",
    u"通过广播、社交媒体和商会联系{g}。",
    u"围绕{T}举办了线上和线下培训。",
};
constexpr V zhResults[] = {
    u"共支持{n}家企业，其中{p}%位于首都以外。", u"与对照组相比，参与企业的平均营业额增长了{q}%。",
    u"参与企业中{t}的采用率从{e}%提高到{q}%。", u"根据监测数据，创造或保留了{N}个工作岗位。",
    u"参与企业的能源消耗平均下降了{p}%。",
};
constexpr V zhEvidence[] = {
    u"成果基于采用匹配对照组的独立评估。",
    u"数据来自行政记录和对{n}家受益企业的调查。",
    u"证据尚属初步：评估仅涵盖最初{d}个月。",
};
constexpr V zhWorked[] = {
    u"简化申请并实现全程在线办理，提高了参与度。",
    u"通过商会等可信中介开展工作，迅速建立了信誉。",
    u"将{t}方面的融资与咨询相结合，效果更好。",
};
constexpr V zhDidNotWork[] = {
    u"第一轮申请需求超出预算，候补名单使部分申请者失望。",
    u"农村企业需要的辅导比预期更多。",
    u"各机构之间协调不力，使启动推迟了{d}个月。",
};
constexpr V zhAdvice[] = {
    u"从小规模试点开始，认真衡量成果，再推广行之有效的做法。",
    u"在启动前就指标和数据共享达成一致。",
    u"为宣传预留预算：最需要帮助的企业往往最难接触到。",
};
constexpr V zhTableLabels[] = {u"指标", u"数值",     u"预算（美元）", u"受益企业",
                               u"期间", u"实施机构", u"进行中"};
constexpr V zhThreadTitles[] = {u"如何为{g}设计{i}？", u"{t}方面的经验",
                                u"衡量{t}的影响：用哪些指标？"};
constexpr V zhPostSentences[] = {
    u"感谢分享。你们是如何确定资格标准的？",
    u"我们实施过类似的{i}，发现参与度在很大程度上取决于行业协会。",
    u"能否分享评估报告，或者至少分享基线指标？",
    u"根据我们的经验，将{t}咨询与融资相结合比单纯补贴更有效。",
    u"我部正在为{g}准备一项计划，希望与贵方团队简短交流。",
};
constexpr V zhReplyOpeners[] = {u"好问题。", u"关于您的问题：", u"谢谢，这很有帮助。"};
constexpr V zhReviewNotes[] = {u"请注明成果数据的来源和评估方法。",
                               u"预算和受益者人数与摘要不一致，请核对。"};
constexpr V zhSourceTitles[] = {u"计划评估报告", u"年度报告", u"操作手册"};

// ---------------------------------------------------------------------------------- Russian

constexpr V ruInstruments[] = {
    u"программа грантов",
    u"льготная кредитная линия",
    u"частичная кредитная гарантия",
    u"фонд прямых инвестиций",
    u"налоговая льгота",
    u"упрощение регулирования",
    u"программа обучения",
    u"консультационная услуга",
    u"цифровая государственная услуга",
    u"цифровая платформа",
    u"квота в государственных закупках",
    u"деловая сеть",
    u"пакет мер поддержки",
};
constexpr V ruGroups[] = {u"микропредприятий",
                          u"малых предприятий",
                          u"средних предприятий",
                          u"стартапов",
                          u"предприятий под руководством женщин",
                          u"молодёжных предприятий",
                          u"начинающих экспортёров",
                          u"неформальных предприятий",
                          u"сельских предприятий"};
constexpr V ruDigital[] = {u"электронные счета-фактуры", u"облачная бухгалтерия",
                           u"электронная торговля",      u"кибербезопасность",
                           u"цифровые платежи",          u"цифровая трансформация"};
constexpr V ruFinance[] = {u"оборотный капитал",
                           u"беззалоговое кредитование",
                           u"финансирование цепочек поставок",
                           u"альтернативный кредитный скоринг",
                           u"лизинг оборудования",
                           u"посевной капитал"};
constexpr V ruGreen[] = {u"энергоэффективность",
                         u"экономика замкнутого цикла",
                         u"солнечные панели на крышах",
                         u"зелёное финансирование",
                         u"водосбережение",
                         u"учёт выбросов"};
constexpr V ruOrgs[] = {u"Национальное агентство по развитию МСП",
                        u"Министерство экономического развития",
                        u"Министерство промышленности и торговли",
                        u"Национальный банк развития",
                        u"Агентство по поддержке экспорта",
                        u"Торгово-промышленная палата",
                        u"Министерство цифрового развития",
                        u"Национальный гарантийный фонд",
                        u"Министерство природных ресурсов и экологии",
                        u"Национальное агентство инноваций"};
constexpr V ruTitles[] = {u"{I} для {g}: {t}", u"{I} в сфере «{t}»",
                          u"Поддержка {g} в сфере «{t}»: {i}"};
constexpr V ruTitleQualifiers[] = {
    u"", u"", u"", u" (пилотный этап)", u" в сельских районах", u", второй этап"};
constexpr V ruSummaries[] = {
    u"Инструмент «{i}» для {g} в сфере «{t}» сочетает адресную поддержку и упрощённые процедуры. "
    u"Организатор: {o}, запуск в {y} году; на сегодня поддержку получили {n} предприятий.",
    u"Меры поддержки для {g} действуют с {y} года (инструмент: {i}); основное направление: {t}. "
    u"Около {p}% участников сообщили о росте продаж в течение двух лет.",
    u"Здесь описано, как был разработан инструмент «{i}» для {g}, сколько он стоил и каких "
    u"результатов удалось добиться в сфере «{t}».",
};
constexpr V ruSummaryClosers[] = {u" Практика описана, чтобы другие страны могли её адаптировать.",
                                  u" Ниже приведены дизайн, затраты и результаты оценки."};
constexpr V ruHeadings[] = {u"Контекст",       u"Дизайн",           u"Реализация",
                            u"Ключевые цифры", u"Результаты",       u"Доказательства",
                            u"Что сработало",  u"Что не сработало", u"Советы другим странам"};
constexpr V ruContext[] = {
    u"До {y} года, по данным национального обследования, решениями в сфере «{t}» пользовались "
    u"менее {p}% целевых предприятий.",
    u"На долю {g} приходится значительная часть занятости, но они несут высокие издержки в сфере "
    u"«{t}».",
    u"Консультации с деловыми ассоциациями показали, что главным препятствием была сложность "
    u"процедур, а не отсутствие интереса.",
    u"Коммерческие банки считали эти предприятия рискованными заёмщиками и требовали залог до "
    u"{q}% суммы кредита.",
    u"Национальная стратегия развития МСП ставит цель удвоить число предприятий в сфере «{T}» до "
    u"конца десятилетия.",
};
constexpr V ruDesign[] = {
    u"**Критерии:** предприятия, зарегистрированные не менее года назад, с оборотом ниже "
    u"национального порога.",
    u"**Поддержка:** покрытие до {p}% приемлемых затрат с лимитом на одно предприятие.",
    u"**Окно:** онлайн-заявка за тридцать минут, решение в течение {d} дней.",
    u"**Партнёры:** аккредитованные поставщики услуг, коммерческие банки и деловые ассоциации.",
    u"**Адресность:** не менее {q}% бюджета направляется предприятиям за пределами столицы.",
};
constexpr V ruImplementation[] = {
    u"Программой управляла специальная группа из {d} сотрудников вместе с региональными "
    u"отделениями.",
    u"Сначала был объявлен отбор поставщиков услуг, чтобы каталог решений был готов с первого дня.",
    u"Приём заявок открылся в {y} году; заявки рассматривались ежемесячно, с приоритетом для "
    u"новых заявителей.",
    u"Для охвата {g} использовались радио, социальные сети и торговые палаты.",
    u"Обучение по теме «{T}» проводилось очно и онлайн.",
};
constexpr V ruResults[] = {
    u"Поддержку получили {n} предприятий, {p}% из них за пределами столицы.",
    u"Средний оборот участников вырос на {q}% по сравнению с контрольной группой.",
    u"Доля участников, использующих решения в сфере «{t}», выросла с {e}% до {q}%.",
    u"По данным мониторинга, создано или сохранено {N} рабочих мест.",
    u"Энергопотребление участников снизилось в среднем на {p}%.",
};
constexpr V ruEvidence[] = {
    u"Результаты основаны на независимой оценке с сопоставимой контрольной группой.",
    u"Цифры основаны на административных данных и опросе {n} предприятий-получателей.",
    u"Доказательства пока предварительные: оценка охватывает только первые {d} месяцев.",
};
constexpr V ruWorked[] = {
    u"Простая полностью электронная заявка увеличила участие.",
    u"Работа через доверенных посредников, таких как торговые палаты, быстро создала доверие.",
    u"Сочетание финансирования и консультаций в сфере «{t}» дало лучшие результаты.",
};
constexpr V ruDidNotWork[] = {
    u"Спрос в первом раунде превысил бюджет, и очередь разочаровала часть заявителей.",
    u"Сельским предприятиям потребовалось больше сопровождения, чем ожидалось.",
    u"Слабая координация между ведомствами задержала запуск на {d} месяцев.",
};
constexpr V ruAdvice[] = {
    u"Начните с небольшого пилотного проекта, тщательно измерьте результаты и масштабируйте то, "
    u"что работает.",
    u"Договоритесь о показателях и обмене данными до запуска.",
    u"Заложите бюджет на информирование: тех, кому поддержка нужнее всего, труднее всего охватить.",
};
constexpr V ruTableLabels[] = {u"Показатель",           u"Значение", u"Бюджет (долл. США)",
                               u"Охвачено предприятий", u"Период",   u"Исполнитель",
                               u"продолжается"};
constexpr V ruThreadTitles[] = {u"Как разработать инструмент «{i}» для {g}?", u"Опыт в сфере «{t}»",
                                u"Оценка воздействия в сфере «{t}»: какие показатели?"};
constexpr V ruPostSentences[] = {
    u"Спасибо, что поделились. Как вы определили критерии отбора?",
    u"Мы реализовали похожую программу и увидели, что участие во многом зависело от деловых "
    u"ассоциаций.",
    u"Не могли бы вы поделиться отчётом об оценке или хотя бы базовыми показателями?",
    u"По нашему опыту, сочетание консультаций в сфере «{t}» и финансирования работает лучше, "
    u"чем одни гранты.",
    u"Наше министерство готовит программу для {g}; будем рады короткой встрече с вашей командой.",
};
constexpr V ruReplyOpeners[] = {u"Хороший вопрос.", u"Отвечая на ваш вопрос:",
                                u"Спасибо, это очень полезно."};
constexpr V ruReviewNotes[] = {
    u"Укажите, пожалуйста, источник данных о результатах и метод оценки.",
    u"Бюджет и число получателей не совпадают с резюме; проверьте, пожалуйста."};
constexpr V ruSourceTitles[] = {u"Отчёт об оценке программы", u"Годовой отчёт",
                                u"Операционное руководство"};

// ------------------------------------------------------------------ meetings and commitments

constexpr V globalMeetingTitles[] = {u"Global SME Ministerial Meeting {y}",
                                     u"Ministerial Conference on SMEs and Entrepreneurship {y}"};
constexpr V regionalMeetingTitles[] = {u"{R} regional dialogue on {t}",
                                       u"{R} ministerial round table: {t}"};
constexpr V thematicMeetingTitles[] = {u"Thematic session: {t}",
                                       u"Thematic dialogue on {t} for {g}"};
constexpr V consultationMeetingTitles[] = {u"Consultation on draft guidance: {t}",
                                           u"Stakeholder consultation: {i} for {g}"};
constexpr V technicalMeetingTitles[] = {u"Technical workshop: {i} for {g}",
                                        u"Expert group on measuring {t}"};
constexpr V regionNames[] = {u"Africa", u"Asia-Pacific", u"Latin America and the Caribbean",
                             u"Middle East and North Africa", u"Europe and Central Asia"};
constexpr V agendaItemTexts[] = {
    u"Opening remarks by the host ministry",
    u"Keynote: the state of SMEs and {t}",
    u"Panel: designing a {i} for {g}",
    u"Country experiences: three practices from the platform",
    u"Break-out groups on measurement and evidence",
    u"Peer review of draft commitments",
    u"Adoption of the chair's summary",
    u"Closing session and next steps",
};
constexpr V outcomeItemTexts[] = {
    u"Participants agreed to share evaluation data on {t} through the platform.",
    u"{n} countries announced new commitments on {t}.",
    u"The secretariat will prepare a synthesis note on {i} designs for {g}.",
    u"A peer-learning group on {t} will meet quarterly.",
    u"Countries welcomed the first edition of the practice compendium.",
};
constexpr V commitmentTitleTexts[] = {
    u"Launch a {i} for {g}",
    u"Double the number of {g} using {t} by {y}",
    u"Publish an independent evaluation of the national {i}",
    u"Simplify procedures for {t}",
    u"Mobilise USD {m} million for {t}",
};
constexpr V commitmentDescriptionTexts[] = {
    u"The government will design and launch a {i} targeting {g}, building on lessons shared by "
    u"peer countries on the platform.",
    u"Procedures related to {t} will be reviewed with business associations and reduced to a "
    u"single online step.",
    u"Public and private resources will be mobilised to expand {t}, with a focus on {g}.",
    u"An evaluation framework with baseline indicators will be agreed before the programme "
    u"starts.",
};
constexpr V commitmentTargetTexts[] = {u"{n} firms reached by {y}", u"{p}% of {g} using {t} by {y}",
                                       u"Evaluation report published by {y}",
                                       u"Processing time under {d} days"};
constexpr V progressNoteTexts[] = {
    u"Design completed; the call for applications opens next quarter.",
    u"{n} firms supported so far; the evaluation baseline is in place.",
    u"Legal basis adopted; implementation delayed by budget negotiations.",
    u"Target reached ahead of schedule; a second phase is under discussion.",
    u"No progress reported since the last meeting.",
};

} // namespace

const PhraseBook &PhraseBook::english()
{
    static const PhraseBook book{
        u"en",          enInstruments,    enGroups,       {enDigital, enFinance, enGreen},
        enOrgs,         enOrgsInText,     enTitles,       enTitleQualifiers,
        enSummaries,    enSummaryClosers, enHeadings,     enContext,
        enDesign,       enImplementation, enResults,      enEvidence,
        enWorked,       enDidNotWork,     enAdvice,       enTableLabels,
        enThreadTitles, enPostSentences,  enReplyOpeners, enReviewNotes,
        enSourceTitles};
    return book;
}

const PhraseBook &PhraseBook::french()
{
    static const PhraseBook book{
        u"fr",          frInstruments,    frGroups,       {frDigital, frFinance, frGreen},
        frOrgs,         frOrgsInText,     frTitles,       frTitleQualifiers,
        frSummaries,    frSummaryClosers, frHeadings,     frContext,
        frDesign,       frImplementation, frResults,      frEvidence,
        frWorked,       frDidNotWork,     frAdvice,       frTableLabels,
        frThreadTitles, frPostSentences,  frReplyOpeners, frReviewNotes,
        frSourceTitles};
    return book;
}

const PhraseBook &PhraseBook::spanish()
{
    static const PhraseBook book{
        u"es",          esInstruments,    esGroups,       {esDigital, esFinance, esGreen},
        esOrgs,         esOrgsInText,     esTitles,       esTitleQualifiers,
        esSummaries,    esSummaryClosers, esHeadings,     esContext,
        esDesign,       esImplementation, esResults,      esEvidence,
        esWorked,       esDidNotWork,     esAdvice,       esTableLabels,
        esThreadTitles, esPostSentences,  esReplyOpeners, esReviewNotes,
        esSourceTitles};
    return book;
}

const PhraseBook &PhraseBook::arabic()
{
    // Arabic organisation names carry their article, so the in-text form is the field value.
    static const PhraseBook book{
        u"ar",          arInstruments,    arGroups,       {arDigital, arFinance, arGreen},
        arOrgs,         arOrgs,           arTitles,       arTitleQualifiers,
        arSummaries,    arSummaryClosers, arHeadings,     arContext,
        arDesign,       arImplementation, arResults,      arEvidence,
        arWorked,       arDidNotWork,     arAdvice,       arTableLabels,
        arThreadTitles, arPostSentences,  arReplyOpeners, arReviewNotes,
        arSourceTitles};
    return book;
}

const PhraseBook &PhraseBook::chinese()
{
    // Chinese has no articles or cases: the in-text form is the field value.
    static const PhraseBook book{
        u"zh",          zhInstruments,    zhGroups,       {zhDigital, zhFinance, zhGreen},
        zhOrgs,         zhOrgs,           zhTitles,       zhTitleQualifiers,
        zhSummaries,    zhSummaryClosers, zhHeadings,     zhContext,
        zhDesign,       zhImplementation, zhResults,      zhEvidence,
        zhWorked,       zhDidNotWork,     zhAdvice,       zhTableLabels,
        zhThreadTitles, zhPostSentences,  zhReplyOpeners, zhReviewNotes,
        zhSourceTitles};
    return book;
}

const PhraseBook &PhraseBook::russian()
{
    static const PhraseBook book{
        u"ru",          ruInstruments,    ruGroups,       {ruDigital, ruFinance, ruGreen},
        ruOrgs,         ruOrgs,           ruTitles,       ruTitleQualifiers,
        ruSummaries,    ruSummaryClosers, ruHeadings,     ruContext,
        ruDesign,       ruImplementation, ruResults,      ruEvidence,
        ruWorked,       ruDidNotWork,     ruAdvice,       ruTableLabels,
        ruThreadTitles, ruPostSentences,  ruReplyOpeners, ruReviewNotes,
        ruSourceTitles};
    return book;
}

Phrases PhraseBook::meetingTitles(int kindIndex)
{
    switch (kindIndex) {
    case 0:
        return globalMeetingTitles;
    case 1:
        return regionalMeetingTitles;
    case 2:
        return thematicMeetingTitles;
    case 3:
        return consultationMeetingTitles;
    default:
        return technicalMeetingTitles;
    }
}

Phrases PhraseBook::regions()
{
    return regionNames;
}
Phrases PhraseBook::agendaItems()
{
    return agendaItemTexts;
}
Phrases PhraseBook::outcomeItems()
{
    return outcomeItemTexts;
}
Phrases PhraseBook::commitmentTitles()
{
    return commitmentTitleTexts;
}
Phrases PhraseBook::commitmentDescriptions()
{
    return commitmentDescriptionTexts;
}
Phrases PhraseBook::commitmentTargets()
{
    return commitmentTargetTexts;
}
Phrases PhraseBook::progressNotes()
{
    return progressNoteTexts;
}

} // namespace smec::datagen
