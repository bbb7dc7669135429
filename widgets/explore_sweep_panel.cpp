#include "explore_sweep_panel.h"

#include "params/param_table.h"
#include "sweep/sweep_runner.h"
#include "util/job_runner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGridLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>

namespace aimc::widgets {

ExploreSweepPanel::ExploreSweepPanel(QWidget* parent)
    : QWidget(parent), m_base(core::defaultParams()), m_axes{makeAxis(), makeAxis()},
      m_device(new QCheckBox(tr("device"))), m_energy(new QCheckBox(tr("energy"))),
      m_accuracy(new QCheckBox(tr("accuracy (1 chip, 300 images, IR map)"))), m_run(new QPushButton(tr("Run sweep"))),
      m_cancel(new QPushButton(tr("Cancel"))), m_progress(new QProgressBar), m_status(new QLabel),
      m_runner(std::make_unique<core::JobRunner>()) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 2; ++i) {
        grid->addWidget(new QLabel(i == 0 ? tr("Vary") : tr("and")), i, 0);
        grid->addWidget(m_axes[i].key, i, 1);
        grid->addWidget(new QLabel(tr("from")), i, 2);
        grid->addWidget(m_axes[i].from, i, 3);
        grid->addWidget(new QLabel(tr("to")), i, 4);
        grid->addWidget(m_axes[i].to, i, 5);
        grid->addWidget(new QLabel(tr("steps")), i, 6);
        grid->addWidget(m_axes[i].steps, i, 7);
    }
    m_device->setChecked(true);
    m_energy->setChecked(true);
    auto* metrics = new QHBoxLayout;
    for (auto* box : {m_device, m_energy, m_accuracy})
        metrics->addWidget(box);
    metrics->addStretch();
    metrics->addWidget(m_run);
    metrics->addWidget(m_cancel);
    metrics->addWidget(m_progress);
    metrics->addWidget(m_status, 1);
    grid->addLayout(metrics, 2, 0, 1, 8);
    m_cancel->setEnabled(false);
    m_axes[0].key->setCurrentIndex(m_axes[0].key->findData(QStringLiteral("device.mgo_thickness_nm")));
    m_axes[1].key->setCurrentIndex(m_axes[1].key->findData(QStringLiteral("device.cd_nm")));
    connect(m_cancel, &QPushButton::clicked, this, &ExploreSweepPanel::cancel);
    connect(m_run, &QPushButton::clicked, this, [this] {
        const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss"));
        run(QDir(QDir::tempPath()).filePath(QStringLiteral("aimc-explore-%1.csv").arg(stamp)));
    });
}

ExploreSweepPanel::~ExploreSweepPanel() {
    m_stop.request_stop(); // the runner's destructor waits for the job
}

ExploreSweepPanel::Axis ExploreSweepPanel::makeAxis() {
    Axis a{new QComboBox, new QDoubleSpinBox, new QDoubleSpinBox, new QSpinBox};
    for (const auto& d : core::paramTable())
        if (d.type == core::ParamType::Real || d.type == core::ParamType::Integer)
            a.key->addItem(QCoreApplication::translate("Param", std::string(d.label).c_str()), QString::fromUtf8(d.key.data(), qsizetype(d.key.size())));
    a.steps->setRange(1, 200);
    a.steps->setValue(5);
    const auto limits = [a] {
        const auto* d = core::findParam(a.key->currentData().toString().toStdString());
        if (!d)
            return;
        for (auto* box : {a.from, a.to}) {
            box->setDecimals(d->decimals + 2);
            box->setRange(d->min, d->max);
            box->setSingleStep(d->step);
        }
        a.from->setValue(d->defaultValue - 4 * d->step > d->min ? d->defaultValue - 4 * d->step : d->min);
        a.to->setValue(d->defaultValue + 4 * d->step < d->max ? d->defaultValue + 4 * d->step : d->max);
    };
    connect(a.key, &QComboBox::currentIndexChanged, this, limits);
    limits();
    return a;
}

