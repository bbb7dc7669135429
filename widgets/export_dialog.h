// Export options for one plot (a file) or many (a folder, one file per plot and format).
#pragma once

#include "plot_exporter.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace aimc::widgets {

class PlotWidget;

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(QList<PlotWidget*> plots, QWidget* parent = nullptr);
    // Exports with the chosen options; returns the files written or the first error.
    QStringList exportNow(QString* error);

    void accept() override;

private:
    void browse();
    ExportOptions options() const;
    QList<ExportOptions::Format> formats() const;

    QList<PlotWidget*> m_plots;
    QLineEdit* m_target = nullptr;
    QComboBox* m_format = nullptr;  // single plot
    QList<QCheckBox*> m_formatBoxes; // many plots
    QDoubleSpinBox* m_width = nullptr;
    QDoubleSpinBox* m_height = nullptr;
    QSpinBox* m_dpi = nullptr;
    QDoubleSpinBox* m_font = nullptr;
    QCheckBox* m_csv = nullptr;
};

} // namespace aimc::widgets
