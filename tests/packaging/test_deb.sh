#!/bin/sh
# SPDX-License-Identifier: MIT
# Builds the Debian package from this build folder, unpacks it into an empty folder tree (dpkg -x, as an install
# would, without touching the system) and starts the unpacked binary. Exit 77: skipped (no dpkg tools here).
set -eu
build=$1
for tool in cpack dpkg-deb dpkg-shlibdeps file; do
    command -v "$tool" >/dev/null 2>&1 || { echo "SKIPPED: $tool is not installed"; exit 77; }
done
work=$(mktemp -d /tmp/webcaredesk-deb.XXXXXX)
trap 'rm -rf "$work"' EXIT

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/webcaredesk_*.deb)
echo "package: $(basename "$deb")"

fail() { echo "FAILED: $*"; exit 1; }
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for needed in hunspell-nl libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libqt6widgets6 libhunspell libqt6keychain; do
    echo "$depends" | grep -q "$needed" || fail "Depends lacks $needed"
done

dpkg-deb --contents "$deb" >"$work/contents"
for path in ./usr/bin/webcaredesk ./usr/share/applications/webcaredesk.desktop \
    ./usr/share/icons/hicolor/scalable/apps/webcaredesk.svg ./usr/share/metainfo/nl.webcaredesk.WebcareDesk.metainfo.xml \
    ./usr/share/doc/webcaredesk/copyright; do
    grep -q " $path\$" "$work/contents" || fail "the package lacks $path"
done
# Test-only material never ships.
if grep -Eq 'tests/|fakeplatform|syncdriver|_bench|core_tests|ui_tests' "$work/contents"; then
    fail "the package holds test or benchmark files"
fi
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/doc/webcaredesk/copyright | grep -q "twitter-text" \
    || fail "copyright lacks the twitter-text attribution"

mkdir "$work/root"
dpkg -x "$deb" "$work/root"
version=$(QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/webcaredesk" --version)
echo "unpacked binary says: $version"
expected=$(dpkg-deb -f "$deb" Version)
echo "$version" | grep -q "$expected" || fail "--version printed '$version', the package is $expected"
echo "OK"
