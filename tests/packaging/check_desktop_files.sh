#!/usr/bin/env bash
# The desktop entry, the AppStream metainfo and the systemd user units as shipped pass
# their own validators (desktop-file-utils, appstream, systemd).
#   check_desktop_files.sh SOURCE_DIR BUILD_PACKAGING_DIR
set -uo pipefail
src=$1
built=$2
app_id=io.github.coffre_backup.Coffre
failures=0
passes=0

check() { # check NAME COMMAND...: the command succeeds and prints nothing on stderr
    local name=$1
    shift
    local out
    if out=$("$@" 2>&1); then
        echo "ok: $name"
        [ -n "$out" ] && printf '%s\n' "$out" | sed 's/^/    /'
        passes=$((passes + 1))
    else
        echo "FAIL: $name"
        printf '%s\n' "$out" | sed 's/^/    /'
        failures=$((failures + 1))
    fi
}

check desktop-file-validate desktop-file-validate "$src/packaging/linux/$app_id.desktop"
check "appstreamcli validate" appstreamcli validate --no-net --explain "$src/packaging/linux/$app_id.metainfo.xml"

# The screenshots the metainfo names are the README's.
for shot in $(grep -o 'docs/screenshots/[a-z-]*\.png' "$src/packaging/linux/$app_id.metainfo.xml"); do
    check "screenshot $shot exists" test -s "$src/$shot"
done

# systemd-analyze checks that ExecStart is executable: check a copy whose ExecStart names a
# stand-in script, so that the check needs no installed coffre (check_package.sh verifies
# the installed units as they are).
if command -v systemd-analyze >/dev/null; then
    dir=$(mktemp -d "${TMPDIR:-/tmp}/coffre-units.XXXXXX")
    trap 'rm -rf "$dir"' EXIT
    printf '#!/bin/sh\nexit 0\n' >"$dir/coffre"
    chmod 755 "$dir/coffre"
    sed "s|^ExecStart=[^ ]*|ExecStart=$dir/coffre|" "$built/coffre-backup.service" >"$dir/coffre-backup.service"
    cp "$src/packaging/systemd/coffre-backup.timer" "$dir/"
    # Documentation=man:coffre(1) is checked with man(1): show it the page from the sources.
    mkdir -p "$dir/man/man1"
    cp "$src/packaging/man/coffre.1" "$dir/man/man1/"
    check "systemd-analyze verify" env MANPATH="$dir/man" \
        systemd-analyze verify "$dir/coffre-backup.service" "$dir/coffre-backup.timer"
else
    echo "note: systemd-analyze is not installed; the units were not verified"
fi

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
