// The results CSV of a sweep: a comment line naming the spec (hash, point count, shard), the header,
// then one row per finished point, each appended with a single write and flushed to disk, so an
// interrupted sweep leaves only complete rows (a torn last line is dropped on --resume).
#pragma once

#include <filesystem>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace aimc::core::sweep {

struct Shard {
    int index = 1, count = 1; // K/N, 1-based
    bool owns(long long point) const { return point % count == index - 1; }
};
// "K/N" with 1 <= K <= N; the error names the option.
std::optional<std::string> parseShard(const std::string& text, Shard& out);

// "# aimc-sweep schema=1 spec=<hash> points=<N> shard=K/N\n"
std::string resultsComment(const std::string& specHash, long long points, Shard shard);

class ResultsWriter {
public:
    ResultsWriter() = default;
    ~ResultsWriter();
    ResultsWriter(const ResultsWriter&) = delete;
    ResultsWriter& operator=(const ResultsWriter&) = delete;

    // A new file (refused when it exists and resume is false: nothing is overwritten), or with
    // resume an existing one of the same spec and columns whose finished points go to `done`.
    std::optional<std::string> open(const std::filesystem::path& path, const std::string& comment,
                                     const std::string& header, bool resume, std::set<long long>& done);
    // Appends one complete row (thread-safe).
    std::optional<std::string> append(const std::string& row);

private:
    int m_fd = -1;
    std::string m_path;
    std::mutex m_mutex;
};

// The rows of a results file: its comment line, header line and complete rows with their
// point indices. Errors name the file and line.
struct ResultsFile {
    std::string comment, header;
    std::vector<std::pair<long long, std::string>> rows; // point, line with '\n'
    std::string error;
};
ResultsFile readResultsFile(const std::filesystem::path& path);

// Joins shard files of one spec into `out` (refused when it exists), sorted by point; a point
// present twice must have the same row apart from its seconds. `missing` receives the count of
// points found in no file.
std::optional<std::string> mergeResults(const std::vector<std::filesystem::path>& inputs,
                                        const std::filesystem::path& out, long long& missing);

// The row without its last field (seconds), for comparing runs.
std::string withoutSeconds(const std::string& row);

} // namespace aimc::core::sweep
