// SPDX-License-Identifier: MIT
// The Asterisk Manager Interface client against a test peer on 127.0.0.1 that speaks the AMI text protocol.
#include "support/testsupport.h"
#include "workflow/blending.h"

#include "amipeer.h"
#include "telephony/amiclient.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace webcare;
using namespace webcare::telephony;

namespace {

constexpr int waitMs = 10000; // a generous bound for a local socket, not a timing assertion

void fillQueues(test::AmiPeer &peer)
{
    peer.queues = {
        {QStringLiteral("webcare-telefoon"),
         {{QStringLiteral("Jan de Boer"), QStringLiteral("PJSIP/1001"), false, {}},
          {QStringLiteral("Fatima El Amrani"), QStringLiteral("PJSIP/1002"), true, QStringLiteral("lunch")}},
         {QStringLiteral("0612345678"), QStringLiteral("0201234567"), QStringLiteral("0687654321")}},
        {QStringLiteral("zakelijk"), {{QStringLiteral("Jan de Boer"), QStringLiteral("PJSIP/1001"), false, {}}}, {}},
    };
}

AmiSettings settingsFor(const test::AmiPeer &peer)
{
    AmiSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = peer.port();
    s.username = QStringLiteral("webcare");
    s.secret = QStringLiteral("geheim");
    s.interface = QStringLiteral("PJSIP/1001");
    s.queue = QStringLiteral("webcare-telefoon");
    s.reconnectMinMs = 50;
    s.reconnectMaxMs = 200;
    return s;
}

} // namespace

TEST_CASE("The AMI parser reads the banner and packets however the bytes arrive", "[ami]")
{
    const QByteArray stream = "Asterisk Call Manager/5.0.2\r\n"
                              "Response: Success\r\nActionID: 1\r\nMessage: Authentication accepted\r\n\r\n"
                              "Event: FullyBooted\r\nPrivilege: system,all\r\nStatus: Fully Booted\r\n\r\n"
                              "Event: QueueParams\nQueue: q1\nCalls: 3\nActionID: 2\n\n";
    for (int chunk : {1, 2, 7, 1000}) {
        AmiParser parser;
        QList<AmiPacket> packets;
        for (qsizetype i = 0; i < stream.size(); i += chunk)
            packets += parser.feed(stream.mid(i, chunk));
        INFO("chunk size " << chunk);
        CHECK(parser.banner() == QStringLiteral("Asterisk Call Manager/5.0.2"));
        REQUIRE(packets.size() == 3);
        CHECK(amiValue(packets[0], u"Message") == QStringLiteral("Authentication accepted"));
        CHECK(amiValue(packets[0], u"actionid") == QStringLiteral("1")); // keys are case-insensitive
        CHECK(amiValue(packets[1], u"Status") == QStringLiteral("Fully Booted"));
        CHECK(amiValue(packets[2], u"Calls") == QStringLiteral("3"));
    }
    CHECK(encodeAmiPacket({{QStringLiteral("Action"), QStringLiteral("Login")},
                           {QStringLiteral("Secret"), QStringLiteral("a\r\nAction: Logoff")}}) ==
          QByteArray("Action: Login\r\nSecret: a  Action: Logoff\r\n\r\n"));
}

TEST_CASE("The AMI client logs in, reads the queue status and pauses the agent", "[ami]")
{
    test::AmiPeer peer;
    REQUIRE(peer.port() != 0);
    fillQueues(peer);
    AmiClient client(settingsFor(peer));
    QSignalSpy loggedIn(&client, &AmiClient::loggedIn);
    QSignalSpy failed(&client, &TelephonyAdapter::failed);
    QList<QueueStatus> statuses;
    QList<bool> pauses;
    QObject::connect(&client, &TelephonyAdapter::queueStatusReceived, &client,
                     [&](const QueueStatus &s) { statuses << s; });
    QObject::connect(&client, &TelephonyAdapter::pauseChanged, &client, [&](bool p) { pauses << p; });

    client.start();
    client.refreshQueueStatus(); // asked before the login finished: sent right after it
    REQUIRE(loggedIn.wait(waitMs));
    REQUIRE(QTest::qWaitFor([&] { return !statuses.isEmpty(); }, waitMs));
    CHECK(failed.isEmpty());
    REQUIRE(peer.count(QStringLiteral("Login")) == 1);
    CHECK(peer.actions.first().value(QStringLiteral("username")) == QStringLiteral("webcare"));
    CHECK_FALSE(peer.actions.first().value(QStringLiteral("actionid")).isEmpty());

    const QueueStatus &s = statuses.first();
    REQUIRE(s.queues.size() == 1); // only the configured queue was asked for
    CHECK(s.queues.first().queue == QStringLiteral("webcare-telefoon"));
    CHECK(s.queues.first().calls == 3);
    CHECK(s.queues.first().holdTimeSeconds == 42);
    CHECK(s.waitingCalls() == 3);
    REQUIRE(s.members.size() == 2);
    CHECK(s.members[0].interface == QStringLiteral("PJSIP/1001"));
    CHECK_FALSE(s.members[0].paused);
    CHECK(s.members[1].name == QStringLiteral("Fatima El Amrani"));
    CHECK(s.members[1].paused);
    REQUIRE(s.entries.size() == 3);
    CHECK(s.entries[0].callerId == QStringLiteral("0612345678"));
    CHECK(s.entries[2].position == 3);
    CHECK(s.entries[2].waitSeconds == 90);

    // Blending: webcare pauses the agent in the phone queue, phone unpauses.
    followAgentState(client, workflow::AgentState::Webcare);
    REQUIRE(QTest::qWaitFor([&] { return pauses.size() == 1; }, waitMs));
    CHECK(pauses.first());
    CHECK(peer.member(QStringLiteral("PJSIP/1001"))->paused);
    CHECK(peer.member(QStringLiteral("PJSIP/1001"))->pausedReason == QStringLiteral("webcare"));
    const auto pause = peer.actions.last();
    CHECK(pause.value(QStringLiteral("action")) == QStringLiteral("QueuePause"));
    CHECK(pause.value(QStringLiteral("interface")) == QStringLiteral("PJSIP/1001"));
    CHECK(pause.value(QStringLiteral("paused")) == QStringLiteral("true"));
    CHECK(pause.value(QStringLiteral("queue")) == QStringLiteral("webcare-telefoon"));
    followAgentState(client, workflow::AgentState::Phone);
    REQUIRE(QTest::qWaitFor([&] { return pauses.size() == 2; }, waitMs));
    CHECK_FALSE(pauses.last());
    CHECK_FALSE(peer.member(QStringLiteral("PJSIP/1001"))->paused);
    CHECK(peer.actions.last().value(QStringLiteral("paused")) == QStringLiteral("false"));

    // An interface the server does not know: an error, in words.
    AmiSettings wrong = settingsFor(peer);
    wrong.interface = QStringLiteral("PJSIP/9999");
    AmiClient other(wrong);
    QSignalSpy otherFailed(&other, &TelephonyAdapter::failed);
    other.start();
    other.setPaused(true);
    REQUIRE(otherFailed.wait(waitMs));
    CHECK(otherFailed.first().first().toString().contains(QStringLiteral("Interface not found")));
    CHECK(failed.isEmpty());

    client.stop();
    REQUIRE(QTest::qWaitFor([&] { return peer.count(QStringLiteral("Logoff")) == 1; }, waitMs));
}

