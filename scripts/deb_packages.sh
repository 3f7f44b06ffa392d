#!/usr/bin/env bash
# Prints the Debian packages that `make deps` installs, one per line, named as
# this distribution names them (Debian 12 bookworm, 13 trixie, sid).
#
# - PostGIS follows the PostgreSQL major version that the distribution's
#   `postgresql` metapackage depends on: 15 on Debian 12, 17 on 13, 18 on sid.
# - An entry "a|b" takes the first alternative that apt knows (installed or
#   with an installation candidate), for tools that a release may rename.
#
# Needs apt's package lists: exits 3 (and says so) when they do not know the
# packages yet, so that the caller runs `apt-get update` and asks again.
set -euo pipefail

WANTED=(
    qgis python3-qgis qgis-providers python3-gdal gdal-bin python3-pyqt5.qtsvg
    python3-numpy python3-pandas python3-scipy python3-venv python3-pip
    # lrelease (Qt 5 Linguist) and pylupdate5 for the .ts/.qm workflow
    qttools5-dev-tools pyqt5-dev-tools
    xvfb xauth imagemagick poppler-utils
    # QGIS 3.40/3.44 try to download Open Sans at start-up when it is missing (a warning in the message bar)
    fonts-open-sans
    postgresql-client
)

# "installed" or the candidate version, per package, from one apt-cache call
declare -A known=()
names=()
for entry in "${WANTED[@]}"; do
    IFS='|' read -r -a alternatives <<<"$entry"
    names+=("${alternatives[@]}")
done
names+=(postgresql)
while read -r name candidate installed; do
    if [ "$installed" != "(none)" ] || [ "$candidate" != "(none)" ]; then
        known[$name]=1
    fi
done < <(LC_ALL=C apt-cache policy "${names[@]}" 2>/dev/null | awk '
    /^[^ ].*:$/        { if (name != "") print name, cand, inst; name = substr($0, 1, length($0) - 1); cand = inst = "(none)" }
    /^  Installed: /   { inst = $2 }
    /^  Candidate: /   { cand = $2 }
    END                { if (name != "") print name, cand, inst }')

if [ -z "${known[postgresql]:-}" ]; then
    echo "deb_packages.sh: apt does not know the package postgresql: run apt-get update" >&2
    exit 3
fi

# PostgreSQL major version: the installed metapackage's dependency, else its candidate's
pg_major=$(dpkg-query -W -f='${Status}\t${Depends}\n' postgresql 2>/dev/null |
           sed -n 's/^install ok installed\t.*\bpostgresql-\([0-9][0-9]*\)\b.*/\1/p' | head -n 1 || true)
if [ -z "$pg_major" ]; then
    pg_major=$(LC_ALL=C apt-cache depends postgresql 2>/dev/null |
               sed -n 's/^ *Depends: postgresql-\([0-9][0-9]*\)$/\1/p' | head -n 1)
fi
if [ -z "$pg_major" ]; then
    echo "deb_packages.sh: cannot tell which PostgreSQL version the package postgresql stands for" >&2
    exit 1
fi

for entry in "${WANTED[@]}"; do
    IFS='|' read -r -a alternatives <<<"$entry"
    chosen=""
    for name in "${alternatives[@]}"; do
        if [ -n "${known[$name]:-}" ]; then chosen=$name; break; fi
    done
    if [ -z "$chosen" ]; then
        echo "deb_packages.sh: apt knows none of: ${alternatives[*]} (run apt-get update?)" >&2
        exit 3
    fi
    echo "$chosen"
done
echo "postgresql-${pg_major}-postgis-3"
