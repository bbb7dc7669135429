// The Technologies page (issue 9): Doevenspeck Table I live. One row per shipped technology on the
// current array (σ_w per level, R_ON or I_cell, V_WR and writable, retention, TOPS/W and
// feasibility, the current network's accuracy computed in the background) beside the papers'
// values; Table I's Flash and RRAM rows greyed; the current technology highlighted.
#pragma once

#include "compute_page.h"

namespace aimc::core {
struct ShippedTechnology;
}

class QComboBox;
class QLabel;
class QTableWidget;

namespace aimc::widgets {

class NetworkCache;
struct TechnologiesPageData;

class TechnologiesPage : public ComputePage {
    Q_OBJECT
public:
    // Table columns; each numeric cell holds its raw value in Qt::UserRole, and the σ_w, R_ON and
    // V_WR cells the paper's value in PaperRole (shown on the cell's second line).
    enum Column { Name, SigmaW, Strength, VWrite, Writable, Retention, TopsPerW, Accuracy, Source, ColumnCount };
    static constexpr int PaperRole = Qt::UserRole + 1;

    explicit TechnologiesPage(QWidget* parent = nullptr);
    QString pageId() const override { return QStringLiteral("technologies"); }
    QString title() const override { return tr("Technologies"); }
    // Coarse: the table without accuracy (fast); full: with the network's accuracy per row.
    PageJob makeJob(const core::Params& params, Quality quality) const override;
    void showResult(const AnyResult& result, Quality quality) override;
    QList<PlotWidget*> plots() const override { return {}; }

    QTableWidget* table() const { return m_table; }
    QLabel* statusLabel() const { return m_status; }
    QComboBox* modelBox() const { return m_model; }
    std::shared_ptr<const TechnologiesPageData> lastData() const { return m_data; }

private:
    void fillRows();
    void fillPaperOnlyRows(int firstRow);
    // Shows the paper's value under ours in the σ_w, R_ON and V_WR cells of `row`.
    void addPaperValues(int row, const core::ShippedTechnology& s);

    QComboBox* m_model;
    QTableWidget* m_table;
    QLabel* m_status;
    std::shared_ptr<NetworkCache> m_cache;
    std::shared_ptr<const TechnologiesPageData> m_data;
    bool m_accuracyShown = false;
};

} // namespace aimc::widgets
