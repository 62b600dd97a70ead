// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace webcare::composer {

// Grapheme_Cluster_Break values of UAX #29 (the ones Unicode 15.0 still assigns).
enum class GraphemeBreak : quint8 {
    Other,
    Control,
    CR,
    LF,
    Extend,
    Zwj,
    RegionalIndicator,
    Prepend,
    SpacingMark,
    L,
    V,
    T,
    LV,
    LVT
};

struct CodePointProperties {
    GraphemeBreak graphemeBreak = GraphemeBreak::Other;
    bool extendedPictographic = false;
    bool emoji = false;             // Emoji=Yes: includes text-style symbols such as U+00A9 and the digits, # and *
    bool emojiPresentation = false; // shown as emoji without a variation selector
};

// Unicode 15.0 properties from ICU 72 (not the older, Unicode 14 tables of Qt 6.4).
CodePointProperties codePointProperties(char32_t codePoint);

} // namespace webcare::composer
