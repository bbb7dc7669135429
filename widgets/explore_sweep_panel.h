// The Explore page's sweep runner: two parameters from the descriptor table with from/to/steps,
// the metrics, Run and Cancel. The sweep (a spec built from the current parameters, saved beside
// its results so `aimc sweep` can rerun it) runs in the background and reports progress.
#pragma once

#include "params/params.h"

#include <QWidget>
#include <memory>
#include <stop_token>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace aimc::core {
class JobRunner;
}

namespace aimc::widgets {

class ExploreSweepPanel : public QWidget {
    Q_OBJECT
public:
    explicit ExploreSweepPanel(QWidget* parent = nullptr);
    ~ExploreSweepPanel() override;
    void setBase(const core::Params& params) { m_base = params; }
    // The spec JSON of the current settings (what Run writes beside the results).
    QByteArray specJson() const;
    void run(const QString& resultsPath);
    void cancel();
    bool running() const { return m_running; }

Q_SIGNALS:
    void finished(const QString& resultsPath, const QString& error); // error empty on success

private:
    struct Axis {
        QComboBox* key;
        QDoubleSpinBox *from, *to;
        QSpinBox* steps;
    };
    Axis makeAxis();
    void onProgress(long long done, long long total);
    void onDone(const QString& path, const QString& error);

    core::Params m_base;
    Axis m_axes[2];
    QCheckBox *m_device, *m_energy, *m_accuracy;
    QPushButton *m_run, *m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    std::unique_ptr<core::JobRunner> m_runner;
    std::stop_source m_stop;
    bool m_running = false;
};

} // namespace aimc::widgets
