#!/usr/bin/env bash
# The real coffre binary speaks French when the locale says so, through each variable a
# user may set (LANG, LC_MESSAGES, LC_ALL, LANGUAGE), and English otherwise.
#   check_cli_french.sh /path/to/coffre
set -uo pipefail
coffre=$1
failures=0
passes=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/coffre-fr.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache"

nbsp=$'\u00a0'

# run NAME ENV... -- ARGS: runs coffre with a clean locale plus ENV; output in $tmp/NAME.{out,err}
run() {
    local name=$1
    shift
    local envs=()
    while [ "$1" != "--" ]; do
        envs+=("$1")
        shift
    done
    shift
    env -u LANG -u LANGUAGE -u LC_ALL -u LC_MESSAGES -u COFFRE_API_KEY "${envs[@]}" \
        "$coffre" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"
    echo $? >"$tmp/$name.rc"
}

expect() { # expect NAME out|err TEXT: the output contains TEXT
    if grep -qF -- "$3" "$tmp/$1.$2"; then
        passes=$((passes + 1))
    else
        echo "FAIL: $1: std$2 lacks '$3':"
        sed 's/^/    /' "$tmp/$1.$2"
        failures=$((failures + 1))
    fi
}

refuse() { # refuse NAME out|err TEXT: the output does not contain TEXT
    if grep -qF -- "$3" "$tmp/$1.$2"; then
        echo "FAIL: $1: std$2 has '$3':"
        sed 's/^/    /' "$tmp/$1.$2"
        failures=$((failures + 1))
    else
        passes=$((passes + 1))
    fi
}

status() { # status NAME CODE
    if [ "$(cat "$tmp/$1.rc")" = "$2" ]; then
        passes=$((passes + 1))
    else
        echo "FAIL: $1: exit status $(cat "$tmp/$1.rc") instead of $2"
        failures=$((failures + 1))
    fi
}

# The glibc locale may not be generated on a bare machine: Qt reads the variables itself,
# so French must still come out, but glibc-dependent parts (strerror) stay English then.
if locale -a 2>/dev/null | grep -qix 'fr_FR.utf8'; then
    echo "note: fr_FR.UTF-8 is generated on this machine"
else
    echo "note: fr_FR.UTF-8 is not generated here (./dev deps generates it); Qt reads LANG itself"
fi

run help LANG=fr_FR.UTF-8 -- --help
status help 0
expect help out "Utilisation${nbsp}: coffre"
expect help out "Commandes${nbsp}:"
expect help out "Options globales${nbsp}:"
expect help out "Environnement${nbsp}:"
expect help out "--api-key-file CHEMIN"
expect help out "Créer un profil de sauvegarde"
refuse help out "Usage:"
refuse help out "Commands:"
# Qt's own warning about a locale that glibc does not know must not leak to the user.
refuse help err "Detected locale"

# A command's help: Coffre's descriptions and Qt's own headings (qtbase_fr).
run addhelp LANG=fr_FR.UTF-8 -- profile add --help
status addhelp 0
# Qt's own headings come from qtbase_fr, which writes them with a plain space.
expect addhelp out "Utilisation : coffre profile add [options] NOM"
expect addhelp out "Options :"
expect addhelp out "Arguments :"
expect addhelp out "des N derniers jours qui en ont une"
expect addhelp out "--source <dossier>"
refuse addhelp out "Displays"

# Errors, with the French prefix and guillemets.
run unknown LANG=fr_FR.UTF-8 -- nosuchcommand
status unknown 2
expect unknown err "coffre${nbsp}: commande inconnue «${nbsp}nosuchcommand${nbsp}»"

run noprofile LANG=fr_FR.UTF-8 -- profile show Nothing
status noprofile 3
expect noprofile err "Il n’y a pas de profil nommé «${nbsp}Nothing${nbsp}»"

run emptylist LANG=fr_FR.UTF-8 -- profile list
status emptylist 0
expect emptylist out "Aucun profil pour l’instant."

# The other variables, in glibc's order of precedence.
run messages LANG=C.UTF-8 LC_MESSAGES=fr_FR.UTF-8 -- --help
expect messages out "Commandes${nbsp}:"
run lcall LANG=en_US.UTF-8 LC_ALL=fr_FR.UTF-8 -- --help
expect lcall out "Commandes${nbsp}:"
run language LANG=fr_FR.UTF-8 LANGUAGE=de:fr -- --help
expect language out "Commandes${nbsp}:"
run lcall_c LANG=fr_FR.UTF-8 LC_ALL=C.UTF-8 -- --help
expect lcall_c out "Commands:"

# English stays English.
run english LANG=en_GB.UTF-8 -- --help
expect english out "Usage: coffre"
expect english out "Commands:"
run clocale LANG=C -- --help
expect clocale out "Commands:"

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
