#include "file_read.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace aimc::core {
namespace {
std::string mib(std::uint64_t bytes) { return std::to_string(bytes >> 20) + " MiB"; }

std::optional<std::string> checkStat(const std::string& name, const struct stat& st, std::uint64_t maxBytes) {
    if (S_ISDIR(st.st_mode))
        return name + ": is a folder, not a file";
    if (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode))
        return name + ": is a pipe or socket, not a regular file (it could block for ever)";
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return name + ": is a device, not a regular file";
    if (!S_ISREG(st.st_mode))
        return name + ": is not a regular file";
    if (static_cast<std::uint64_t>(st.st_size) > maxBytes)
        return name + ": is " + mib(static_cast<std::uint64_t>(st.st_size)) + ", more than the " + mib(maxBytes) +
               " this reader accepts";
    return std::nullopt;
}
} // namespace

std::optional<std::string> checkRegularFile(const std::filesystem::path& path, std::uint64_t maxBytes,
                                            std::uint64_t* size) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return path.string() + ": cannot read (cannot open: " + std::strerror(errno) + ")";
    if (size)
        *size = static_cast<std::uint64_t>(st.st_size);
    return checkStat(path.string(), st, maxBytes);
}

FileText readRegularFile(const std::filesystem::path& path, std::uint64_t maxBytes) {
    FileText r;
    const std::string name = path.string();
    // O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then refuses it.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        r.error = name + ": cannot read (cannot open: " + std::strerror(errno) + ")";
        return r;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        r.error = name + ": cannot read (" + std::strerror(errno) + ")";
    } else if (auto err = checkStat(name, st, maxBytes)) {
        r.error = *err;
    } else {
        std::string text;
        text.reserve(static_cast<std::size_t>(st.st_size));
        char buf[1 << 16];
        for (;;) {
            const auto n = ::read(fd, buf, sizeof buf);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                r.error = name + ": read failed (" + std::strerror(errno) + ")";
                break;
            }
            if (n == 0)
                break;
            if (text.size() + static_cast<std::size_t>(n) > maxBytes) {
                r.error = name + ": grew past " + mib(maxBytes) + " while being read";
                break;
            }
            text.append(buf, static_cast<std::size_t>(n));
        }
        if (r.error.empty())
            r.text = std::move(text);
    }
    ::close(fd);
    return r;
}

} // namespace aimc::core
