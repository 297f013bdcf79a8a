#!/usr/bin/env bash
# Installs what a fresh Debian machine with only the .NET SDK lacks for the test suite:
# Debian's Chromium (Playwright cannot download its own browser here), fonts for rendering,
# sqlite3 for the import benchmark, and poppler-utils for rendering board packs to PNG.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi 'Liberation Sans' || missing+=(fonts-liberation fontconfig)
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)

if [ ${#missing[@]} -eq 0 ]; then
  echo "prerequisites: already installed"
  exit 0
fi

echo "prerequisites: installing ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "prerequisites: done"
