// Data set loaders on generated files: IDX plain and gzip, CIFAR binary, image folders, lookup by
// name and path, and every malformed case (truncated, wrong magic, count mismatch, unreadable image).
#include "nn/dataset.h"

#include <QTemporaryDir>
#include <QtTest>
#include <fstream>
#include <opencv2/imgcodecs.hpp>
#include <zlib.h>

using namespace aimc::core::nn;
namespace fs = std::filesystem;

namespace {

std::string idxBytes(const std::vector<int>& dims, const std::vector<std::uint8_t>& data, std::uint8_t type = 8) {
    std::string s{'\0', '\0', static_cast<char>(type), static_cast<char>(dims.size())};
    for (int d : dims)
        for (int sh : {24, 16, 8, 0})
            s.push_back(static_cast<char>((d >> sh) & 0xFF));
    s.append(data.begin(), data.end());
    return s;
}

void writeFile(const fs::path& p, const std::string& bytes) {
    std::ofstream(p, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

void writeGz(const fs::path& p, const std::string& bytes) {
    gzFile f = gzopen(p.c_str(), "wb");
    gzwrite(f, bytes.data(), static_cast<unsigned>(bytes.size()));
    gzclose(f);
}

std::vector<std::uint8_t> ramp(std::size_t n) {
    std::vector<std::uint8_t> v(n);
    for (std::size_t i = 0; i < n; ++i)
        v[i] = static_cast<std::uint8_t>(i * 7);
    return v;
}

// A 4-file IDX data set of 3 (train) and 2 (test) 4×5 images.
void writeIdxSet(const fs::path& dir, bool gz) {
    fs::create_directories(dir);
    auto put = [&](const std::string& stem, const std::string& bytes) {
        if (gz)
            writeGz(dir / (stem + ".gz"), bytes);
        else
            writeFile(dir / stem, bytes);
    };
    put("train-images-idx3-ubyte", idxBytes({3, 4, 5}, ramp(60)));
    put("train-labels-idx1-ubyte", idxBytes({3}, {0, 2, 1}));
    put("t10k-images-idx3-ubyte", idxBytes({2, 4, 5}, ramp(40)));
    put("t10k-labels-idx1-ubyte", idxBytes({2}, {1, 0}));
}

QString errorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const DataError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace

class TestNnData : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    fs::path dir() const { return fs::path(m_tmp.path().toStdString()); }

private Q_SLOTS:
    void idxPlainAndGzipAgree() {
        writeIdxSet(dir() / "plain", false);
        writeIdxSet(dir() / "gz", true);
        for (const char* sub : {"plain", "gz"}) {
            const auto r = loadDataset((dir() / sub).string());
            QVERIFY2(r.data, r.error.c_str());
            QCOMPARE(r.data->train.size(), 3);
            QCOMPARE(r.data->test.size(), 2);
            QCOMPARE(r.data->train.height, 4);
            QCOMPARE(r.data->train.width, 5);
            QCOMPARE(r.data->train.classes, 3);
            QCOMPARE(r.data->train.image(1)[0], std::uint8_t(20 * 7));
            QCOMPARE(r.data->test.labels[0], std::uint8_t(1));
        }
    }
    void idxMalformedFilesNameFileAndProblem() {
        const fs::path f = dir() / "bad.idx";
        writeFile(f, idxBytes({3, 4, 5}, ramp(59)));
        QVERIFY(errorOf([&] { readIdxFile(f); }).contains("truncated"));
        QVERIFY(errorOf([&] { readIdxFile(f); }).contains("bad.idx"));
        writeFile(f, "\x01\x02\x08\x03rest");
        QVERIFY(errorOf([&] { readIdxFile(f); }).contains("wrong magic"));
        writeFile(f, std::string("\0\0", 2));
        QVERIFY(errorOf([&] { readIdxFile(f); }).contains("truncated IDX header"));
        writeFile(f, idxBytes({2}, {1, 2}, 0x0D));
        QVERIFY(errorOf([&] { readIdxFile(f); }).contains("not unsigned byte"));
        writeFile(f, idxBytes({2}, {1, 2, 3}));
        QVERIFY(errorOf([&] { readIdxFile(f); }).contains("unexpected bytes"));
        QVERIFY(errorOf([&] { readIdxFile(dir() / "missing.idx"); }).contains("cannot open"));
        // a gzip stream cut in half
        const fs::path g = dir() / "cut.gz";
        writeGz(g, idxBytes({50, 10, 10}, ramp(5000)));
        std::string bytes;
        {
            std::ifstream in(g, std::ios::binary);
            bytes.assign(std::istreambuf_iterator<char>(in), {});
        }
        writeFile(g, bytes.substr(0, bytes.size() / 2));
        const QString e = errorOf([&] { readIdxFile(g); });
        QVERIFY2(e.contains("cut.gz") && (e.contains("truncated")), qPrintable(e));
    }
    void idxCountMismatch() {
        const fs::path d = dir() / "mismatch";
        writeIdxSet(d, false);
        writeFile(d / "t10k-labels-idx1-ubyte", idxBytes({3}, {1, 0, 1}));
        const auto r = loadDataset(d.string());
        QVERIFY(!r.data);
        QVERIFY2(QString::fromStdString(r.error).contains("has 2 images but"), r.error.c_str());
        QVERIFY(QString::fromStdString(r.error).contains("t10k-labels-idx1-ubyte has 3 labels"));
        fs::remove(d / "t10k-labels-idx1-ubyte");
        QVERIFY(QString::fromStdString(loadDataset(d.string()).error).contains("missing IDX file"));
    }
    void cifarBinary() {
        const fs::path d = dir() / "cifar10";
        fs::create_directories(d);
        std::string rec;
        for (int r = 0; r < 3; ++r) {
            rec.push_back(static_cast<char>(r + 4));
            for (int i = 0; i < 3072; ++i)
                rec.push_back(static_cast<char>((i + r) & 0xFF));
        }
        writeFile(d / "data_batch_1.bin", rec);
        writeFile(d / "test_batch.bin", rec.substr(0, 3073));
        auto r = loadDataset(d.string());
        QVERIFY2(r.data, r.error.c_str());
        QCOMPARE(r.data->train.size(), 3);
        QCOMPARE(r.data->train.channels, 3);
        QCOMPARE(r.data->train.labels[2], std::uint8_t(6));
        QCOMPARE(r.data->train.image(1)[1024], std::uint8_t((1024 + 1) & 0xFF)); // green plane
        writeFile(d / "test_batch.bin", rec.substr(0, 3000));
        r = loadDataset(d.string());
        QVERIFY(!r.data && QString::fromStdString(r.error).contains("test_batch.bin: truncated"));
        rec[0] = 12;
        writeFile(d / "test_batch.bin", rec);
        QVERIFY(QString::fromStdString(loadDataset(d.string()).error).contains("has label 12"));
        // CIFAR-100: coarse + fine label bytes, the fine one is used
        const fs::path d100 = dir() / "cifar100";
        fs::create_directories(d100);
        std::string r100{static_cast<char>(3), static_cast<char>(77)};
        r100.append(3072, '\x10');
        writeFile(d100 / "train.bin", r100);
        writeFile(d100 / "test.bin", r100);
        const auto c100 = loadDataset(d100.string());
        QVERIFY2(c100.data, c100.error.c_str());
        QCOMPARE(c100.data->test.labels[0], std::uint8_t(77));
        QCOMPARE(c100.data->test.classes, 100);
    }
    void imageFolder() {
        const fs::path d = dir() / "folder";
        for (const char* split : {"train", "test"})
            for (const char* cls : {"cat", "dog"}) {
                fs::create_directories(d / split / cls);
                cv::Mat img(40, 30, CV_8UC3, cv::Scalar(10, 20, std::string(cls) == "cat" ? 200 : 50));
                cv::imwrite((d / split / cls / "a.png").string(), img);
            }
        auto r = loadDataset(d.string(), {3, 8, 8});
        QVERIFY2(r.data, r.error.c_str());
        QCOMPARE(r.data->train.size(), 2);
        QCOMPARE(r.data->train.classNames, (std::vector<std::string>{"cat", "dog"}));
        QCOMPARE(r.data->train.height, 8);
        QCOMPARE(int(r.data->train.image(0)[0]), 200); // red plane first (BGR converted to RGB)
        QCOMPARE(int(r.data->train.image(1)[0]), 50);
        const auto grey = loadDataset(d.string(), {1, 28, 28});
        QVERIFY(grey.data && grey.data->test.channels == 1 && grey.data->test.imageSize() == 784);
        writeFile(d / "test" / "dog" / "broken.png", "this is not a png");
        r = loadDataset(d.string());
        QVERIFY(!r.data);
        QVERIFY2(QString::fromStdString(r.error).contains("broken.png: unreadable image"), r.error.c_str());
    }
    void byNameAndMissing() {
        writeIdxSet(dir() / "data" / "mnist", true);
        qputenv("AIMC_DATA_DIR", QByteArray::fromStdString((dir() / "data").string()));
        const auto r = loadDataset("mnist");
        QVERIFY2(r.data, r.error.c_str());
        QCOMPARE(r.data->name, std::string("mnist"));
        qunsetenv("AIMC_DATA_DIR");
        const auto missing = loadDataset((dir() / "nowhere").string());
        QVERIFY(QString::fromStdString(missing.error).contains("not found"));
        const fs::path empty = dir() / "empty";
        fs::create_directories(empty);
        QVERIFY(QString::fromStdString(loadDataset(empty.string()).error).contains("no data set found"));
    }
};

QTEST_GUILESS_MAIN(TestNnData)
#include "test_nn_data.moc"