QByteArray ExploreSweepPanel::specJson() const {
    QJsonObject set; // every key where the current parameters differ from the defaults
    const auto defaults = core::defaultParams();
    for (const auto& d : core::paramTable())
        if (d.get(m_base) != d.get(defaults))
            set.insert(QString::fromUtf8(d.key.data(), qsizetype(d.key.size())),
                       d.type == core::ParamType::Real || d.type == core::ParamType::Integer
                           ? QJsonValue(d.get(m_base))
                           : QJsonValue(QString::fromStdString(core::formatValue(d, d.get(m_base)))));
    QJsonObject vary;
    for (const auto& a : m_axes)
        vary.insert(a.key->currentData().toString(),
                    QJsonObject{{"from", a.from->value()}, {"to", a.to->value()}, {"steps", a.steps->value()}});
    QJsonArray metrics;
    for (auto* box : {m_device, m_energy, m_accuracy})
        if (box->isChecked())
            metrics.append(box == m_device ? "device" : box == m_energy ? "energy" : "accuracy");
    QJsonObject spec{{"schema", 1}, {"set", set}, {"vary", vary}, {"sample", "grid"}, {"metrics", metrics}};
    if (m_accuracy->isChecked())
        spec.insert("accuracy", QJsonObject{{"model", "lenet5-mnist-s30"}, {"dataset", "mnist"}, {"chips", 1}, {"images", 300}, {"ir", "map"}});
    return QJsonDocument(spec).toJson();
}

void ExploreSweepPanel::run(const QString& resultsPath) {
    if (m_running)
        return;
    const QByteArray json = specJson();
    const QString specPath = resultsPath + QStringLiteral(".spec.json");
    QFile f(specPath);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(json);
    f.close();
    auto parsed = core::sweep::parseSweepSpec(json.toStdString(), specPath.toStdString());
    QString error = QString::fromStdString(parsed.error);
    if (parsed.spec)
        if (auto err = core::sweep::checkPointLimit(*parsed.spec, false))
            error = QString::fromStdString(*err);
    if (!error.isEmpty()) { // reported like a run's end: after this call returns
        QMetaObject::invokeMethod(this, [this, resultsPath, error] { onDone(resultsPath, error); }, Qt::QueuedConnection);
        return;
    }
    m_running = true;
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_stop = std::stop_source();
    m_progress->setRange(0, int(parsed.spec->pointCount()));
    m_progress->setValue(0);
    m_status->setText(tr("running…"));
    QPointer<ExploreSweepPanel> self(this);
    auto spec = std::make_shared<core::sweep::SweepSpec>(std::move(*parsed.spec));
    const std::stop_token stop = m_stop.get_token();
    m_runner->run([self, spec, stop, resultsPath] {
        const auto report = [self, resultsPath](const QString& err) {
            QMetaObject::invokeMethod(self, [self, resultsPath, err] { if (self) self->onDone(resultsPath, err); }, Qt::QueuedConnection);
        };
        core::sweep::SweepContext ctx(*spec);
        if (auto err = ctx.prepare())
            return report(QString::fromStdString(*err));
        core::sweep::ResultsWriter writer;
        std::set<long long> done;
        if (auto err = writer.open(resultsPath.toStdString(), core::sweep::resultsComment(spec->hash, ctx.points(), {}),
                                   ctx.headerLine(), false, done))
            return report(QString::fromStdString(*err));
        core::sweep::RunOptions o;
        o.stop = stop;
        const long long total = ctx.points();
        o.onRow = [self, total](long long finished, const std::string&) {
            QMetaObject::invokeMethod(self, [self, finished, total] { if (self) self->onProgress(finished, total); }, Qt::QueuedConnection);
        };
        const auto err = core::sweep::runPoints(ctx, core::sweep::pendingPoints(total, {}, done), writer, o);
        report(err ? QString::fromStdString(*err) : stop.stop_requested() ? tr("cancelled") : QString());
    });
}

void ExploreSweepPanel::cancel() { m_stop.request_stop(); }

void ExploreSweepPanel::onProgress(long long done, long long total) {
    m_progress->setValue(int(done));
    m_status->setText(tr("%1 of %2 points").arg(done).arg(total));
}

void ExploreSweepPanel::onDone(const QString& path, const QString& error) {
    m_running = false;
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    m_status->setText(error.isEmpty() ? tr("done") : error);
    Q_EMIT finished(path, error);
}

} // namespace aimc::widgets
