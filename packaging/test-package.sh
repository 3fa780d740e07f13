#!/usr/bin/env bash
# Checks the Debian package as a user gets it: installs BUILD_DIR/madoguchi_<version>_<arch>.deb with apt
# (over an installed Madoguchi too), then checks that
#   - the package's fields are right: dependencies from dpkg-shlibdeps plus the Japanese font, section,
#     maintainer, and every file under /usr;
#   - dpkg --verify finds every installed file as packaged, and the programs find their libraries;
#   - /usr/bin/madoguchi-cli and /usr/bin/madoguchi print the project's version, and the CLI reads the
#     installed Kumamoto sample (and evaluates it when the reference data is beside the source tree);
#   - the workbench starts on the installed sample with the X11 platform plugin (under Xvfb) and keeps
#     running;
#   - the desktop file and the AppStream metadata validate, the MIME type is registered, the icon is in the
#     hicolor theme, and the manual pages render without warnings and name every option of the CLI's help;
#   - installing the same .deb again over it works.
# Removes the package at the end unless it was installed before (MADOGUCHI_KEEP_PACKAGE=1 keeps it).
# Needs root, or sudo. Usage: packaging/test-package.sh [BUILD_DIR]   (default build/default)
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=$(cd "${1:-$source_dir/build/default}" && pwd)
package=madoguchi

fail() {
  echo "package-test: FAILED: $*" >&2
  exit 1
}
step() { echo "package-test: $*"; }

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")
[ -n "$version" ] || fail "no CMAKE_PROJECT_VERSION in $build_dir/CMakeCache.txt: configure first (make configure)"
deb="$build_dir/${package}_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "$deb does not exist: build it first with 'make package'"

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  fail "installing the package needs root: run as root or install sudo"
fi
apt_get() {
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get -q -y -o DPkg::Lock::Timeout=600 --no-install-recommends "$@"
}
installed() {
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q '^install ok installed$'
}

work=$(mktemp -d)
# One package test at a time on a machine: another run would install or remove the package under it.
exec 9>"${TMPDIR:-/tmp}/madoguchi-package-test.lock"
flock 9

was_installed=false
installed && was_installed=true
cleanup() {
  local status=$?
  if ! $was_installed && [ "${MADOGUCHI_KEEP_PACKAGE:-0}" != 1 ] && installed; then
    step "removing $package (it was not installed before the test)"
    apt_get remove "$package" >"$work/remove.log" 2>&1 || { cat "$work/remove.log" >&2; status=1; }
  fi
  rm -rf "$work"
  exit $status
}
trap cleanup EXIT

# --- The package file ---------------------------------------------------------------------------------
step "checking $(basename "$deb")"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = "$package" ] || fail "Package is '$(field Package)', not $package"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
[ "$(field Section)" = science ] || fail "Section is '$(field Section)', not science"
[ "$(field Maintainer)" = "Madoguchi developers" ] || fail "Maintainer is '$(field Maintainer)'"
depends=$(field Depends)
# Libraries only dpkg-shlibdeps finds (no hand-written entry names them), and what it cannot see.
for dependency in libqt6widgets6 libgdal libgeos-c libproj libc6 fonts-noto-cjk libqt6svg6 coinor-libcbc3; do
  grep -q "$dependency" <<<"$depends" || fail "Depends lacks $dependency: $depends"
done
outside=$(dpkg-deb -c "$deb" | awk '{print $6}' | grep -v '^\./usr/' | grep -v '^\./$' || true)
[ -z "$outside" ] || fail "files outside /usr: $outside"

# --- Installation -----------------------------------------------------------------------------------
step "installing with apt$($was_installed && echo ' over the installed package')"
apt_get install --reinstall "$deb" >"$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "apt-get install"; }
installed || fail "$package is not installed after apt-get install"
[ "$(dpkg-query -W -f='${Version}' "$package")" = "$version" ] || fail "the installed version is not $version"
"${as_root[@]}" dpkg --verify "$package" || fail "dpkg --verify: installed files differ from the package"

