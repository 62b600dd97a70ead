// SPDX-License-Identifier: MIT
// The properties come from ICU 72 (Debian 12's libicu72, Unicode 15.0), the library Qt itself links: the same
// data a compiled-in table was once generated from, without a table to regenerate. The tests check them against
// GraphemeBreakTest.txt and the emoji data files of the same Unicode version.
#include "unicodeproperties.h"

#include <unicode/uchar.h>

namespace webcare::composer {

namespace {

GraphemeBreak graphemeBreakOf(char32_t codePoint)
{
    switch (u_getIntPropertyValue(UChar32(codePoint), UCHAR_GRAPHEME_CLUSTER_BREAK)) {
    case U_GCB_CONTROL:
        return GraphemeBreak::Control;
    case U_GCB_CR:
        return GraphemeBreak::CR;
    case U_GCB_LF:
        return GraphemeBreak::LF;
    case U_GCB_EXTEND:
        return GraphemeBreak::Extend;
    case U_GCB_ZWJ:
        return GraphemeBreak::Zwj;
    case U_GCB_REGIONAL_INDICATOR:
        return GraphemeBreak::RegionalIndicator;
    case U_GCB_PREPEND:
        return GraphemeBreak::Prepend;
    case U_GCB_SPACING_MARK:
        return GraphemeBreak::SpacingMark;
    case U_GCB_L:
        return GraphemeBreak::L;
    case U_GCB_V:
        return GraphemeBreak::V;
    case U_GCB_T:
        return GraphemeBreak::T;
    case U_GCB_LV:
        return GraphemeBreak::LV;
    case U_GCB_LVT:
        return GraphemeBreak::LVT;
    default: // Other, and the values Unicode no longer assigns (E_Base, E_Modifier, Glue_After_Zwj, E_Base_GAZ)
        return GraphemeBreak::Other;
    }
}

} // namespace

CodePointProperties codePointProperties(char32_t codePoint)
{
    if (codePoint > 0x10FFFF)
        return {};
    const auto c = UChar32(codePoint);
    return {graphemeBreakOf(codePoint), u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) != 0,
            u_hasBinaryProperty(c, UCHAR_EMOJI) != 0, u_hasBinaryProperty(c, UCHAR_EMOJI_PRESENTATION) != 0};
}

} // namespace webcare::composer
