// SPDX-License-Identifier: MIT
#include "fakeplatformsession.h"
#include "store/accountrepository.h"

#include <QCoreApplication>
#include <algorithm>

namespace webcare::app {

using domain::Account;
using domain::Channel;

namespace {
// The fake server's own accounts (tests/fakeplatform/README.md), which the demo feed's posts mention.
QList<Account> fakeAccounts(const QUrl &server)
{
    QString root = server.toString();
    while (root.endsWith(QLatin1Char('/')))
        root.chop(1);
    const auto make = [](Channel channel, const QString &base, const char *id, const char *handle, const char *name) {
        Account a;
        a.channel = channel;
        a.baseUrl = base;
        a.platformUserId = QLatin1String(id);
        a.handle = QLatin1String(handle);
        a.name = QString::fromUtf8(name);
        a.pollSeconds = 10; // a lively demo; real accounts poll every minute
        return a;
    };
    return {make(Channel::X, root, "1580000000000000001", "DuinzichtHelpt", "@DuinzichtHelpt"),
            make(Channel::Mastodon, root, "109000000000000001", "duinzicht", "@duinzicht"),
            make(Channel::Facebook, root + QStringLiteral("/v19.0"), "104000000000001", "", "Duinzicht Verzekeringen"),
            make(Channel::Discourse, root, "Duinzicht_Team", "Duinzicht_Team", "Duinzicht Community")};
}
} // namespace

void connectFakePlatform(const QUrl &server, store::StoreService *store, accounts::MemorySecretStore *secrets,
                         QObject *context, std::function<void(const QString &error)> done)
{
    const QString host = server.host();
    if (!server.isValid() || server.scheme() != QLatin1String("http") ||
        (host != QLatin1String("127.0.0.1") && host != QLatin1String("localhost"))) {
        done(QCoreApplication::translate("main", "--fake-platform takes the fake server's address on this computer, "
                                                 "such as http://127.0.0.1:8765"));
        return;
    }
    const QList<Account> wanted = fakeAccounts(server);
    store->run<QList<Account>>(
        context,
        [wanted](store::CaseStore &s) -> Expected<QList<Account>, store::StoreError> {
            auto existing = s.accounts().all();
            if (!existing)
                return unexpected(existing.error());
            QList<Account> connected;
            for (Account a : wanted) {
                const auto same = std::find_if(existing->cbegin(), existing->cend(), [&a](const Account &e) {
                    return e.channel == a.channel && e.baseUrl == a.baseUrl;
                });
                if (same != existing->cend()) {
                    connected << *same;
                    continue;
                }
                auto id = s.accounts().addAccount(a);
                if (!id)
                    return unexpected(id.error());
                a.id = *id;
                connected << a;
            }
            return connected;
        },
        [secrets, done](Expected<QList<Account>, store::StoreError> connected) {
            if (!connected) {
                done(connected.error().message());
                return;
            }
            for (const Account &a : *connected) {
                accounts::AccountSecrets session;
                session.credentials.accessToken = QStringLiteral("fake-session");
                session.credentials.apiKey = QStringLiteral("fake-session");
                session.credentials.apiUsername = QStringLiteral("Duinzicht_Team");
                secrets->write(accounts::credentialsKey(a.id), accounts::serializeSecrets(session),
                               [](Expected<void, accounts::SecretError>) {});
            }
            done({});
        });
}

} // namespace webcare::app