files=$(dpkg -L "$package")
app_desktop=$(grep '^/usr/share/applications/.*\.desktop$' <<<"$files" || true)
[ "$(wc -l <<<"$app_desktop")" -eq 1 ] && [ -n "$app_desktop" ] || fail "expected one desktop file, got: $app_desktop"
app_id=$(basename "$app_desktop" .desktop)
sample=/usr/share/madoguchi/examples/kumamoto/kumamoto.madoguchi
for file in /usr/bin/madoguchi /usr/bin/madoguchi-cli \
    "/usr/share/metainfo/$app_id.metainfo.xml" \
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    /usr/share/mime/packages/madoguchi.xml \
    /usr/share/man/man1/madoguchi.1.gz /usr/share/man/man1/madoguchi-cli.1.gz \
    "$sample" "$(dirname "$sample")/offices.csv"; do
  grep -qxF "$file" <<<"$files" || fail "$file is not in the package"
  [ -f "$file" ] || fail "$file is missing after installation"
done
for program in /usr/bin/madoguchi /usr/bin/madoguchi-cli; do
  missing=$(ldd "$program" | grep 'not found' || true)
  [ -z "$missing" ] || fail "$program lacks libraries: $missing"
  if readelf -S "$program" | grep -q '\.debug_info'; then fail "$program is not stripped"; fi
done

# --- The programs -----------------------------------------------------------------------------------
step "running the installed programs"
cd "$work" # nothing may depend on the source tree as working directory
[ "$(/usr/bin/madoguchi-cli --version)" = "madoguchi-cli $version" ] || fail "madoguchi-cli --version: $(/usr/bin/madoguchi-cli --version)"
gui_version=$(QT_QPA_PLATFORM=offscreen /usr/bin/madoguchi --version 2>/dev/null)
[ "$gui_version" = "Madoguchi $version" ] || fail "madoguchi --version printed '$gui_version'"
QT_QPA_PLATFORM=offscreen /usr/bin/madoguchi --help 2>/dev/null | grep -q -- '--data-path' || fail "madoguchi --help lacks --data-path"

# The sample's scenarios need only its offices table, which is installed with it.
/usr/bin/madoguchi-cli scenarios "$sample" >"$work/scenarios.txt" 2>"$work/scenarios.err" \
  || fail "madoguchi-cli scenarios $sample: $(cat "$work/scenarios.err")"
grep -q '^2016年方針$' "$work/scenarios.txt" || fail "the sample's scenario 2016年方針 is not listed: $(cat "$work/scenarios.txt")"
grep -q 'close 7' "$work/scenarios.txt" || fail "2016年方針 does not close 7 counters: $(cat "$work/scenarios.txt")"

data_dir="$source_dir/../shared/data"
data_args=()
if [ -f "$data_dir/kumamoto/wards.shp" ]; then
  data_args=(--data-path "$data_dir")
  /usr/bin/madoguchi-cli evaluate "$sample" "${data_args[@]}" --scenario 2016年方針 --out "$work/kumamoto.csv" \
    --quiet 2>"$work/evaluate.err" || fail "madoguchi-cli evaluate $sample: $(cat "$work/evaluate.err")"
  rows=$(($(wc -l <"$work/kumamoto.csv") - 1))
  [ "$rows" -eq 14 ] || fail "evaluate wrote $rows branch offices, not Kumamoto's 14"
  head -1 "$work/kumamoto.csv" | grep -q 'catchment_population' || fail "evaluate did not read the population layer"
  # The closure optimiser through the installed solver library: the best set of seven closures.
  /usr/bin/madoguchi-cli optimise "$sample" "${data_args[@]}" --closures 7 --format csv --quiet \
    >"$work/optimise.csv" 2>"$work/optimise.err" || fail "madoguchi-cli optimise $sample: $(cat "$work/optimise.err")"
  grep -q '^optimum,,beyond,7,.*,true,' "$work/optimise.csv" || fail "optimise found no proven set of 7: $(cat "$work/optimise.csv")"
else
  step "no reference data in $data_dir: the workbench opens the sample without its layers"
fi

# The workbench with the X11 platform plugin a desktop uses (xvfb is a test dependency): it must still
# be running after it has opened the sample, and the platform plugin must have loaded.
if command -v xvfb-run >/dev/null 2>&1; then
  step "starting the workbench on the sample under Xvfb"
  set +e
  env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    /usr/bin/madoguchi "$@" & pid=$!
    sleep 8
    kill -0 $pid 2>/dev/null || { wait $pid; echo "exited early with status $?"; exit 3; }
    kill $pid; wait $pid; exit 0' madoguchi "$sample" "${data_args[@]}" >"$work/workbench.log" 2>&1
  status=$?
  set -e
  [ $status -eq 0 ] || fail "the workbench did not keep running on the sample: $(cat "$work/workbench.log")"
