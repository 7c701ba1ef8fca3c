#!/usr/bin/env bash
# The browser tests drive a system Chromium and start a real nginx. Called first by `npm test`
# and by .ci/run: as root on Debian it installs what is missing from the distribution; anywhere
# else (or with EVENT_GALLERY_PROVISION=0) it only checks, and stops with one line per missing
# program, before the build and the tests, rather than letting every browser test fail alone.
set -u

chrome="${CHROME_PATH:-/usr/bin/chromium}"
nginx="${NGINX_PATH:-/usr/sbin/nginx}"

# Only Debian's own paths can be provided by apt-get: a CHROME_PATH naming another file is the
# user's choice, and installing a package would not make it appear.
packages=()
[ -x "$chrome" ] || [ "$chrome" != /usr/bin/chromium ] || packages+=(chromium)
[ -x "$nginx" ] || [ "$nginx" != /usr/sbin/nginx ] || packages+=(nginx)

if [ ${#packages[@]} -gt 0 ] && [ "${EVENT_GALLERY_PROVISION:-1}" != 0 ] &&
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "preflight: installing ${packages[*]} with apt-get" >&2
  apt-get update -qq >/dev/null &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null ||
    echo "preflight: apt-get could not install ${packages[*]}" >&2
fi

missing=0
check() { # <what> <path> <variable> <Debian package>
  [ -x "$2" ] && return
  echo "npm test: no $1 at $2 ($3); install it with \`apt-get install $4\` (as root), or set $3 to its path." >&2
  missing=1
}
check Chromium "$chrome" CHROME_PATH chromium
check nginx "$nginx" NGINX_PATH nginx
exit $missing
