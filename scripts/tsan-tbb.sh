#!/usr/bin/env bash
# Builds Debian's own oneTBB source (the same 2021.8 as libtbb-dev) with -fsanitize=thread into
# build/tsan-tbb/install, for the tsan preset. ThreadSanitizer cannot see the synchronisation
# inside an uninstrumented libtbb (its task hand-off is its own atomics), so with Debian's binary
# every result a worker thread hands back would be reported as a race — or hidden by suppressing
# every stack that passes through libtbb, which would leave TSan checking nothing. Instrumented,
# TBB's hand-offs are visible and TSan checks our code. Quick when already built.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/build/tsan-tbb"
prefix="$out/install"
[ -f "$prefix/lib/cmake/TBB/TBBConfig.cmake" ] && exit 0
mkdir -p "$out/apt/lists" "$out/src"
cd "$out"
version="$(dpkg-query -W -f='${Version}' libtbb-dev)"
# A private apt configuration with a deb-src line: the system's sources stay as they are.
echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm main" \
  >apt/sources.list
aptopts=(-o Dir::Etc::SourceList="$out/apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
         -o Dir::State::Lists="$out/apt/lists" -o Debug::NoLocking=1)
apt-get "${aptopts[@]}" update -qq
(cd src && apt-get "${aptopts[@]}" source --download-only -qq "onetbb=$version")
tar -xf src/onetbb_*.orig.tar.xz -C src
srcdir="$(find src -maxdepth 1 -type d -name 'oneTBB-*' | head -1)"
cmake -S "$srcdir" -B tbb-build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O1 -g1 -DNDEBUG" \
  -DTBB_SANITIZE=thread -DTBB_TEST=OFF -DTBB_EXAMPLES=OFF -DTBBMALLOC_BUILD=OFF -DTBB_STRICT=OFF \
  -DCMAKE_INSTALL_PREFIX="$prefix" >/dev/null
# Its own warnings (TSan ignores atomic_thread_fence) are not ours: kept in the log.
cmake --build tbb-build >build.log 2>&1 || { tail -n 40 build.log; exit 1; }
cmake --install tbb-build >/dev/null
echo "tsan-tbb: oneTBB $version with -fsanitize=thread in $prefix"
