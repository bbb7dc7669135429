#include "export_dialog.h"

#include "plot_widget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace aimc::widgets {
namespace {
using Format = ExportOptions::Format;
const Format kFormats[] = {Format::Pdf, Format::Svg, Format::Png, Format::Csv};
} // namespace

ExportDialog::ExportDialog(QList<PlotWidget*> plots, QWidget* parent)
    : QDialog(parent), m_plots(std::move(plots)) {
    const bool single = m_plots.size() == 1;
    setWindowTitle(single ? tr("Export figure") : tr("Export all figures"));
    auto* form = new QFormLayout;
    m_target = new QLineEdit;
    auto* browseButton = new QPushButton(tr("Browse…"));
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    auto* targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target);
    targetRow->addWidget(browseButton);
    form->addRow(single ? tr("File:") : tr("Folder:"), targetRow);

    if (single) {
        m_format = new QComboBox;
        m_format->addItem(tr("PDF (vector)"));
        m_format->addItem(tr("SVG (vector)"));
        m_format->addItem(tr("PNG (raster)"));
        m_format->addItem(tr("CSV (data only)"));
        form->addRow(tr("Format:"), m_format);
        m_target->setText(QDir::current().filePath(m_plots.front()->exportName() + ".pdf"));
        connect(m_format, &QComboBox::currentIndexChanged, this, [this](int i) {
            QFileInfo info(m_target->text());
            m_target->setText(info.dir().filePath(info.completeBaseName() + '.' +
                                                  ExportOptions::suffix(kFormats[i])));
        });
        m_csv = new QCheckBox(tr("Also write the plotted data as CSV beside the figure"));
        m_csv->setChecked(true);
        form->addRow(QString(), m_csv);
    } else {
        auto* boxes = new QHBoxLayout;
        for (const QString& label : {tr("PDF"), tr("SVG"), tr("PNG"), tr("CSV")}) {
            auto* box = new QCheckBox(label);
            box->setChecked(true);
            m_formatBoxes << box;
            boxes->addWidget(box);
        }
        form->addRow(tr("Formats:"), boxes);
        m_target->setText(QDir::current().filePath(QStringLiteral("aimc-figures")));
    }
    m_width = new QDoubleSpinBox;
    m_width->setRange(20, 1000);
    m_width->setValue(160);
    m_width->setSuffix(tr(" mm"));
    m_height = new QDoubleSpinBox;
    m_height->setRange(20, 1000);
    m_height->setValue(100);
    m_height->setSuffix(tr(" mm"));
    m_dpi = new QSpinBox;
    m_dpi->setRange(50, 2400);
    m_dpi->setValue(300);
    m_dpi->setSuffix(tr(" dpi"));
    m_font = new QDoubleSpinBox;
    m_font->setRange(4, 48);
    m_font->setValue(9);
    m_font->setSuffix(tr(" pt"));
    form->addRow(tr("Width:"), m_width);
    form->addRow(tr("Height:"), m_height);
    form->addRow(tr("Resolution (PNG):"), m_dpi);
    form->addRow(tr("Tick label font:"), m_font);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void ExportDialog::browse() {
    QString chosen;
    if (m_plots.size() == 1)
        chosen = QFileDialog::getSaveFileName(this, tr("Export figure"), m_target->text());
    else
        chosen = QFileDialog::getExistingDirectory(this, tr("Export all figures"), m_target->text());
    if (!chosen.isEmpty())
        m_target->setText(chosen);
}

ExportOptions ExportDialog::options() const {
    ExportOptions o;
    o.widthMm = m_width->value();
    o.heightMm = m_height->value();
    o.dpi = m_dpi->value();
    o.fontPt = m_font->value();
    return o;
}

QList<Format> ExportDialog::formats() const {
    QList<Format> out;
    if (m_format)
        out << kFormats[m_format->currentIndex()];
    for (int i = 0; i < m_formatBoxes.size(); ++i)
        if (m_formatBoxes[i]->isChecked())
            out << kFormats[i];
    return out;
}

QStringList ExportDialog::exportNow(QString* error) {
    QStringList written;
    auto run = [&](PlotWidget* plot, const QString& path, Format f) {
        ExportOptions o = options();
        o.format = f;
        if (auto err = exportPlot(plot, path, o)) {
            *error = *err;
            return false;
        }
        written << path;
        return true;
    };
    if (m_plots.size() == 1) {
        const QString path = m_target->text();
        const Format f = formats().front();
        if (!run(m_plots.front(), path, f))
            return written;
        if (m_csv->isChecked() && f != Format::Csv) {
            QFileInfo info(path);
            run(m_plots.front(), info.dir().filePath(info.completeBaseName() + ".csv"), Format::Csv);
        }
        return written;
    }
    QDir dir(m_target->text());
    if (!dir.mkpath(QStringLiteral("."))) {
        *error = tr("%1: cannot create the folder").arg(m_target->text());
        return written;
    }
    for (auto* plot : m_plots)
        for (Format f : formats())
            if (!run(plot, dir.filePath(plot->exportName() + '.' + ExportOptions::suffix(f)), f))
                return written;
    return written;
}

void ExportDialog::accept() {
    QString error;
    const QStringList written = exportNow(&error);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), error);
        return; // keep the dialog open so the user can correct the path
    }
    QDialog::accept();
}

} // namespace aimc::widgets
