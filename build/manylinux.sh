#!/bin/sh
# The Linux build for the oldest targets, inside the manylinux_2_28 container (AlmaLinux 8, glibc 2.28).
#
#   docker run --rm -v "$PWD":/src -w /src quay.io/pypa/manylinux_2_28_x86_64 sh build/manylinux.sh
#   (podman works the same; the GitHub workflow .github/workflows/build.yml runs `deps`, then the steps below)
#
# Why a container: a folder built on a newer system asks for that system's glibc and will not start on
# Astra Linux 1.7 or RED OS 7.3; built against glibc 2.28 it starts on every target (build/linux.md).
# The container's own /opt/python interpreters are static and PyInstaller needs a shared libpython, so the
# build uses AlmaLinux's python3.11. The X11, xcb and font libraries installed here are the ones
# PyInstaller copies into the folder, so the targets need only what every desktop has.
set -eu

deps() {
  dnf install -y -q epel-release
  dnf install -y -q \
    python3.11 python3.11-devel python3.11-pip binutils \
    fontconfig freetype glib2 dbus-libs libX11 libX11-xcb libxcb libxkbcommon libxkbcommon-x11 \
    mesa-libGL mesa-libEGL libglvnd-glx libglvnd-egl \
    xcb-util xcb-util-cursor xcb-util-image xcb-util-keysyms xcb-util-renderutil xcb-util-wm
}

build() {
  # A .venv made outside the container would be reused with wheels built for a newer glibc (cryptography's
  # manylinux_2_34, say): the build starts from a clean checkout, as the GitHub workflow does.
  if [ -e .venv ]; then
    echo "В папке уже есть .venv, сделанная не в контейнере: соберите из чистой копии (git clone) или удалите .venv." >&2
    exit 1
  fi
  python3.11 dev.py dist
  python3.11 build/linux_floor.py dist/orientir --max-glibc 2.28
  python3.11 build/smoke.py
}

case "${1:-all}" in
  deps) deps ;;
  build) build ;;
  all) deps; build ;;
  *) echo "usage: sh build/manylinux.sh [deps|build|all]" >&2; exit 2 ;;
esac
