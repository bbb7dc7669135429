// Folders of images (core/nn/dataset_files, readImageFolder and the data-set index of loadDataset):
// the input is cut at '\n' into entries "<class>/<name>" followed by the file's bytes up to the next
// entry, so the fuzzer builds class folders, stray files and image contents.
#include "fuzz_input.h"
#include "nn/dataset.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace aimc;
    fuzz::clean();
    const std::string in = fuzz::text(data, size);
    std::size_t pos = 0;
    for (int files = 0; pos < in.size() && files < 8; ++files) {
        const auto nl = in.find('\n', pos);
        const std::string name = in.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
        pos = nl == std::string::npos ? in.size() : nl + 1;
        const auto end = std::min(in.size(), in.find("\n\n", pos));
        const std::string bytes = in.substr(pos, end - pos);
        pos = end == in.size() ? end : end + 2;
        std::filesystem::path rel("data");
        for (const char* split : {"train", "test"}) {
            const auto path = std::filesystem::path(rel) / split / name;
            const auto normal = path.lexically_normal();
            if (name.empty() || name.find('\0') != std::string::npos || normal.string().rfind("data/", 0) != 0 ||
                normal.filename().empty())
                continue;
            std::error_code ec;
            std::filesystem::create_directories((fuzz::workDir() / normal).parent_path(), ec);
            // A name too long for the file system is an error code here, not an exception.
            if (!ec && !std::filesystem::is_directory(fuzz::workDir() / normal, ec) && !ec)
                fuzz::writeFile(normal, bytes);
        }
    }
    core::nn::ImageFolderOptions o;
    o.channels = size % 2 ? 3 : 1;
    o.height = o.width = 8;
    const auto r = core::nn::loadDataset((fuzz::workDir() / "data").string(), o);
    if (!r.data && r.error.empty())
        std::abort();
    return 0;
}
