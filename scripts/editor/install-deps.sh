#!/usr/bin/env bash
# Installs the Debian packages the real-editor tests need:
#   - chromium                 (driven by playwright-core, never `playwright install`)
#   - fonts-ipafont-gothic     (Japanese glyphs in screenshots of ja documents and messages)
#   - neovim                   (0.7.x, independent LSP client for test/nvim)
#   - ripgrep                  (/usr/bin/rg feeds code-server's @vscode/ripgrep install step)
#   - g++ make python3 pkg-config libx11-dev libxkbfile-dev libsecret-1-dev libkrb5-dev
#                              (node-gyp builds of code-server 4.100.3's native modules:
#                               node-pty, native-keymap, @vscode/spdlog, kerberos, ...)
#
# Idempotent: exits at once when everything is installed. Runs `apt-get update` only when a
# missing package has no install candidate in the current lists, or when an install fails
# (stale lists), then retries once. Non-interactive, safe for CI. Exits non-zero on failure.
#
# Usage: sudo scripts/editor/install-deps.sh        (or as root)
set -euo pipefail

PACKAGES=(chromium fonts-ipafont-gothic neovim ripgrep g++ make python3 pkg-config
          libx11-dev libxkbfile-dev libsecret-1-dev libkrb5-dev)

export DEBIAN_FRONTEND=noninteractive
log() { printf '[install-deps] %s\n' "$*" >&2; }

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=(sudo -n env DEBIAN_FRONTEND=noninteractive); else
    log "must run as root (or with passwordless sudo)"; exit 1; fi
fi

is_installed() {
  [ "$(dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null | cut -c1-2)" = "ii" ]
}

missing=()
for p in "${PACKAGES[@]}"; do is_installed "$p" || missing+=("$p"); done
if [ "${#missing[@]}" -eq 0 ]; then
  log "all packages already installed"
  exit 0
fi
log "missing: ${missing[*]}"

apt_update() {
  log "apt-get update"
  "${SUDO[@]}" apt-get update -qq -o=Dpkg::Use-Pty=0 >/dev/null || { log "apt-get update failed"; return 1; }
}

needs_update=0
for p in "${missing[@]}"; do
  cand=$(apt-cache policy "$p" 2>/dev/null | awk '/Candidate:/ {print $2; exit}')
  if [ -z "$cand" ] || [ "$cand" = "(none)" ]; then needs_update=1; break; fi
done
updated=0
if [ "$needs_update" -eq 1 ]; then apt_update; updated=1; fi

apt_install() {
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends -o=Dpkg::Use-Pty=0 \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}" \
    >/tmp/install-deps.$$.log 2>&1
}

log "apt-get install ${missing[*]}"
if ! apt_install; then
  if [ "$updated" -eq 0 ]; then
    log "install failed; refreshing package lists and retrying once"
    apt_update
    if ! apt_install; then tail -n 30 /tmp/install-deps.$$.log >&2; rm -f /tmp/install-deps.$$.log; exit 1; fi
  else
    tail -n 30 /tmp/install-deps.$$.log >&2; rm -f /tmp/install-deps.$$.log; exit 1
  fi
fi
rm -f /tmp/install-deps.$$.log

still=()
for p in "${PACKAGES[@]}"; do is_installed "$p" || still+=("$p"); done
if [ "${#still[@]}" -ne 0 ]; then log "still missing after install: ${still[*]}"; exit 1; fi
log "ok: $(chromium --version 2>/dev/null | sed -n 1p); $(nvim --version | sed -n 1p); $(rg --version | sed -n 1p)"
