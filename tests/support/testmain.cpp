// SPDX-License-Identifier: MIT
// Test main: pins the environment (offscreen platform, Dutch locale, settings and data in a temporary folder) and
// runs Catch2 inside a Qt application object, as the widgets and the store thread need one.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QLocale>
#include <QTemporaryDir>

#ifdef WEBCARE_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    // Must be set before the application object exists, or discovery at build time aborts without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());
    QLocale::setDefault(QLocale(QStringLiteral("nl_NL")));
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("webcaredesk-tests"));
    TestApplication::setApplicationName(QStringLiteral("webcaredesk-tests"));
    return Catch::Session().run(argc, argv);
}
