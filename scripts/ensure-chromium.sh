# Sourced by the project's scripts: makes sure Debian's chromium and chromedriver are installed.
# The review page's browser test drives them headless through Selenium; nothing is downloaded at
# test time (Selenium Manager is not used: the test names both executables from PATH).
. "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh"

ensure_chromium() {
  if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    return 0
  fi
  apt_install "The review page's browser test needs Chromium and its driver" chromium chromium-driver
  command -v chromedriver >/dev/null 2>&1 || { echo "error: chromium-driver installed but chromedriver is not on PATH" >&2; return 1; }
}