TEST_CASE("The AMI client reconnects after a dropped connection", "[ami]")
{
    test::AmiPeer peer;
    fillQueues(peer);
    AmiClient client(settingsFor(peer));
    QSignalSpy loggedIn(&client, &AmiClient::loggedIn);
    QSignalSpy disconnected(&client, &AmiClient::disconnected);
    QSignalSpy failed(&client, &TelephonyAdapter::failed);
    QList<QueueStatus> statuses;
    QObject::connect(&client, &TelephonyAdapter::queueStatusReceived, &client,
                     [&](const QueueStatus &s) { statuses << s; });
    client.start();
    REQUIRE(loggedIn.wait(waitMs));

    // The line drops while a QueueStatus is unanswered: that action fails, the client logs in again by itself.
    peer.answerQueueStatus = false;
    client.refreshQueueStatus();
    REQUIRE(QTest::qWaitFor([&] { return peer.count(QStringLiteral("QueueStatus")) == 1; }, waitMs));
    peer.dropClients();
    REQUIRE(QTest::qWaitFor([&] { return loggedIn.size() == 2; }, waitMs));
    CHECK(disconnected.size() == 1);
    REQUIRE(failed.size() == 1);
    CHECK(failed.first().first().toString().contains(QStringLiteral("reconnecting")));
    CHECK(peer.connections() == 2);
    CHECK(peer.count(QStringLiteral("Login")) == 2);
    CHECK(statuses.isEmpty());

    // After the reconnect everything works again, with fresh ActionIDs.
    peer.answerQueueStatus = true;
    client.refreshQueueStatus();
    REQUIRE(QTest::qWaitFor([&] { return statuses.size() == 1; }, waitMs));
    CHECK(statuses.first().waitingCalls() == 3);
    QSet<QString> ids;
    for (const auto &a : std::as_const(peer.actions))
        ids.insert(a.value(QStringLiteral("actionid")));
    CHECK(ids.size() == peer.actions.size());
}

TEST_CASE("A refused AMI login is reported once and not retried", "[ami]")
{
    test::AmiPeer peer;
    AmiSettings s = settingsFor(peer);
    s.secret = QStringLiteral("fout");
    AmiClient client(s);
    QSignalSpy failed(&client, &TelephonyAdapter::failed);
    client.start();
    REQUIRE(failed.wait(waitMs));
    CHECK(failed.first().first().toString().contains(QStringLiteral("Authentication failed")));
    CHECK_FALSE(client.isLoggedIn());
    // Without a second connection attempt the peer sees exactly one login, however long we look.
    QTest::qWait(300);
    CHECK(peer.connections() == 1);
    CHECK(peer.count(QStringLiteral("Login")) == 1);
}

TEST_CASE("Manual telephony reports the typed queue length and remembers the pause", "[ami]")
{
    ManualTelephony manual;
    QList<int> calls;
    QObject::connect(&manual, &TelephonyAdapter::queueStatusReceived, &manual,
                     [&](const QueueStatus &s) { calls << s.waitingCalls(); });
    manual.setWaitingCalls(5);
    manual.setWaitingCalls(-2);
    CHECK(calls == QList<int>{5, 0});
    followAgentState(manual, workflow::AgentState::Break);
    CHECK(manual.paused());
    followAgentState(manual, workflow::AgentState::Phone);
    CHECK_FALSE(manual.paused());
}