else
  step "no xvfb-run: starting the workbench with the offscreen platform"
  QT_QPA_PLATFORM=offscreen timeout 8 /usr/bin/madoguchi "$sample" "${data_args[@]}" >"$work/workbench.log" 2>&1 \
    && fail "the workbench exited on its own: $(cat "$work/workbench.log")"
  [ $? -eq 124 ] || fail "the workbench did not keep running on the sample: $(cat "$work/workbench.log")"
fi
if grep -Eqi 'qt\.qpa\.plugin|could not load the qt platform plugin|cannot load library' "$work/workbench.log"; then
  fail "the workbench could not load a Qt plugin: $(cat "$work/workbench.log")"
fi

# --- Desktop integration ----------------------------------------------------------------------------
step "validating the desktop file, the AppStream metadata, the MIME type and the icon"
report=$(desktop-file-validate "$app_desktop" 2>&1) || fail "desktop-file-validate: $report"
[ -z "$report" ] || fail "desktop-file-validate: $report"
grep -q '^MimeType=application/x-madoguchi-project;$' "$app_desktop" || fail "$app_desktop does not open *.madoguchi"
grep -q "^Icon=$app_id$" "$app_desktop" || fail "$app_desktop does not name the icon $app_id"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" >"$work/appstream.log" 2>&1 \
  || fail "appstreamcli validate: $(cat "$work/appstream.log")"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "/usr/share/metainfo/$app_id.metainfo.xml" \
  || fail "the metainfo does not launch $app_id.desktop"
grep -q "<release version=\"$version\"" "/usr/share/metainfo/$app_id.metainfo.xml" \
  || fail "the metainfo has no release $version"
# dpkg's trigger runs update-mime-database (shared-mime-info, which Qt Core depends on).
[ -f /usr/share/mime/application/x-madoguchi-project.xml ] || fail "the MIME type is not in the MIME database"
grep -q ':application/x-madoguchi-project:\*\.madoguchi' /usr/share/mime/globs2 \
  || fail "*.madoguchi is not registered as application/x-madoguchi-project"
grep -q '<svg' "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" || fail "the icon is not an SVG file"

# --- Manual pages -----------------------------------------------------------------------------------
step "rendering the manual pages"
for page in madoguchi madoguchi-cli; do
  zcat "/usr/share/man/man1/$page.1.gz" >"$work/$page.1"
  warnings=$(groff -man -k -Tutf8 -ww -z "$work/$page.1" 2>&1)
  [ -z "$warnings" ] || fail "$page.1: $warnings"
  groff -man -k -Tutf8 -P-cbou "$work/$page.1" 2>/dev/null >"$work/$page.txt"
  grep -q "^NAME" "$work/$page.txt" || fail "$page.1 renders without a NAME section"
done
# Every option the CLI's help lists is in its manual page.
{
  /usr/bin/madoguchi-cli --help
  /usr/bin/madoguchi-cli evaluate --help
  /usr/bin/madoguchi-cli scenarios --help
  /usr/bin/madoguchi-cli export table --help
  /usr/bin/madoguchi-cli export map --help
  /usr/bin/madoguchi-cli export chart --help
  /usr/bin/madoguchi-cli export report --help
} >"$work/cli-help.txt"
for option in $(grep -oE -- '--[a-z][a-z-]+' "$work/cli-help.txt" | sort -u); do
  [ "$option" = --help-all ] && continue # Qt's help for its own options
  grep -qF -- "$option" "$work/madoguchi-cli.txt" || fail "madoguchi-cli.1 does not document $option"
done
for command in evaluate scenarios; do
  grep -q "^       $command PROJECT" "$work/madoguchi-cli.txt" || fail "madoguchi-cli.1 does not describe $command"
done
for option in $(QT_QPA_PLATFORM=offscreen /usr/bin/madoguchi --help 2>/dev/null | grep -oE -- '--[a-z][a-z-]+' | sort -u); do
  [ "$option" = --help-all ] && continue
  grep -qF -- "$option" "$work/madoguchi.txt" || fail "madoguchi.1 does not document $option"
done

# --- Installing again over the installed package ----------------------------------------------------
step "installing again over the installed package"
apt_get install --reinstall "$deb" >"$work/reinstall.log" 2>&1 || { cat "$work/reinstall.log" >&2; fail "apt-get reinstall"; }
"${as_root[@]}" dpkg --verify "$package" || fail "dpkg --verify after reinstalling"
[ "$(/usr/bin/madoguchi-cli --version)" = "madoguchi-cli $version" ] || fail "madoguchi-cli after reinstalling"

step "all checks passed for $(basename "$deb")"
