#include "results_file.h"

#include "io/atomic_file.h"
#include "io/file_read.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <sstream>
#include <unistd.h>

namespace aimc::core::sweep {

std::optional<std::string> parseShard(const std::string& text, Shard& out) {
    const auto slash = text.find('/');
    int k = 0, n = 0;
    const auto* b = text.data();
    const auto* e = b + text.size();
    if (slash == std::string::npos || std::from_chars(b, b + slash, k).ptr != b + slash ||
        std::from_chars(b + slash + 1, e, n).ptr != e || n < 1 || k < 1 || k > n)
        return "--shard: expected K/N with 1 <= K <= N, got '" + text + "'";
    out = {k, n};
    return std::nullopt;
}

std::string resultsComment(const std::string& specHash, long long points, Shard shard) {
    return "# aimc-sweep schema=1 spec=" + specHash + " points=" + std::to_string(points) +
           " shard=" + std::to_string(shard.index) + "/" + std::to_string(shard.count) + "\n";
}

ResultsWriter::~ResultsWriter() {
    if (m_fd >= 0)
        ::close(m_fd);
}

namespace {
std::string errnoText() { return std::strerror(errno); }

std::optional<std::string> writeAll(int fd, const std::string& s) {
    std::size_t done = 0;
    while (done < s.size()) {
        const auto n = ::write(fd, s.data() + done, s.size() - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errnoText();
        }
        done += static_cast<std::size_t>(n);
    }
    return ::fdatasync(fd) == 0 ? std::nullopt : std::optional<std::string>(errnoText());
}

} // namespace

ResultsFile readResultsFile(const std::filesystem::path& path) {
    ResultsFile f;
    const std::string name = path.string();
    const auto read = readRegularFile(path);
    if (!read.text) {
        f.error = read.error;
        return f;
    }
    const std::optional<std::string>& text = read.text;
    std::size_t pos = 0;
    int line = 0;
    while (pos < text->size()) {
        const auto nl = text->find('\n', pos);
        if (nl == std::string::npos)
            break; // a torn last row: an append was interrupted
        const std::string l = text->substr(pos, nl + 1 - pos);
        pos = nl + 1;
        ++line;
        if (line == 1) {
            f.comment = l;
        } else if (line == 2) {
            f.header = l;
        } else {
            long long point = -1;
            const auto r = std::from_chars(l.data(), l.data() + l.size(), point);
            if (r.ec != std::errc() || *r.ptr != ',' || point < 0) {
                f.error = name + ":" + std::to_string(line) + ": not a row of a sweep (no point index)";
                return f;
            }
            f.rows.emplace_back(point, l);
        }
    }
    if (f.comment.rfind("# aimc-sweep ", 0) != 0 || f.header.rfind("point,", 0) != 0)
        f.error = name + ":1: not an aimc sweep results file (no '# aimc-sweep' line and header)";
    return f;
}

std::optional<std::string> ResultsWriter::open(const std::filesystem::path& path, const std::string& comment,
                                               const std::string& header, bool resume, std::set<long long>& done) {
    m_path = path.string();
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) {
        if (!resume)
            return m_path + ": exists; pass --resume to continue it or choose another --out (the file was not changed)";
        const auto f = readResultsFile(path);
        if (!f.error.empty())
            return f.error + " (the file was not changed)";
        if (f.comment != comment)
            return m_path + ":1: results of a different sweep spec or shard (" + f.comment.substr(2, f.comment.size() - 3) +
                   "; this run: " + comment.substr(2, comment.size() - 3) + "); the file was not changed";
        if (f.header != header)
            return m_path + ":2: the columns differ from this spec's; the file was not changed";
        for (const auto& r : f.rows)
            done.insert(r.first);
        m_fd = ::open(m_path.c_str(), O_WRONLY | O_CLOEXEC);
        if (m_fd < 0)
            return m_path + ": cannot open for appending (" + errnoText() + ")";
        std::size_t keep = f.comment.size() + f.header.size();
        for (const auto& r : f.rows)
            keep += r.second.size();
        // Drop a torn last row, then append after the last complete one.
        if (::ftruncate(m_fd, static_cast<off_t>(keep)) != 0 || ::lseek(m_fd, 0, SEEK_END) < 0)
            return m_path + ": cannot drop the torn last row (" + errnoText() + ")";
        return std::nullopt;
    }
    m_fd = ::open(m_path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0644);
    if (m_fd < 0)
        return m_path + ": cannot create (" + errnoText() + ")";
    if (auto err = writeAll(m_fd, comment + header))
        return m_path + ": write failed (" + *err + ")";
    return std::nullopt;
}

std::optional<std::string> ResultsWriter::append(const std::string& row) {
    std::lock_guard lock(m_mutex);
    if (auto err = writeAll(m_fd, row))
        return m_path + ": write failed (" + *err + ")";
    return std::nullopt;
}

std::string withoutSeconds(const std::string& row) {
    const auto comma = row.rfind(',');
    return comma == std::string::npos ? row : row.substr(0, comma);
}

std::optional<std::string> mergeResults(const std::vector<std::filesystem::path>& inputs,
                                        const std::filesystem::path& out, long long& missing) {
    if (inputs.empty())
        return std::string("sweep-merge: no input files");
    std::error_code ec;
    if (std::filesystem::exists(out, ec))
        return out.string() + ": exists; choose another output (the file was not changed)";
    std::map<long long, std::string> rows;
    std::string spec, header;
    long long points = 0;
    for (const auto& in : inputs) {
        const auto f = readResultsFile(in);
        if (!f.error.empty())
            return f.error;
        // The spec and point count must agree; the shard part differs between the inputs.
        const std::string s = f.comment.substr(0, f.comment.find(" shard="));
        if (spec.empty()) {
            spec = s;
            header = f.header;
            const auto p = s.find(" points=");
            points = p == std::string::npos ? 0 : std::atoll(s.c_str() + p + 8);
        } else if (s != spec) {
            return in.string() + ":1: results of a different sweep spec than " + inputs.front().string();
        } else if (f.header != header) {
            return in.string() + ":2: the columns differ from " + inputs.front().string();
        }
        for (const auto& [point, row] : f.rows) {
            const auto [it, added] = rows.emplace(point, row);
            if (!added && withoutSeconds(it->second) != withoutSeconds(row))
                return in.string() + ": point " + std::to_string(point) + " differs from an earlier file's row";
        }
    }
    std::string text = spec + " shard=1/1\n" + header;
    for (const auto& r : rows)
        text += r.second;
    missing = points - static_cast<long long>(rows.size());
    return writeFileAtomic(out, text);
}

} // namespace aimc::core::sweep
