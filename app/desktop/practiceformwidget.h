// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/validator.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace smec::domain {
class ReferenceData;
}

namespace smec::desktop {

/// The structured fields of a practice (everything but the three Markdown sections): turns
/// fields into widgets and back, keeps fields this version does not know, and shows validation
/// issues under the field they concern. Labels and choices come from domain::FieldSchema.
class PracticeFormWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PracticeFormWidget)

public:
    explicit PracticeFormWidget(const domain::ReferenceData &reference, QWidget *parent = nullptr);

    /// Loads `fields` (a practice's fields); unknown ones are kept for fields().
    void setFields(const QJsonObject &fields);
    /// The edited fields merged over the loaded ones.
    QJsonObject fields() const;
    /// Shows `issues` at their fields (clears the others); issues of other fields are ignored.
    void showIssues(const QList<domain::FieldIssue> &issues);
    /// The message shown at `field`, empty when none (tests).
    QString issueText(const QString &field) const;

Q_SIGNALS:
    void changed();
    /// A field lost the keyboard focus (autosave point).
    void focusLeft();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addRow(QFormLayout *form, const QString &field, QWidget *editor);
    void watch(QWidget *editor);

    const domain::ReferenceData &m_reference;
    QJsonObject m_loaded;
    QLineEdit *m_title;
    QPlainTextEdit *m_summary;
    QComboBox *m_country;
    QHash<QString, QCheckBox *> m_pillars;
    QComboBox *m_instrument;
    QHash<QString, QCheckBox *> m_targetGroups;
    QLineEdit *m_org;
    QSpinBox *m_startYear;
    QSpinBox *m_endYear;
    QDoubleSpinBox *m_budget;
    QSpinBox *m_beneficiaries;
    QComboBox *m_evidence;
    QPlainTextEdit *m_sources;
    QLineEdit *m_tags;
    QLineEdit *m_language;
    QHash<QString, QLabel *> m_issueLabels;
    bool m_loading = false;
};

} // namespace smec::desktop
