# Sourced by the project's scripts: installs Debian/Ubuntu packages as root, or through sudo.
#   apt_install "why they are needed" package...

apt_install() {
  local why="$1"; shift
  echo "$why; installing $* ..." >&2
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "error: not root and no sudo; install $* and retry" >&2; return 1; }
    sudo="sudo"
  fi
  command -v apt-get >/dev/null 2>&1 || { echo "error: no apt-get here; install $* by hand and retry" >&2; return 1; }
  DEBIAN_FRONTEND=noninteractive $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "$@"
}
