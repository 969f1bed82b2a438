#!/usr/bin/env bash
# Installs the independent checkers the tests run (Debian packages): rapper, serdi (a strict N-Triples reader), Python rdflib/pyld/networkx/SPARQLWrapper,
# markdown-it-py (the rdflib baseline of the benchmark, also run by a test), python3-igraph (reads the GraphML),
# Virtuoso (push and bulk-load tests; curl sends its Graph Store PUT), Apache Jena and OWL API (Java checkers in test/helpers/java/, compiled by the
# JDK's single-file launcher) and Chromium for the browser tests. Installs only what is missing; uses sudo when not root.
set -euo pipefail
packages=(raptor2-utils serdi python3-rdflib python3-pyld python3-networkx python3-igraph python3-markdown-it chromium python3-sparqlwrapper virtuoso-opensource
  libapache-jena-java libowlapi-java openjdk-17-jdk-headless curl)
missing=()
for pkg in "${packages[@]}"; do
  # "install ok installed" is dpkg's fully-installed state (dpkg -s also succeeds for removed-but-configured).
  [[ $(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true) == 'install ok installed' ]] || missing+=("$pkg")
done
if ((${#missing[@]} == 0)); then
  echo "test peers: all installed (${packages[*]})" >&2
  exit 0
fi
as_root=()
[[ $(id -u) == 0 ]] || as_root=(sudo)
echo "test peers: apt-get install ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update >&2
# virtuoso-opensource (push test) asks for the dba password of its system database: preseed a random one. The tests
# start their own Virtuoso on 127.0.0.1 with a fresh database of their own; the system service is not used.
if [[ " ${missing[*]} " == *" virtuoso-opensource "* ]]; then
  pw=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
  printf '%s\n' "virtuoso-opensource-7 virtuoso-opensource-7/dba-password password $pw" \
    "virtuoso-opensource-7 virtuoso-opensource-7/dba-password-again password $pw" \
    'virtuoso-opensource-7 virtuoso-opensource-7/register-odbc-dsn boolean false' | "${as_root[@]}" debconf-set-selections
fi
"${as_root[@]}" apt-get install -y --no-install-recommends "${missing[@]}" >&2
if [[ " ${missing[*]} " == *" virtuoso-opensource "* ]] && command -v systemctl >/dev/null && systemctl is-enabled virtuoso-opensource-7 >/dev/null 2>&1; then
  "${as_root[@]}" systemctl disable --now virtuoso-opensource-7 >&2 || true
fi
