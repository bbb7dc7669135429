#include "atomic_file.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace aimc::core {
namespace {

const std::string kTmpTag = ".tmp-";

// A run killed between open and rename (SIGKILL, power loss) leaves "<target>.tmp-<pid>" behind.
// Each later write of the same target removes those whose process no longer exists.
void removeStaleTemps(const std::filesystem::path& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const auto dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
    const std::string prefix = path.filename().string() + kTmpTag;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        const std::string name = e.path().filename().string();
        if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0)
            continue;
        const std::string pidText = name.substr(prefix.size());
        if (pidText.find_first_not_of("0123456789") != std::string::npos || pidText.size() > 9)
            continue;
        const auto pid = static_cast<pid_t>(std::stol(pidText));
        if (pid > 0 && pid != ::getpid() && ::kill(pid, 0) != 0 && errno == ESRCH)
            fs::remove(e.path(), ec);
    }
}

} // namespace

std::filesystem::path atomicTempPath(const std::filesystem::path& path) {
    return path.string() + kTmpTag + std::to_string(::getpid());
}

std::optional<std::string> writeFileAtomic(const std::filesystem::path& path,
                                           std::string_view contents) {
    removeStaleTemps(path);
    const auto tmp = atomicTempPath(path).string();
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return path.string() + ": cannot write (" + std::strerror(errno) + ")";
    auto failed = [&](const char* what) {
        const std::string err = std::strerror(errno);
        ::unlink(tmp.c_str());
        return std::optional<std::string>(path.string() + ": " + what + " (" + err + ")");
    };
    std::size_t done = 0;
    while (done < contents.size()) {
        const auto n = ::write(fd, contents.data() + done, contents.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int saved = errno;
            ::close(fd);
            errno = saved;
            return failed("write failed");
        }
        done += static_cast<std::size_t>(n);
    }
    // The descriptor is closed whether or not fsync succeeds.
    const bool synced = ::fsync(fd) == 0;
    const int syncErrno = errno;
    const bool closed = ::close(fd) == 0;
    if (!synced || !closed) {
        if (!synced)
            errno = syncErrno;
        return failed("write failed");
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0)
        return failed("cannot replace");
    return std::nullopt;
}

} // namespace aimc::core
