// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

namespace webcare::composer {

// The top-level domains twitter-text knows, lower case, separated by '|' (ready for a regular expression).
QStringView countryCodeTopLevelDomains();
QStringView genericTopLevelDomains();

} // namespace webcare::composer
