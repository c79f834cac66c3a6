#!/usr/bin/env bash
# Builds the .deb and the .tgz from a built tree with CPack, then checks what they hold,
# what the .deb depends on, and that the packaged coffre runs. With
# COFFRE_TEST_SYSTEM_INSTALL=1 (set by CI, which runs as root on a throwaway machine) it
# also installs the .deb with apt-get, checks the installed files and removes it again;
# a developer machine is left alone unless asked.
#   check_package.sh BUILD_DIR VERSION
set -uo pipefail
build=$1
version=$2
app_id=io.github.coffre_backup.Coffre
failures=0
passes=0
out=$(mktemp -d "${TMPDIR:-/tmp}/coffre-package.XXXXXX")
trap 'rm -rf "$out"' EXIT

ok() {
    passes=$((passes + 1))
}
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
finish() {
    echo "$passes passed, $failures failed"
    [ "$failures" -eq 0 ]
    exit
}

prefix=$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$build/CMakeCache.txt")
if [ "$prefix" != "/usr" ]; then
    fail "the build is configured for $prefix, not /usr: run ./dev package (or cmake -DCMAKE_INSTALL_PREFIX=/usr)"
    finish
fi

if ! cpack --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$out" >"$out/cpack.log" 2>&1; then
    fail "cpack failed:"
    cat "$out/cpack.log"
    finish
fi
arch=$(dpkg --print-architecture)
deb="$out/coffre_${version}_${arch}.deb"
tgz=$(ls "$out"/coffre-"$version"-*.tar.gz 2>/dev/null | head -n 1)
[ -f "$deb" ] && ok || { fail "no $deb:"; ls "$out"; finish; }
[ -n "$tgz" ] && ok || fail "no .tar.gz in $out"

# --- what the .deb holds -------------------------------------------------------------
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$out/files"
echo "the .deb holds $(grep -vc '/$' "$out/files") files:"
grep -v '/$' "$out/files" | sed 's/^/    /'
want=(
    /usr/bin/coffre
    /usr/share/applications/$app_id.desktop
    /usr/share/metainfo/$app_id.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/$app_id.svg
    /usr/share/man/man1/coffre.1.gz
    /usr/lib/systemd/user/coffre-backup.service
    /usr/lib/systemd/user/coffre-backup.timer
)
for size in 16 22 24 32 48 64 128 256; do
    want+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for file in "${want[@]}"; do
    grep -qxF "$file" "$out/files" && ok || fail "the .deb lacks $file"
done
# Nothing of the tests, benchmarks, stand-in or build tools; no headers or static libraries.
if grep -E 'tst_|fakefichier|bench|render-icon|screenshots|\.a$|/include/|\.h$' "$out/files"; then
    fail "the .deb holds files it must not (above)"
else
    ok
fi
unexpected=$(grep -v '/$' "$out/files" | grep -vxF -f <(printf '%s\n' "${want[@]}"))
[ -z "$unexpected" ] && ok || fail "files nobody asked for: $unexpected"

# --- control fields: dependencies from dpkg-shlibdeps -----------------------------------
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
echo "Recommends: $(dpkg-deb -f "$deb" Recommends)"
for lib in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6dbus6 \
    libqt6svg6 libquazip1-qt6-1 libqt6keychain1 libgcrypt20 libdeflate0 zlib1g; do
    grep -qE "(^|, )${lib//+/\\+}( |,|$)" <<<"$depends" && ok || fail "Depends lacks $lib"
done
# Every library the binary needs is provided by a package it depends on.
dpkg-deb -x "$deb" "$out/root"
while read -r soname; do
    owner=$(dpkg -S "*/$soname" 2>/dev/null | head -n 1 | cut -d: -f1)
    if [ -z "$owner" ]; then
        fail "no installed package provides $soname"
    elif grep -qE "(^|, )${owner//+/\\+}( |,|$)" <<<"$depends"; then
        ok
    else
        fail "$soname comes from $owner, which Depends does not name"
    fi
done < <(objdump -p "$out/root/usr/bin/coffre" | awk '/NEEDED/ {print $2}')
[ "$(dpkg-deb -f "$deb" Package)" = coffre ] && ok || fail "Package is not coffre"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] && ok || fail "Version is not $version"
file "$out/root/usr/bin/coffre" | grep -q ', stripped' && ok || fail "the binary is not stripped"

# --- the packaged files work ------------------------------------------------------------
got=$(env -u LANG -u LANGUAGE -u LC_ALL "$out/root/usr/bin/coffre" --version 2>&1)
[ "$got" = "coffre $version" ] && ok || fail "packaged coffre --version said: $got"
desktop-file-validate "$out/root/usr/share/applications/$app_id.desktop" && ok || fail "desktop-file-validate"
appstreamcli validate --no-net "$out/root/usr/share/metainfo/$app_id.metainfo.xml" >/dev/null \
    && ok || fail "appstreamcli validate"
grep -qx "ExecStart=/usr/bin/coffre run --due" "$out/root/usr/lib/systemd/user/coffre-backup.service" \
    && ok || fail "the service does not run /usr/bin/coffre run --due"
zcat "$out/root/usr/share/man/man1/coffre.1.gz" | grep -q '^\.TH COFFRE 1' && ok || fail "man page"

# --- the .tgz holds the same tree --------------------------------------------------------
if [ -n "$tgz" ]; then
    tar -tzf "$tgz" | sed 's|^[^/]*||' | grep -v '/$' | sort >"$out/tgz-files"
    grep -v '/$' "$out/files" | sort | diff - "$out/tgz-files" >/dev/null && ok \
        || fail "the .tgz and the .deb hold different files"
fi

# --- installing it on this machine (CI only, or when asked) ---------------------------------
if [ "${COFFRE_TEST_SYSTEM_INSTALL:-0}" = 1 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        fail "COFFRE_TEST_SYSTEM_INSTALL=1 needs root"
    elif dpkg-query -W -f='${Status}' coffre 2>/dev/null | grep -q 'install ok installed'; then
        echo "note: a coffre package is already installed here; not replacing it"
    else
        apt=(env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -y -q)
        if "${apt[@]}" install --no-install-recommends "$deb" >"$out/apt.log" 2>&1; then
            ok
            got=$(env -u LANG -u LANGUAGE -u LC_ALL coffre --version 2>&1)
            [ "$got" = "coffre $version" ] && ok || fail "installed coffre --version said: $got"
            [ "$(command -v coffre)" = /usr/bin/coffre ] && ok || fail "coffre is not /usr/bin/coffre"
            got=$(env -u LANGUAGE LANG=fr_FR.UTF-8 coffre --help 2>&1 | head -n 3)
            grep -q 'Utilisation' <<<"$got" && ok || fail "installed coffre --help is not French: $got"
            man -w coffre >/dev/null 2>&1 && ok || fail "man -w coffre finds no page"
            if command -v systemd-analyze >/dev/null; then
                systemd-analyze verify /usr/lib/systemd/user/coffre-backup.service \
                    /usr/lib/systemd/user/coffre-backup.timer && ok || fail "systemd-analyze verify"
            fi
            "${apt[@]}" purge coffre >>"$out/apt.log" 2>&1 && ok || fail "apt-get purge coffre"
            [ ! -e /usr/bin/coffre ] && ok || fail "/usr/bin/coffre is still there after purge"
        else
            fail "apt-get install $deb:"
            cat "$out/apt.log"
        fi
    fi
else
    echo "note: not installed system-wide (COFFRE_TEST_SYSTEM_INSTALL=1 does, as CI)"
fi

finish
