#!/usr/bin/env bash
# Installs the independent checkers the tests run (Debian packages): rapper, Python rdflib/pyld/networkx, and
# Chromium for the browser tests. Installs only what is missing; uses sudo when not root.
set -euo pipefail
packages=(raptor2-utils python3-rdflib python3-pyld python3-networkx chromium)
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
"${as_root[@]}" apt-get install -y --no-install-recommends "${missing[@]}" >&2
