// SPDX-License-Identifier: MIT
#pragma once

#include "domain/entities.h"
#include "storeconnection.h"

#include <QStringList>
#include <optional>

namespace webcare::store {

// Team settings (team_settings): keys.
inline constexpr char findingsNeedApprovalSetting[] = "replies.findings_need_approval";

// Team settings shared by every client.
class TeamSettingsRepository final : Repository {
public:
    using Repository::Repository;

    // Team settings (opening hours, SLA targets, assignment, blending thresholds …) shared by every client: one
    // value per key, with who changed it last. A key never set is nullopt.
    Expected<std::optional<QString>, StoreError> teamSetting(const QString &key);
    Expected<QHash<QString, QString>, StoreError> teamSettings();
    Expected<void, StoreError> setTeamSetting(const QString &key, const QString &value, const QString &actor,
                                              const QDateTime &atUtc = {});
    // Several keys in one transaction (a settings dialog's OK): the team never sees half of a change.
    Expected<void, StoreError> setTeamSettings(const QHash<QString, QString> &values, const QString &actor,
                                               const QDateTime &atUtc = {});
};

} // namespace webcare::store
