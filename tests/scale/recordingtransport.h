// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "loadstats.h"
#include "sync/transport.h"

#include <memory>

namespace smec::scale {

/// A Transport around the real NetworkTransport that times every request and notes, from the
/// answers that reached the client whole, which mutations the server acknowledged and how many
/// change pages it served. The sync engine above it is unchanged.
class RecordingTransport final : public sync::Transport
{
public:
    RecordingTransport(std::unique_ptr<sync::Transport> inner, LoadStats &stats);

    sync::HttpResponse send(const sync::HttpRequest &request) override;

    /// Problems seen in answers (one mutation id acknowledged two ways); empty when none.
    const QStringList &problems() const { return m_problems; }

private:
    void noteMutationAnswer(const sync::HttpResponse &response);

    std::unique_ptr<sync::Transport> m_inner;
    LoadStats &m_stats;
    QStringList m_problems;
};

} // namespace smec::scale
