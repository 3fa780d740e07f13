#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, run and test Madoguchi.
# Idempotent: installs only what is missing, and does nothing when everything is present.
# Works as root, or through sudo for another user.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git
  # Qt 6.4
  qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libgl-dev libvulkan-dev libqt6opengl6-dev
  # GIS libraries
  libgdal-dev libgeos-dev libproj-dev proj-data gdal-bin
  # tests
  catch2 xvfb xauth poppler-utils
  # the Debian package (make package) and its test (make package-test): dpkg-shlibdeps, and the
  # validators of the desktop file, the AppStream metadata and the manual pages
  dpkg-dev desktop-file-utils appstream groff-base
  # fonts for Japanese labels and exports
  fonts-noto-cjk
  # xlsx export
  libxlsxwriter-dev
  # the closure optimiser's mixed-integer programming solver (COIN-OR CBC)
  coinor-libcbc-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages are present."
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "install-deps: missing packages: ${missing[*]}" >&2
  echo "install-deps: run this script as root or install sudo." >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
